/**
 * Browser test of the sign-off forms in French at 1280 and 800 px (issue 15), against the real sign-off resolvers: on
 * the milestone a product launch's legal gate guards, Léa (legal approver, French) reads her view of the gate, opens
 * the decline form and is told a reason is needed, opens the delegation form and is told whom and until when; then
 * she approves with a comment and reads her decided gate. Everything she can read is checked at each step: no
 * English of any catalogue, no raw id or slug, no ISO date; the panel never scrolls sideways; no page error.
 * Needs `npm run build:static`.
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { CONFIRM_ERRORS } from '../support/confirm-errors';
import { CAMILLE, HUGO, LEA } from '../../local/identity/demo-users';
import type { DecideSignOffResult, GetSignOffResult } from '../../src/contracts/signoff';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  screenshotFrame,
} from './support/browser';
import { FrenchFindings } from './support/french-text';
import { sidewaysScroll } from './support/layout';

jest.setTimeout(240_000);

const GATE = 'legal';
const FRAME = 'iframe[data-module-key="campaign-panel"]';

describe('the sign-off forms in French, for Léa on her legal gate, at 1280 and 800 px', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const findings = new FrenchFindings();
  let milestoneKey: string;
  let gateIds: string[];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'product-launch',
      launchDate: format(nextFriday(addMonths(new Date(), 4)), 'yyyy-MM-dd'),
      budget: { amount: 90_000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    if (!preview.ok) throw new Error(`previewCampaign refused: ${JSON.stringify(preview.error)}`);
    const gate = preview.data.plan.gates.find((g: { gateId: string }) => g.gateId === GATE);
    if (!gate || gate.afterGateId || !gate.approverAccountIds.includes(LEA.accountId))
      throw new Error(`product-launch's legal gate is no longer an open gate for Léa: ${JSON.stringify(gate)}`);
    gateIds = preview.data.plan.gates.map((g: { gateId: string }) => g.gateId);
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'signoff-fr-e2e-0001',
      plan: preview.data.plan,
    });
    if (!started.ok) throw new Error(`createCampaign refused: ${JSON.stringify(started.error)}`);
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    if (!job.ok || job.data.state !== 'done') throw new Error(`creation did not finish: ${JSON.stringify(job)}`);
    milestoneKey = job.data.issueKeys[gate.milestoneRowId]!;
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);
  const gateCard = (): Locator => panel().getByTestId(`gate-${GATE}`);

  /** What Léa reads now, and that the panel fits; `step` names the screenshot. */
  async function check(width: number, step: string): Promise<void> {
    const frame = await frameOf(page, FRAME);
    await screenshotFrame(page, FRAME, join(RESULTS, `signoff-${step}-fr-${width}.png`));
    const textFile = join(RESULTS, `signoff-${step}-fr-${width}.txt`);
    await findings.check(frame, `${step} at ${width} px`, { ids: gateIds, textFile });
    expect([step, width, await sidewaysScroll(frame)]).toEqual([step, width, { page: 0, elements: [] }]);
  }

  for (const width of [1280, 800]) {
    it(`shows Léa her gate, the decline form with its reason and the delegation form, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      const answer = await resolverAnswer<GetSignOffResult>(page, 'getSignOff', () =>
        page.goto(`${host.url}/browse/${milestoneKey}?as=${encodeURIComponent(LEA.accountId)}`),
      );
      expect(answer.gates.find((g) => g.gateId === GATE)).toMatchObject({ state: 'open', canDecide: true });
      await gateCard().getByRole('button', { name: 'Approuver' }).waitFor();
      await check(width, 'approver-view');

      // The decline form: a reason is needed, said next to the field.
      await gateCard().getByRole('button', { name: 'Refuser' }).click();
      await gateCard().getByRole('button', { name: 'Confirmer' }).click();
      await gateCard().getByRole('alert').filter({ hasText: 'Indiquez le motif du refus' }).waitFor();
      await gateCard().getByRole('textbox', { name: /Motif/ }).fill('Les mentions de prix ne citent pas la période de référence.');
      await check(width, 'decline-form');
      await gateCard().getByRole('button', { name: 'Annuler' }).click();

      // The delegation form: whom (a person of the site) and until when, both asked for.
      await gateCard().getByRole('button', { name: 'Déléguer' }).click();
      const person = gateCard().getByRole('combobox', { name: /Déléguer à/ });
      await person.locator('option', { hasText: HUGO.displayName }).waitFor({ state: 'attached' });
      await gateCard().getByRole('button', { name: 'Confirmer' }).click();
      await gateCard().getByRole('alert').filter({ hasText: 'Choisissez qui décide à votre place.' }).waitFor();
      await check(width, 'delegation-form');
      await gateCard().getByRole('button', { name: 'Annuler' }).click();
    });
  }

  it('shows Léa her approval and why she decides no more, in French, at 800 px', async () => {
    await gateCard().getByRole('button', { name: 'Approuver' }).click();
    await gateCard()
      .getByRole('textbox', { name: /Commentaire/ })
      .fill('Mentions légales vérifiées.');
    const decided = await resolverAnswer<DecideSignOffResult>(page, 'decideSignOff', () =>
      gateCard().getByRole('button', { name: 'Confirmer' }).click(),
    );
    expect(decided.gate.canDecide).toBe(false);
    await gateCard().getByRole('status').filter({ hasText: 'Votre approbation est enregistrée.' }).waitFor();
    await gateCard()
      .getByText(decided.gate.refusal ?? 'the reason decideSignOff gave')
      .waitFor();
    await check(800, 'decided');
  });

  it('read right in French at every step, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
