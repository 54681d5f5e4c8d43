/**
 * Browser test of the conflicts a new plan causes across campaigns, in the planner's preview, against the real local
 * host: Camille (French) previews a Black Friday plan on a site with no other campaign, then a first campaign on the
 * same template, dates and people is created, and the same preview now shows its people overloaded with "1 autre
 * campagne" before anything is created. Alex Partner reads the same in English.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import type { PreviewCampaignResult } from '../../src/contracts/campaign-planner';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { checkBrowserPrerequisites, launchChromium, recordProblems, resolverAnswer, RESULTS, closeOpened } from './support/browser';

jest.setTimeout(180_000);

const launchDate = format(nextFriday(addMonths(new Date(), 3)), 'yyyy-MM-dd');

describe('campaign planner: conflicts with the other campaigns in the preview', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const problems: string[] = [];

  const preview = async (accountId: string, labels: { date: string; budget: string; button: string }): Promise<PreviewCampaignResult> => {
    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(accountId)}`);
    await app.getByRole('radio', { name: /Black Friday/ }).check({ timeout: 20_000 });
    await app.getByLabel(labels.date).fill(launchDate);
    await app.getByLabel(labels.budget, { exact: true }).fill('90000');
    return resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () => app.getByRole('button', { name: labels.button }).click());
  };
  const FR = { date: 'Date de lancement', budget: 'Budget', button: 'Prévisualiser le plan' };
  const EN = { date: 'Launch date', budget: 'Budget', button: 'Preview plan' };

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    app = page.frameLocator('iframe[data-module-key="campaign-planner"]');
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('shows no conflict with other campaigns while the site has none', async () => {
    const out = await preview(CAMILLE.accountId, FR);
    expect(out.conflicts).toBeDefined();
    expect(out.conflicts?.load.filter((c) => c.otherCampaigns > 0)).toEqual([]);
    await app.getByTestId('plan-conflicts').getByRole('heading', { name: 'Conflits avec les autres campagnes' }).waitFor();
  });

  it('shows the people a second campaign on the same dates would overload, before creating it', async () => {
    const first = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount: 90000, currency: 'EUR' },
      holidayCalendar: 'FR',
      name: 'Black Friday — première vague',
      projectKey: 'MKT',
    });
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      requestId: 'conflicts-e2e-0001',
      plan: first.data.plan,
    });
    expect((await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId)).data).toMatchObject({ state: 'done', errors: [] });

    const out = await preview(CAMILLE.accountId, FR);
    const shared = out.conflicts?.load.filter((c) => c.otherCampaigns === 1) ?? [];
    expect(shared.length).toBeGreaterThan(0);
    const section = app.getByTestId('plan-conflicts');
    await section.getByText('Semaines où des personnes sont surchargées').waitFor();
    const sample = shared[0];
    if (!sample) throw new Error('no shared conflict');
    await section
      .getByText(new RegExp(`^${sample.displayName}\u202f: .* la semaine du .*, avec 1 autre campagne$`))
      .first()
      .waitFor();
    await section
      .getByText('Décalez des dates, changez qui fait le travail, ou mettez à jour la capacité dans l’onglet Capacité de l’équipe.')
      .waitFor();
    await section.screenshot({ path: join(RESULTS, 'plan-conflicts-fr.png') });
  });

  it('says the same in English to Alex Partner', async () => {
    const out = await preview(ALEX.accountId, EN);
    expect(out.conflicts?.load.some((c) => c.otherCampaigns === 1)).toBe(true);
    const section = app.getByTestId('plan-conflicts');
    await section.getByRole('heading', { name: 'Conflicts with the other campaigns' }).waitFor();
    await section
      .getByText(/ in the week of .*, with 1 other campaign$/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });
});
