/**
 * Browser test of signing off from the issue panel, against the real sign-off resolvers on the local host:
 * a product launch campaign is created through the planner's resolvers; on the milestone its legal gate guards,
 * Léa (legal, French) is told a decline needs a reason, then approves with a comment; Camille (PM) sees Léa's
 * decision, its record and the Jira comment, and exports the record as CSV; Noah (designer) sees no decision buttons.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { CAMILLE, LEA, NOAH } from '../../local/identity/demo-users';
import type { DecideSignOffResult, GetSignOffResult, SignOffGateView } from '../../src/contracts/signoff';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

jest.setTimeout(180_000);

const GATE = 'legal';
const COMMENT = `Mentions légales vérifiées ${Date.now().toString(36)}`;
const FRAME = 'iframe[data-module-key="campaign-panel"]';

describe('sign-off from the issue panel', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** The gated work of the legal gate: the "press release approved" milestone. */
  let milestoneKey: string;
  let gateName: string;
  const decideCalls: unknown[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();

    const launchDate = format(nextFriday(addMonths(new Date(), 4)), 'yyyy-MM-dd');
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'product-launch',
      launchDate,
      budget: { amount: 90_000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    if (!preview.ok) throw new Error(`previewCampaign refused: ${JSON.stringify(preview.error)}`);
    const gate = preview.data.plan.gates.find((g: { gateId: string }) => g.gateId === GATE);
    // The scenario needs an open legal gate that Léa approves: say so plainly if the template changes under us.
    if (!gate || gate.afterGateId || !gate.approverAccountIds.includes(LEA.accountId))
      throw new Error(`product-launch's legal gate is no longer an open gate for Léa: ${JSON.stringify(gate)}`);
    gateName = gate.name;
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'signoff-e2e-0001',
      plan: preview.data.plan,
    });
    if (!started.ok) throw new Error(`createCampaign refused: ${JSON.stringify(started.error)}`);
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    if (!job.ok || job.data.state !== 'done') throw new Error(`creation did not finish: ${JSON.stringify(job)}`);
    milestoneKey = job.data.issueKeys[gate.milestoneRowId]!;

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    page.on('request', (r) => {
      if (r.url().endsWith('/local/invoke') && r.method() === 'POST') {
        const body = JSON.parse(r.postData() ?? '{}') as { functionKey?: string; payload?: unknown };
        if (body.functionKey === 'decideSignOff') decideCalls.push(body.payload);
      }
    });
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);
  const gateCard = (): Locator => panel().getByTestId(`gate-${GATE}`);
  const panelFrame = (): Promise<Frame> => frameOf(page, FRAME);
  const shoot = async (name: string): Promise<void> => {
    await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
    await screenshotFrame(page, FRAME, join(RESULTS, `${name}-panel.png`));
  };
  const legalView = (answer: GetSignOffResult): SignOffGateView => {
    const view = answer.gates.find((g) => g.gateId === GATE);
    if (!view) throw new Error(`getSignOff on ${milestoneKey} has no ${GATE} gate: ${answer.gates.map((g) => g.gateId).join(', ')}`);
    return view;
  };
  const signOffAnswer = (trigger: () => Promise<unknown>): Promise<GetSignOffResult> =>
    resolverAnswer<GetSignOffResult>(page, 'getSignOff', trigger);

  it('tells Léa a decline needs a reason, next to the field, without recording anything', async () => {
    const answer = await signOffAnswer(() => page.goto(`${host.url}/browse/${milestoneKey}?as=${encodeURIComponent(LEA.accountId)}`));
    const view = legalView(answer);
    expect(view).toMatchObject({ state: 'open', canDecide: true, declineNeedsReason: true, refusal: null });
    await gateCard().getByText(gateName).waitFor();

    await gateCard().getByRole('button', { name: 'Refuser' }).click();
    const reason = gateCard().getByRole('textbox', { name: /Motif/ });
    await reason.waitFor();
    await gateCard().getByRole('button', { name: 'Confirmer' }).click();
    const error = gateCard().getByRole('alert').filter({ hasText: 'Indiquez le motif du refus' });
    await error.waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    // The error is tied to its field for assistive technology, and the field has the focus.
    expect(await reason.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(decideCalls).toEqual([]);
    await shoot('signoff-decline-needs-reason-fr');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);

    await gateCard().getByRole('button', { name: 'Annuler' }).click();
    await gateCard().getByRole('button', { name: 'Approuver' }).waitFor();
  });

  it('lets Léa approve with a comment from the keyboard, and shows her decision at once', async () => {
    await gateCard().getByRole('button', { name: 'Approuver' }).focus();
    await page.keyboard.press('Enter');
    const comment = gateCard().getByRole('textbox', { name: /Commentaire/ });
    await comment.waitFor();
    // Approving asks for no reason, so the comment field takes the focus.
    expect(await comment.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(COMMENT);
    const decided = await resolverAnswer<DecideSignOffResult>(page, 'decideSignOff', () =>
      gateCard().getByRole('button', { name: 'Confirmer' }).click(),
    );
    expect(decideCalls).toEqual([{ issueKey: milestoneKey, gateId: GATE, decision: 'approve', comment: COMMENT }]);
    expect(decided.commentPosted).toBe(true);
    expect(decided.gate.approvers.find((a) => a.accountId === LEA.accountId)?.decision).toBe('approved');

    await gateCard().getByRole('status').filter({ hasText: 'Votre approbation est enregistrée.' }).waitFor();
    await gateCard()
      .getByRole('row', { name: /Léa Dubois/ })
      .getByText('Approuvé', { exact: true })
      .waitFor();
    // Decided: no second round of buttons for her, and the resolver's reason in their place.
    await gateCard().getByRole('button', { name: 'Approuver' }).waitFor({ state: 'detached' });
    expect(decided.gate.canDecide).toBe(false);
    await gateCard()
      .getByText(decided.gate.refusal ?? 'a refusal from decideSignOff')
      .waitFor();
    await shoot('signoff-lea-approved-fr');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('shows Camille Léa’s decision, its record and the Jira comment, in light and dark theme', async () => {
    const answer = await signOffAnswer(() => page.getByLabel('Signed in as').selectOption(CAMILLE.accountId));
    const view = legalView(answer);
    expect(view.approvers.find((a) => a.accountId === LEA.accountId)).toMatchObject({ decision: 'approved' });
    expect(view.record).toEqual([
      expect.objectContaining({ type: 'decision', decision: 'approve', actorAccountId: LEA.accountId, comment: COMMENT }),
    ]);

    await gateCard()
      .getByRole('row', { name: /Léa Dubois/ })
      .getByText('Approuvé', { exact: true })
      .waitFor();
    await gateCard().locator('details.record summary').click();
    await gateCard().locator('details.record').getByText(COMMENT, { exact: false }).waitFor();
    // The decision's Jira comment, in the host's issue view (read through Jira REST as Camille).
    await page.getByRole('region', { name: 'Comments' }).getByText(COMMENT, { exact: false }).waitFor();
    await shoot('signoff-camille-sees-decision-fr-light');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    await shoot('signoff-camille-sees-decision-fr-dark');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
    await page.getByRole('button', { name: 'Dark mode' }).click();
  });

  it('gives Camille the gate’s record as a CSV download', async () => {
    const card = gateCard();
    if ((await card.locator('details.record').getAttribute('open')) === null) await card.locator('details.record summary').click();
    await card.getByRole('button', { name: 'Exporter en CSV' }).click();
    const link = card.getByRole('link', { name: /^Télécharger .+\.csv \(\d+ lignes?\)$/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(COMMENT);
    expect(csv).toContain(LEA.accountId);
  });

  it('shows Noah, who approves nothing, no decision buttons', async () => {
    const answer = await signOffAnswer(() => page.getByLabel('Signed in as').selectOption(NOAH.accountId));
    const view = legalView(answer);
    expect(view.canDecide).toBe(false);
    await gateCard()
      .getByRole('row', { name: /Léa Dubois/ })
      .getByText('Approuvé', { exact: true })
      .waitFor();
    for (const name of ['Approuver', 'Refuser', 'Demander des modifications', 'Déléguer'])
      expect(await panel().getByRole('button', { name }).count()).toBe(0);
    // The gate does not concern him: no refusal either.
    if (view.refusal) expect(await gateCard().getByText(view.refusal).count()).toBe(0);
    await shoot('signoff-noah-no-buttons-fr');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
    expect(problems).toEqual([]);
  });
});
