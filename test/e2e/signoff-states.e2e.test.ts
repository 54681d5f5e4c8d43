/**
 * Browser test of the panel's sign-off states that the demo site cannot produce on demand, fed by dev fixtures of
 * the resolvers' answers (static/issue-panel/src/dev/signoff-fixtures.ts): stale approvals and what changed, a
 * delegate deciding on behalf of an approver, resolver errors placed next to their field, a decision whose Jira
 * comment failed, a refusal in words, sign-off data that failed to load, and delegating with the people picker
 * (the people come from the real host through the bridge's `requestJira`). Host page, bridge, context, locale and
 * theme are the real local host.
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Locator, Page, Route } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { ALEX, CAMILLE, HUGO, NOAH } from '../../local/identity/demo-users';
import { compactFixture, LEA } from '../../static/issue-panel/src/dev/fixtures';
import { legalView, signOffOf, staleDelegatedView } from '../../static/issue-panel/src/dev/signoff-fixtures';
import type { SignOffGateView } from '../../src/contracts/signoff';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';

jest.setTimeout(120_000);

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; field?: string } };
const FRAME = 'iframe[data-module-key="campaign-panel"]';

describe('sign-off states in the issue panel (fixtures)', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** What the faked resolvers answer next (the last answer repeats); every other resolver runs for real. */
  const answers: Record<string, Answer[]> = {};
  const calls: { functionKey: string; payload: unknown }[] = [];
  const callsOf = (functionKey: string): unknown[] => calls.filter((c) => c.functionKey === functionKey).map((c) => c.payload);

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    await page.route('**/local/invoke', async (route: Route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { functionKey: string; payload?: unknown };
      const queue = answers[body.functionKey];
      if (!queue?.length) return route.continue();
      calls.push({ functionKey: body.functionKey, payload: body.payload });
      const answer = queue.length > 1 ? queue.shift() : queue[0];
      await route.fulfill({ json: { ok: true, result: answer } });
    });
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);
  const gateCard = (): Locator => panel().getByTestId('gate-legal');
  const panelFrame = (): Promise<Frame> => frameOf(page, FRAME);
  const shoot = async (name: string): Promise<void> => {
    await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
    await screenshotFrame(page, FRAME, join(RESULTS, `${name}-panel.png`));
  };
  /** Opens the campaign's compact panel, its gate described by `gates`, as `accountId`. */
  const open = async (accountId: string, signOff: Answer): Promise<void> => {
    answers.getCampaignPanel = [{ ok: true, data: compactFixture }];
    answers.getSignOff = [signOff];
    calls.length = 0;
    await page.goto(`${host.url}/browse/MKT-1?as=${encodeURIComponent(accountId)}`);
    await gateCard().waitFor();
  };
  const ok = (gates: SignOffGateView[]): Answer => ({ ok: true, data: signOffOf(gates) });
  const until = async (done: () => boolean, what: string): Promise<void> => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!done()) throw new Error(what);
  };
  const isFocused = (l: Locator): Promise<boolean> => l.evaluate((el) => el === document.activeElement);

  it('shows a delegate what changed since the approval, and for whom they decide', async () => {
    await open(ALEX.accountId, ok([staleDelegatedView(ALEX)]));
    await gateCard()
      .getByRole('note')
      .filter({ hasText: 'Earlier approvals no longer count: the description and attachment list were changed on' })
      .waitFor();
    await gateCard()
      .getByText(/^Léa Dubois delegated this decision to Alex Partner until Dec 4, 2026\.$/)
      .waitFor();
    await gateCard().getByText('You decide on behalf of Léa Dubois.').waitFor();
    // A delegate decides, but does not pass the decision on again.
    await gateCard().getByRole('button', { name: 'Approve' }).waitFor();
    expect(await gateCard().getByRole('button', { name: 'Delegate' }).count()).toBe(0);

    const record = gateCard().locator('details.record');
    await record.locator('summary').getByText('Record (3 entries)').waitFor();
    await record.locator('summary').focus();
    await page.keyboard.press('Enter');
    await record.getByText('Content changed: description and attachment list').waitFor();
    await record.getByText('Delegation → Alex Partner').waitFor();
    await record.getByText('“Mentions conformes”').waitFor();
    await shoot('signoff-fixture-stale-delegate-en');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('asks for what must change, places the resolver’s field error, and warns when the Jira comment failed', async () => {
    await gateCard().getByRole('button', { name: 'Request changes' }).click();
    const reason = gateCard().getByRole('textbox', { name: /Reason/ });
    const comment = gateCard().getByRole('textbox', { name: /Comment/ });
    expect(await isFocused(reason)).toBe(true);
    await gateCard().getByRole('button', { name: 'Confirm' }).click();
    await gateCard().getByRole('alert').filter({ hasText: 'Say what needs to change.' }).waitFor();
    expect(callsOf('decideSignOff')).toEqual([]);

    // The resolver refuses, naming the comment field: the message lands under that field.
    answers.decideSignOff = [
      { ok: false, error: { code: 'INVALID_INPUT', message: 'comment: must not mention more than 10 people', field: 'comment' } },
    ];
    await reason.fill('Le prix barré doit citer le prix de référence');
    await comment.fill('@tout le monde');
    await gateCard().getByRole('button', { name: 'Confirm' }).click();
    const fieldError = gateCard().getByRole('alert').filter({ hasText: 'comment: must not mention more than 10 people' });
    await fieldError.waitFor();
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await comment.getAttribute('aria-describedby')).toBe(await fieldError.getAttribute('id'));
    expect(await reason.getAttribute('aria-invalid')).toBeNull();

    // Recorded, but Jira's comment call failed: the user is told both.
    const decided: SignOffGateView = {
      ...staleDelegatedView(ALEX),
      state: 'changes_requested',
      canDecide: false,
      decidingFor: null,
      pending: [],
      approvers: [
        {
          accountId: ALEX.accountId,
          displayName: ALEX.displayName,
          decision: 'changes_requested',
          decidedAt: '2026-11-24T10:00:00.000Z',
          onBehalfOf: LEA.accountId,
        },
      ],
    };
    answers.decideSignOff = [
      { ok: true, data: { gate: decided, commentPosted: false, commentError: 'Jira answered 503 Service Unavailable' } },
    ];
    answers.getSignOff = [ok([decided])];
    await comment.fill('Merci de corriger');
    await gateCard().getByRole('button', { name: 'Confirm' }).click();
    const status = gateCard().getByRole('status');
    await status.getByText('Your request for changes is recorded; the work goes back to the team.').waitFor();
    await status
      .getByText('The decision is recorded, but the Jira comment could not be added: Jira answered 503 Service Unavailable')
      .waitFor();
    expect(callsOf('decideSignOff').at(-1)).toEqual({
      issueKey: compactFixture.issueKey,
      gateId: 'legal',
      decision: 'request_changes',
      reason: 'Le prix barré doit citer le prix de référence',
      comment: 'Merci de corriger',
    });
    // The decision shows at once, and the panel re-reads the sign-off and the campaign.
    await gateCard()
      .getByRole('row', { name: /Alex Partner \(decided by Léa Dubois, delegate\)/ })
      .getByText('Changes requested', { exact: true })
      .waitFor();
    expect(await gateCard().getByRole('button', { name: 'Request changes' }).count()).toBe(0);
    await until(() => callsOf('getSignOff').length >= 2, 'getSignOff was not called again after the decision');
    await until(() => callsOf('getCampaignPanel').length >= 2, 'getCampaignPanel was not called again after the decision');
    await shoot('signoff-fixture-comment-failed-en');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('says in words why an approver, or anyone on an open gate, may not decide, instead of buttons', async () => {
    const refusal = 'Vous êtes responsable de MKT-40 : personne n’approuve son propre travail.';
    const camilleApproves = { accountId: CAMILLE.accountId, displayName: CAMILLE.displayName, decision: null, decidedAt: null };
    await open(
      CAMILLE.accountId,
      ok([legalView({ canDecide: false, decidingFor: null, refusal, approvers: [camilleApproves], pending: [CAMILLE.accountId] })]),
    );
    await gateCard().getByText(refusal).waitFor();
    expect(await gateCard().getByRole('button', { name: 'Approuver' }).count()).toBe(0);

    // Noah is neither an approver nor a delegate of this open gate: no buttons, and the reason up front (issue 15).
    const notApprover = 'Vous n’êtes pas valideur de cette validation.';
    await open(NOAH.accountId, ok([legalView({ canDecide: false, decidingFor: null, refusal: notApprover })]));
    await gateCard().getByText('Pas encore de décision').waitFor();
    await gateCard().locator('details.record').waitFor();
    await gateCard().getByText(notApprover, { exact: true }).waitFor();
    expect(await gateCard().getByRole('button', { name: 'Approuver' }).count()).toBe(0);
  });

  it('says when decisions cannot be made because the sign-off did not load', async () => {
    await open(CAMILLE.accountId, { ok: false, error: { code: 'TRY_AGAIN', message: 'Jira limite les requêtes, réessayez dans 30 s.' } });
    await gateCard().getByText('Impossible de décider pour le moment\u202f: Jira limite les requêtes, réessayez dans 30 s.').waitFor();
    expect(await gateCard().getByRole('button', { name: 'Approuver' }).count()).toBe(0);
  });

  it('lets an approver delegate to a person of the site until a day, in French', async () => {
    await open(CAMILLE.accountId, ok([legalView({ decidingFor: CAMILLE.accountId })]));
    await gateCard().getByRole('button', { name: 'Déléguer' }).click();
    const person = gateCard().getByRole('combobox', { name: /Déléguer à/ });
    // The people come from Jira's user search through the bridge, as Camille; she is not offered herself.
    await person.locator('option', { hasText: HUGO.displayName }).waitFor({ state: 'attached' });
    expect(await person.locator('option', { hasText: CAMILLE.displayName }).count()).toBe(0);
    await gateCard().getByRole('button', { name: 'Confirmer' }).click();
    await gateCard().getByRole('alert').filter({ hasText: 'Choisissez qui décide à votre place.' }).waitFor();
    expect(await isFocused(person)).toBe(true);
    expect(callsOf('delegateSignOff')).toEqual([]);

    await person.selectOption(HUGO.accountId);
    const until = gateCard().getByLabel(/Jusqu’au/);
    await until.fill('2030-01-15');
    const delegated = legalView({
      decidingFor: CAMILLE.accountId,
      delegations: [
        { from: CAMILLE.accountId, fromName: CAMILLE.displayName, to: HUGO.accountId, toName: HUGO.displayName, until: '2030-01-15' },
      ],
    });
    answers.delegateSignOff = [{ ok: true, data: { gate: delegated } }];
    answers.getSignOff = [ok([delegated])];
    await gateCard().getByRole('button', { name: 'Confirmer' }).click();
    await gateCard().getByRole('status').getByText('Hugo Bernard peut désormais décider à votre place.').waitFor();
    expect(callsOf('delegateSignOff')).toEqual([
      { issueKey: compactFixture.issueKey, gateId: 'legal', toAccountId: HUGO.accountId, until: '2030-01-15' },
    ]);
    await gateCard()
      .getByText(/^Camille Martin a délégué cette décision à Hugo Bernard jusqu’au 15 janv\. 2030\.$/)
      .waitFor();
    await shoot('signoff-fixture-delegated-fr');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
    expect(problems).toEqual([]);
  });
});
