/**
 * Browser test of the panel's risk register (issue 14, part 4) on the local host's issue view, in French and in
 * English: Camille (the campaign's PM and a project admin, French) finds the register empty, adds a 60 % risk of
 * +5 business days on a task of the critical path, and the panel's forecast then shows the risk-adjusted P85 and the
 * risk among those that move the launch most; a delay without a task is refused naming the field and stores nothing.
 * Alex Partner (English, not the PM) reads the same risks and why he cannot edit them. No serious axe violation.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import type { CampaignPanel, GetCampaignPanelResult } from '../../src/contracts/campaign-panel';
import type { ListRisksResult, SaveRiskResult } from '../../src/contracts/risks';
import { startTestHost, type TestHost } from '../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../support/invoke';
import {
  checkBrowserPrerequisites,
  frameOf,
  launchChromium,
  recordProblems,
  resolverAnswer,
  currentPanelAnswer,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
} from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

jest.setTimeout(180_000);

const TITLE = 'Le studio vidéo livre en retard';

describe('campaign panel: risk register (FR and EN)', () => {
  let host: TestHost;
  /** Unset when `beforeAll` fails before them: `afterAll` closes only what was opened. */
  let browser: Browser | undefined;
  let closeHost: (() => Promise<void>) | undefined;
  let page: Page;
  let epicKey: string;
  const problems: string[] = [];

  const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="campaign-panel"]');
  const axe = async (): Promise<string[]> => seriousAxeViolations(await frameOf(page, 'iframe[data-module-key="campaign-panel"]'));
  const asCampaign = (answer: GetCampaignPanelResult): CampaignPanel => {
    if (answer.mode === 'none') throw new Error(`getCampaignPanel says ${answer.issueKey} is not part of a campaign`);
    return answer;
  };
  const openEpic = async (accountId: string): Promise<CampaignPanel> =>
    asCampaign(
      await currentPanelAnswer<GetCampaignPanelResult>(page, () =>
        page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(accountId)}`),
      ),
    );

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();
    closeHost = () => host.close();
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'product-launch',
      launchDate: format(nextFriday(addMonths(new Date(), 3)), 'yyyy-MM-dd'),
      budget: { amount: 120_000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    if (!preview.ok) throw new Error(`previewCampaign refused: ${JSON.stringify(preview.error)}`);
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'risk-register-e2e-0001',
      plan: preview.data.plan,
    });
    if (!started.ok) throw new Error(`createCampaign refused: ${JSON.stringify(started.error)}`);
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    if (job.data.state !== 'done') throw new Error(`creation did not finish: ${JSON.stringify(job)}`);
    epicKey = epicOf(job);
    const chromium = await launchChromium();
    browser = chromium;
    page = await chromium.newPage({ viewport: { width: 1280, height: 1400 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await closeHost?.();
  });

  it('lets Camille add a risk in French; the forecast then shows the cautious date with the risks and the risk', async () => {
    const before = await openEpic(CAMILLE.accountId);
    expect(before.topRisks).toBeUndefined();
    const critical = (before.criticalPath ?? []).find((s) => s.kind === 'task' && !s.otherCampaign);
    if (!critical) throw new Error('the campaign has no task on its critical path');
    const section = panel().getByRole('region', { name: 'Risques', exact: true });
    await section.getByText('Le registre des risques est vide.').waitFor();

    const register = await resolverAnswer<ListRisksResult>(page, 'listRisks', () =>
      section.getByRole('button', { name: 'Ouvrir le registre des risques' }).click(),
    );
    expect(register).toMatchObject({ risks: [], canEdit: true, source: 'app_storage' });
    // MKT has no "Risk" issue type: the register says it is kept in the app's storage.
    await section
      .getByTestId('risk-register-home')
      .getByText('Risques tenus dans le stockage de Campaign Control pour cette campagne.')
      .waitFor();
    await section.getByRole('button', { name: 'Ajouter un risque' }).click();
    const form = section.getByTestId('risk-form');
    await form.getByLabel('Ce qui pourrait arriver').fill(TITLE);
    await form.getByLabel('Probabilité', { exact: false }).first().selectOption('exact');
    await form.getByLabel('Probabilité (en %)').fill('60');
    await form.getByLabel('Retard s’il survient (jours ouvrés)').fill('5');
    await form.getByLabel('Responsable').selectOption(CAMILLE.accountId);
    await form.getByLabel('Parade').fill('Réserver un second studio');

    // A delay on no task is refused, naming the field, and nothing is stored.
    await form.getByRole('button', { name: 'Enregistrer le risque' }).click();
    await form
      .getByRole('alert')
      .getByText(/Choisissez au moins une tâche ou un jalon/)
      .waitFor();
    expect((await invokeResolver(host, CAMILLE.accountId, 'listRisks', { epicKey })).data.risks).toEqual([]);

    await form.getByRole('checkbox', { name: new RegExp(critical.key) }).check();
    const saved = await resolverAnswer<SaveRiskResult>(page, 'saveRisk', () =>
      form.getByRole('button', { name: 'Enregistrer le risque' }).click(),
    );
    expect(saved.risk).toMatchObject({ riskId: 'risk-1', probability: 0.6, impactDays: 5, targets: [critical.key], status: 'open' });
    await section
      .getByRole('status')
      .getByText(/enregistré\u202f: la prévision en tient compte/)
      .waitFor();

    const after = await openEpic(CAMILLE.accountId);
    expect(after.topRisks?.[0]).toMatchObject({ riskId: 'risk-1', title: TITLE, ownerAccountId: CAMILLE.accountId });
    expect(after.topRisks?.[0]?.launchDelayDays).toBeGreaterThan(0);
    expect(after.milestones.some((m) => m.p85WithoutRisks !== undefined)).toBe(true);
    const risks = panel().getByRole('region', { name: 'Risques', exact: true });
    await risks
      .getByTestId('top-risks')
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('60\u00a0% de probabilité')
      .waitFor();
    await risks
      .getByTestId('risk-adjusted-p85')
      .getByText(/date prudente avec les risques le \d{1,2}(er)? \p{L}+ \(le /u)
      .waitFor();
    await risks
      .getByTestId('risk-expected-cost')
      .getByText(/^Coût attendu des risques\u202f: /)
      .waitFor();
    await screenshotFrame(page, 'iframe[data-module-key="campaign-panel"]', join(RESULTS, 'risk-register-fr-panel.png'));
    expect(await axe()).toEqual([]);
  });

  it('shows Alex the same risks in English, and why he cannot edit them', async () => {
    const answer = await openEpic(ALEX.accountId);
    expect(answer.topRisks?.map((r) => r.riskId)).toEqual(['risk-1']);
    const section = panel().getByRole('region', { name: 'Risks', exact: true });
    await section.getByTestId('top-risks').getByText('60% chance').waitFor();
    await section
      .getByTestId('risk-adjusted-p85')
      .getByText(/cautious date with the risks \d{1,2} \p{L}+ \(/u)
      .waitFor();
    const register = await resolverAnswer<ListRisksResult>(page, 'listRisks', () =>
      section.getByRole('button', { name: 'Open the risk register' }).click(),
    );
    expect(register.canEdit).toBe(false);
    await section.getByText('Only the campaign’s PM and the project’s admins can edit the risk register.').waitFor();
    expect(await section.getByRole('button', { name: 'Add a risk' }).count()).toBe(0);
    expect(await section.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    const refused = await invokeResolver(host, ALEX.accountId, 'saveRisk', {
      epicKey,
      risk: { title: 'x', likelihood: 'low', impactDays: 0, targets: [], ownerAccountId: ALEX.accountId, mitigation: '', status: 'open' },
    });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    await screenshotFrame(page, 'iframe[data-module-key="campaign-panel"]', join(RESULTS, 'risk-register-en-panel.png'));
    expect(await axe()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
