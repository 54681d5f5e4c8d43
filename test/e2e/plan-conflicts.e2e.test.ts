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
import { conflictWords } from '../../src/wording/catalog/conflicts';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { checkBrowserPrerequisites, launchChromium, recordProblems, resolverAnswer, RESULTS, closeOpened } from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

jest.setTimeout(180_000);

const launchDate = format(nextFriday(addMonths(new Date(), 3)), 'yyyy-MM-dd');

describe('campaign planner: conflicts with the other campaigns in the preview', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const problems: string[] = [];
  /** The second preview, with the other campaign's load: what the leveling step applies a proposal to. */
  let second: PreviewCampaignResult | undefined;

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
      ...CONFIRM_ERRORS,
      requestId: 'conflicts-e2e-0001',
      plan: first.data.plan,
    });
    expect((await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId)).data).toMatchObject({ state: 'done', errors: [] });

    const out = await preview(CAMILLE.accountId, FR);
    second = out;
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

  it('applies a proposed change: that week is no longer over-allocated, and the created campaign carries it into Jira', async () => {
    // Two campaigns on the same dates and people: the best proposal for the worst week.
    const proposal = second?.conflicts?.leveling?.[0];
    if (!proposal) throw new Error('no leveling proposal');
    const section = app.getByTestId('plan-conflicts');
    await section.getByText('Changements proposés').waitFor();
    const leveled = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      section.getByRole('button', { name: conflictWords('fr').applyLabel(proposal) }).click(),
    );
    const stillOver = leveled.conflicts?.load.filter(
      (w) => w.level === 'over' && w.accountId === proposal.accountId && w.weekStart === proposal.weekStart,
    );
    expect(stillOver).toEqual([]);
    const row = leveled.plan.rows.find((r) => r.rowId === proposal.rowId);
    if (proposal.kind === 'shift') expect(row?.dueDate).toBe(proposal.dueDate);
    if (proposal.kind === 'reassign') expect(row?.assigneeAccountId).toBe(proposal.toAccountId);
    if (proposal.kind === 'move_launch') {
      expect(leveled.plan.launchDate).toBe(proposal.launchDate);
      expect(await app.getByLabel('Date de lancement').inputValue()).toBe(proposal.launchDate);
    }

    await app.getByRole('button', { name: 'Créer la campagne' }).click();
    await app.getByTestId('created').waitFor({ timeout: 120_000 });
    const q = new URLSearchParams({
      jql: `labels = ${leveled.plan.campaignLabel}`,
      fields: 'duedate,assignee',
      properties: 'campaignControlRow',
      maxResults: '200',
    });
    const found = (await host.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?${q.toString()}`)).body as {
      issues: {
        fields: { duedate: string | null; assignee: { accountId: string } | null };
        properties: { campaignControlRow?: { rowId: string } };
      }[];
    };
    // Jira holds the leveled plan: every issue's due date is the plan's.
    expect(found.issues).toHaveLength(leveled.plan.rows.length + 1);
    for (const r of leveled.plan.rows) {
      const issue = found.issues.find((i) => i.properties.campaignControlRow?.rowId === r.rowId);
      expect({ rowId: r.rowId, due: issue?.fields.duedate }).toEqual({ rowId: r.rowId, due: r.dueDate });
    }
    const moved = found.issues.find((i) => i.properties.campaignControlRow?.rowId === proposal.rowId);
    if (proposal.kind === 'shift') expect(moved?.fields.duedate).toBe(proposal.dueDate);
    if (proposal.kind === 'reassign') expect(moved?.fields.assignee?.accountId).toBe(proposal.toAccountId);
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
