/**
 * Browser test of the Campaign planner project page against the real local host: Camille (French) picks the
 * Black Friday template, previews the plan (timeline + tables), renames a task (the server re-plans), creates
 * the campaign, follows the progress, and the issues are then found in Jira by the campaign label.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE, INES } from '../../local/identity/demo-users';
import { invokeResolver } from '../support/invoke';
import type { CampaignPlan } from '../../src/domain/model';
import type { ListTemplatesResult, PreviewCampaignResult } from '../../src/contracts/campaign-planner';
import { checkBrowserPrerequisites, launchChromium, recordProblems, resolverAnswer, RESULTS, closeOpened } from './support/browser';

jest.setTimeout(180_000);

const launchDate = format(nextFriday(addMonths(new Date(), 4)), 'yyyy-MM-dd');

describe('campaign planner project page', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  /** The app: inside the project page's iframe, or the page itself when the resource is opened directly. */
  let app: Page | FrameLocator;
  const problems: string[] = [];
  let plan: CampaignPlan;

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('opens in the MKT project and lists the templates, in French', async () => {
    const projectPage = `${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(CAMILLE.accountId)}`;
    const probe = await fetch(projectPage);
    // Without the host's project page route, open the resource itself, as that route's iframe would.
    const direct = `${host.url}/static/campaign-planner/?${new URLSearchParams({ moduleKey: 'campaign-planner', accountId: CAMILLE.accountId, locale: CAMILLE.locale, projectKey: 'MKT' })}`;
    const url = probe.status === 200 ? projectPage : direct;
    app = probe.status === 200 ? page.frameLocator('iframe[data-module-key="campaign-planner"]') : page;
    const listed = await resolverAnswer<ListTemplatesResult>(page, 'listTemplates', () => page.goto(url));
    expect(listed.templates.map((t) => t.name.en)).toContainEqual(expect.stringMatching(/Black Friday/));
    await app.getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
    // One card per template the resolver listed.
    await app.getByRole('radio').first().waitFor();
    expect(await app.getByRole('radio').count()).toBe(listed.templates.length);
    await app.getByRole('radio', { name: /Black Friday/ }).waitFor({ timeout: 20_000 });
    expect(await app.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('previews the Black Friday plan with its timeline', async () => {
    await app.getByRole('radio', { name: /Black Friday/ }).check();
    // The template's reference budget is in USD: picking it keeps Camille's euros and prefills no relabelled amount.
    expect(await app.getByLabel('Devise').inputValue()).toBe('EUR');
    expect(await app.getByLabel('Budget', { exact: true }).inputValue()).toBe('');
    await app.getByLabel('Date de lancement').fill(launchDate);
    await app.getByLabel('Budget', { exact: true }).fill('120000');
    await app.getByLabel('Devise').selectOption('USD');
    await app.getByLabel('Calendrier des jours fériés').selectOption('US');

    const preview = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      app.getByRole('button', { name: 'Prévisualiser le plan' }).click(),
    );
    plan = preview.plan;
    expect(plan.launchDate).toBe(launchDate);
    expect(plan.budget).toEqual({ amount: 120000, currency: 'USD' });

    const timeline = app.getByTestId('timeline');
    await timeline.waitFor();
    const tasks = plan.rows.filter((r) => r.kind === 'task');
    const milestones = plan.rows.filter((r) => r.kind === 'milestone');
    expect(tasks.length).toBeGreaterThan(0);
    expect(await timeline.locator('.gantt__bar').count()).toBe(tasks.length);
    expect(await timeline.locator('.gantt__diamond').count()).toBe(milestones.length);
    await timeline.locator('.gantt__marker--launch').waitFor({ state: 'attached' });
    // Every row of the plan is in the table, and every warning the server raised is shown.
    expect(await app.getByTestId('rows-table').locator('tbody tr').count()).toBe(plan.rows.length);
    const shownWarnings = app.getByTestId('plan-warnings');
    if (plan.warnings.length > 0)
      await shownWarnings.getByRole('heading', { name: new RegExp(`^${plan.warnings.length} point`) }).waitFor();
    // Folded groups keep their warnings in the page, one list item each.
    expect(await shownWarnings.locator('li').count()).toBe(plan.warnings.length);
    for (const w of plan.warnings) await shownWarnings.getByText(w.message, { exact: true }).first().waitFor({ state: 'attached' });

    // Clipped from a full-page shot: an element shot would scroll and let the host's sticky top bar cover the chart.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await timeline.boundingBox();
    if (!box) throw new Error('the timeline has no box');
    await page.screenshot({ path: join(RESULTS, 'campaign-planner-timeline.png'), fullPage: true, clip: box });
    await page.screenshot({ path: join(RESULTS, 'campaign-planner-preview.png'), fullPage: true });
  });

  it('re-plans on the server when a task is renamed', async () => {
    const task = plan.rows.find((r) => r.kind === 'task');
    if (!task) throw new Error('the plan has no task');
    const renamed = `${task.summary} (relu)`;
    await app.getByRole('button', { name: `Modifier ${task.summary}`, exact: true }).click();
    await app.getByLabel('Résumé').fill(renamed);
    const replanned = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      app.getByRole('button', { name: 'Appliquer' }).click(),
    );
    expect(replanned.plan.rows.find((r) => r.rowId === task.rowId)?.summary).toBe(renamed);
    await app.getByRole('rowheader', { name: renamed }).waitFor();
    plan = replanned.plan;
  });

  it('creates the campaign, shows the progress and the epic, and Jira finds every issue by label', async () => {
    await app.getByRole('button', { name: 'Créer la campagne' }).click();
    await app
      .getByText(/Tickets \d+ sur \d+/)
      .first()
      .waitFor();
    const created = app.getByTestId('created');
    await created.waitFor({ timeout: 120_000 });
    const epicKey = (await created.getByTestId('epic-link').innerText()).trim();
    expect(epicKey).toMatch(/^MKT-\d+$/);
    await created.getByText(`labels = ${plan.campaignLabel}`).waitFor();
    await app.getByTestId('create-panel').screenshot({ path: join(RESULTS, 'campaign-planner-created.png') });

    const found = await host.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: `labels = ${plan.campaignLabel}`,
      fields: ['summary', 'issuetype'],
      maxResults: 500,
    });
    expect(found.status).toBe(200);
    const issues = found.body.issues as { key: string; fields: { summary: string; issuetype: { name: string } } }[];
    // The epic plus one issue per plan row.
    expect(issues).toHaveLength(plan.rows.length + 1);
    expect(issues.map((i) => i.key)).toContain(epicKey);
    expect(issues.filter((i) => i.fields.issuetype.name === 'Epic')).toHaveLength(1);
    expect(issues.map((i) => i.fields.summary)).toContain(plan.rows.find((r) => r.kind === 'task')?.summary);
    expect(problems).toEqual([]);
  });

  it('tells a viewer without the "Create issues" permission that they cannot plan here, before any form', async () => {
    const viewer = page.frameLocator('iframe[data-module-key="campaign-planner"]');
    const templates = await resolverAnswer<ListTemplatesResult>(page, 'listTemplates', () =>
      page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(INES.accountId)}`),
    );
    expect(templates.actions.planCampaign.allowed).toBe(false);
    await viewer
      .getByTestId('plan-refusal')
      .getByText(/^Il vous faut la permission «\u202fCréer des tickets\u202f» dans MKT pour planifier une campagne\.$/)
      .waitFor();
    // No form to fill that would fail: no template to pick, no date, no preview button.
    expect(await viewer.getByRole('radio').count()).toBe(0);
    expect(await viewer.getByLabel('Date de lancement').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Prévisualiser le plan' }).count()).toBe(0);
    // The server still refuses on its own.
    const refused = await invokeResolver(host, INES.accountId, 'previewCampaign', {
      projectKey: 'MKT',
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount: 90000, currency: 'EUR' },
      holidayCalendar: 'FR',
    });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    expect(await viewer.getByTestId('plan').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'campaign-planner-no-access.png'), fullPage: true });
  });
});
