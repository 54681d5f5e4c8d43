/**
 * Browser test of the global page « Campagnes / Campaigns » (jira:globalPage) against the real local host: two
 * campaigns made by the real creation job, one in MKT (euros) and one in EVT (dollars). Camille (French) sees both on
 * the calendar, in light and dark, drags the MKT launch a week later, reads the re-plan preview and applies it: Jira's
 * due dates move. Sam Outsider, who may browse neither project, sees none. Alex (English) sorts the portfolio table,
 * reads the totals per currency and exports it as CSV; Camille's export has French columns. axe finds no serious or
 * critical violation anywhere, and everything Camille reads is checked for English and French typography.
 * Needs Debian's chromium (or @sparticuz/chromium) and `npm run build:static`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format, nextTuesday } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE, INES, SAM } from '../../local/identity/demo-users';
import type { ReplanCampaignResult } from '../../src/contracts/campaign-planner';
import type { GetPortfolioResult } from '../../src/contracts/portfolio';
import { startTestHost, type TestHost } from '../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../support/invoke';
import { CONFIRM_ERRORS } from '../support/confirm-errors';
import { dayInWords } from '../../src/wording/format';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  seriousAxeViolations,
} from './support/browser';
import { FrenchFindings } from './support/french-text';
import { sidewaysScroll } from './support/layout';

jest.setTimeout(300_000);

const FRAME = 'iframe[data-module-key="campaigns-portfolio"]';
const today = new Date();
const launchMkt = format(nextTuesday(addDays(today, 40)), 'yyyy-MM-dd');
const launchEvt = format(nextTuesday(addDays(today, 75)), 'yyyy-MM-dd');

describe('the global page « Campagnes / Campaigns »: calendar, re-plan by drag, portfolio table and CSV', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const findings = new FrenchFindings();
  const epics = { mkt: '', evt: '' };
  const names = { mkt: '', evt: '' };

  async function create(projectKey: string, currency: string, amount: number, launchDate: string, requestId: string): Promise<string> {
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount, currency },
      holidayCalendar: 'FR',
      projectKey,
    });
    expect(preview.ok).toBe(true);
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId,
      plan: preview.data.plan,
    });
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    return epicOf(job);
  }

  const app = (): FrameLocator => page.frameLocator(FRAME);
  const axe = async (): Promise<string[]> => seriousAxeViolations(await frameOf(page, FRAME));
  /** Opens the global page on `route` as `accountId` and answers the portfolio the page loaded. */
  const open = (accountId: string, route: string): Promise<GetPortfolioResult> =>
    resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', () =>
      page.goto(`${host.url}/jira/apps/campaigns/${route}?as=${encodeURIComponent(accountId)}`),
    );
  const setTheme = async (mode: 'light' | 'dark'): Promise<void> => {
    if ((await page.locator('html').getAttribute('data-color-mode')) !== mode) await page.locator('#theme-toggle').click();
    await app().locator(`html[data-color-mode="${mode}"]`).waitFor();
  };

  beforeAll(async () => {
    checkBrowserPrerequisites('portfolio');
    host = await startTestHost();
    epics.mkt = await create('MKT', 'EUR', 120000, launchMkt, 'portfolio-page-mkt');
    epics.evt = await create('EVT', 'USD', 80000, launchEvt, 'portfolio-page-evt');
    const view = await invokeResolver(host, CAMILLE.accountId, 'getPortfolio', {});
    for (const k of ['mkt', 'evt'] as const) names[k] = view.data.campaigns.find((c) => c.campaignKey === epics[k])?.name ?? '';
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('shows Camille every campaign she may see on the calendar, in French, in light and dark', async () => {
    const view = await open(CAMILLE.accountId, 'calendar');
    expect(view.campaigns.map((c) => c.campaignKey).sort()).toEqual([epics.mkt, epics.evt].sort());
    await app().getByRole('heading', { name: 'Calendrier des campagnes', level: 1 }).waitFor();
    const rows = app().locator('.cal-rows > li');
    await rows.first().waitFor();
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-campaign-key')))).sort()).toEqual(
      [epics.mkt, epics.evt].sort(),
    );
    for (const k of ['mkt', 'evt'] as const) await app().getByRole('link', { name: names[k] }).first().waitFor();
    // The sidebar is the module's pages, in Camille's language, the current one marked.
    const sidebar = page.getByRole('navigation', { name: 'Campagnes' });
    await sidebar.getByRole('link', { name: 'Calendrier' }).and(page.locator('[aria-current="page"]')).waitFor();
    await page.screenshot({ path: join(RESULTS, 'portfolio-calendar-fr-light.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'calendar, light', { names: Object.values(names) });
    await setTheme('dark');
    await page.screenshot({ path: join(RESULTS, 'portfolio-calendar-fr-dark.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await setTheme('light');
  });

  it('moves between campaigns with the arrow keys and between periods with Alt+arrows', async () => {
    const period = app().locator('.cal-period');
    const before = await period.textContent();
    const first = app().locator('[data-bar]').first();
    await first.focus();
    await first.press('Alt+ArrowRight');
    await expect_(async () => (await period.textContent()) !== before);
    await app().locator('[data-bar]').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(
      await app()
        .locator('[data-bar]')
        .nth(1)
        .evaluate((e) => e === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect_(async () => (await period.textContent()) === before);
    // The month view shows the month in words, and the quarter view comes back to the quarter shown before.
    await app().getByRole('button', { name: 'Mois', exact: true }).click();
    await expect_(async () => /^[a-zéû]+ \d{4}$/.test((await period.textContent()) ?? ''));
    expect(await app().locator('.cal-track--scale .cal-tick').count()).toBeGreaterThanOrEqual(28);
    await app().getByRole('button', { name: 'Trimestre', exact: true }).click();
    await expect_(async () => (await period.textContent()) === before);
  });

  it('opens the re-plan preview when Camille drags the MKT launch a week later, and applying it moves Jira’s dates', async () => {
    // Its panel was opened once, so Jira's issue events keep its portfolio line current.
    const panel = await invokeResolver(
      host,
      CAMILLE.accountId,
      'getCampaignPanel',
      {},
      { moduleKey: 'campaign-panel', issueKey: epics.mkt },
    );
    expect(panel.ok).toBe(true);
    const marker = app().locator(`[data-launch-marker="${epics.mkt}"]`);
    for (let i = 0; i < 4 && (await marker.count()) === 0; i++) await app().getByRole('button', { name: 'Période suivante' }).click();
    await marker.waitFor();
    const track = app().locator(`li[data-campaign-key="${epics.mkt}"] .cal-track`);
    const trackBox = await track.boundingBox();
    const box = await marker.boundingBox();
    // The quarter view is the default: « T1 2027 ».
    expect(await app().locator('.cal-period').textContent()).toMatch(/^T[1-4] \d{4}$/);
    if (!trackBox || !box) throw new Error('the MKT launch marker has no box');
    const quarterStart = new Date(Date.UTC(Number(launchMkt.slice(0, 4)), Math.floor((Number(launchMkt.slice(5, 7)) - 1) / 3) * 3, 1));
    const quarterEnd = new Date(Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() + 3, 1));
    const periodDays = Math.round((quarterEnd.getTime() - quarterStart.getTime()) / 86_400_000);
    const dx = (7 * trackBox.width) / periodDays;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const moved = format(addDays(new Date(`${launchMkt}T12:00:00Z`), 7), 'yyyy-MM-dd');
    const preview = await resolverAnswer<ReplanCampaignResult>(page, 'replanCampaign', async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx / 2, y, { steps: 4 });
      await page.mouse.move(x + dx, y, { steps: 4 });
      await page.mouse.up();
    });
    expect(preview.launchDate).toBe(moved);
    expect(preview.mayApply).toEqual({ allowed: true, refusal: null });
    const open = preview.changes.filter((c) => !c.done);
    expect(open.length).toBeGreaterThan(0);
    const dialog = app().getByRole('dialog');
    await dialog.getByRole('heading', { name: new RegExp(`^Replanifier .* pour un lancement le `) }).waitFor();
    await dialog.getByTestId('replan-changes').waitFor();
    expect(await dialog.getByTestId('replan-forecast').textContent()).toMatch(/^(Prévision prudente actuelle|Pas encore de prévision)/);
    expect(await dialog.locator('[data-testid="replan-changes"] tbody tr').count()).toBe(preview.changes.length);
    await page.screenshot({ path: join(RESULTS, 'portfolio-replan-fr.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 're-plan dialog', {
      names: [...Object.values(names), ...preview.changes.map((c) => c.summary)],
    });

    let applied: ReplanCampaignResult | undefined;
    // Once applied, the page asks for the portfolio again.
    const reloaded = await resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', async () => {
      applied = await resolverAnswer<ReplanCampaignResult>(page, 'replanCampaign', () =>
        dialog.getByRole('button', { name: 'Appliquer dans Jira' }).click(),
      );
    });
    expect(applied?.applied).toBe(open.length);
    // The page asked for the portfolio again (Jira's answer on the projects refreshed); until the campaign's roll-up is
    // rewritten (next panel load or forecast run), the page itself shows the launch it just applied.
    expect(reloaded.campaigns.map((c) => c.campaignKey).sort()).toEqual([epics.mkt, epics.evt].sort());
    // Jira's issue events (the due dates just written) bring the campaign's portfolio line up to date.
    await expect_(async () => {
      const v = await invokeResolver(host, CAMILLE.accountId, 'getPortfolio', { refresh: true });
      return v.data.campaigns.find((c) => c.campaignKey === epics.mkt)?.launchDate === moved;
    }, 20_000);
    await dialog
      .getByRole('status')
      .getByText(/dates? déplacées? dans Jira/)
      .waitFor();
    for (const c of open) {
      const issue = await host.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${c.issueKey}?fields=duedate`);
      expect([c.issueKey, (issue.body as { fields: { duedate: string | null } }).fields.duedate]).toEqual([c.issueKey, c.to]);
    }
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await marker.getAttribute('aria-label')).toContain(`le ${dayInWords('fr', moved)}`);
  });

  it('types a date in a campaign’s details to open the same preview, and Escape closes it', async () => {
    await app().locator(`[data-bar="${epics.evt}"]`).click();
    const details = app().getByTestId('calendar-details');
    await details.getByRole('heading', { name: names.evt }).waitFor();
    const typed = format(addDays(new Date(`${launchEvt}T12:00:00Z`), 14), 'yyyy-MM-dd');
    await details.getByLabel('Nouvelle date de lancement').fill(typed);
    const preview = await resolverAnswer<ReplanCampaignResult>(page, 'replanCampaign', () =>
      details.getByRole('button', { name: 'Voir la replanification' }).click(),
    );
    expect(preview.launchDate).toBe(typed);
    await app().getByRole('dialog').waitFor();
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await app().getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('shows Inès, a read-only viewer, the preview with the reason she may not apply it, and no apply button', async () => {
    await open(INES.accountId, 'calendar');
    await app().locator(`[data-bar="${epics.evt}"]`).click();
    const details = app().getByTestId('calendar-details');
    await details.getByLabel('Nouvelle date de lancement').fill(format(addDays(new Date(`${launchEvt}T12:00:00Z`), 7), 'yyyy-MM-dd'));
    const preview = await resolverAnswer<ReplanCampaignResult>(page, 'replanCampaign', () =>
      details.getByRole('button', { name: 'Voir la replanification' }).click(),
    );
    expect(preview.mayApply?.allowed).toBe(false);
    const dialog = app().getByRole('dialog');
    await dialog.getByTestId('replan-refused').getByText('Vous ne pouvez pas appliquer cette replanification.').waitFor();
    if (preview.mayApply?.refusal) await dialog.getByTestId('replan-refused').getByText(preview.mayApply.refusal).waitFor();
    expect(await dialog.getByRole('button', { name: 'Appliquer dans Jira' }).count()).toBe(0);
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 're-plan refused', {
      names: [...Object.values(names), ...preview.changes.map((c) => c.summary)],
    });
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows Sam Outsider, who may browse neither project, no campaign', async () => {
    const view = await open(SAM.accountId, 'calendar');
    expect(view).toMatchObject({ campaigns: [], visibleProjects: [] });
    await app().getByTestId('calendar-empty').waitFor();
    expect(await app().locator('.cal-rows > li').count()).toBe(0);
    for (const k of ['mkt', 'evt'] as const) expect(await app().getByText(names[k]).count()).toBe(0);
    expect(await axe()).toEqual([]);
  });

  it('shows someone who may browse EVT only the EVT campaign and hides the MKT one', async () => {
    const added = await host.call(null, 'POST', '/local/users', {
      displayName: 'Eva Évènements',
      email: 'eva.evenements@partner.example',
      locale: 'fr_FR',
      jira: ['BROWSE_PROJECTS'],
      projectKey: 'EVT',
    });
    expect(added.status).toBe(201);
    const eva = (added.body as { accountId: string }).accountId;
    const view = await open(eva, 'calendar');
    expect(view.visibleProjects).toEqual(['EVT']);
    expect(view.campaigns.map((c) => c.campaignKey)).toEqual([epics.evt]);
    const rows = app().locator('.cal-rows > li');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-campaign-key')))).toEqual([epics.evt]);
    expect(await app().locator(`[data-campaign-key="${epics.mkt}"]`).count()).toBe(0);
    await app().getByText('1 sur 1 campagne').waitFor();
  });

  it('lets Alex sort the portfolio, read totals per currency and export the rows as CSV, in English, light and dark', async () => {
    const view = await open(ALEX.accountId, 'portfolio');
    expect(view.campaigns).toHaveLength(2);
    const table = app().getByTestId('portfolio-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    const budget = table.getByRole('columnheader', { name: 'Budget', exact: true });
    await budget.getByRole('button').click();
    expect(await budget.getAttribute('aria-sort')).toBe('ascending');
    const keys = async (): Promise<(string | null)[]> =>
      table.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-campaign-key')));
    expect(await keys()).toEqual([epics.evt, epics.mkt]);
    await budget.getByRole('button').click();
    expect(await budget.getAttribute('aria-sort')).toBe('descending');
    expect(await keys()).toEqual([epics.mkt, epics.evt]);
    const totals = app().getByTestId('portfolio-totals');
    expect(await totals.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-currency')))).toEqual(['EUR', 'USD']);
    // Each currency's own budget (the second cell, after the number of campaigns), never a sum across currencies.
    expect(await totals.locator('tr[data-currency="EUR"] td').nth(1).textContent()).toBe('€120,000');
    expect(await totals.locator('tr[data-currency="USD"] td').nth(1).textContent()).toBe('$80,000');
    expect(await axe()).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), app().getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Key,Campaign,Project,Owner,Health,Reasons,First work,Launch,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^${epics.mkt},`));
    expect(lines[1]).toContain(',EUR,120000,');
    expect(lines[2]).toMatch(new RegExp(`^${epics.evt},`));
    expect(lines[2]).toContain(',USD,80000,');

    await app().getByLabel('Project').selectOption('EVT');
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await totals.locator('tbody tr').count()).toBe(1);
    await setTheme('dark');
    await page.screenshot({ path: join(RESULTS, 'portfolio-table-en-dark.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await setTheme('light');
  });

  it('gives Camille the portfolio and its CSV in French', async () => {
    await open(CAMILLE.accountId, 'portfolio');
    await app().getByRole('heading', { name: 'Portefeuille de campagnes', level: 1 }).waitFor();
    await app().getByTestId('portfolio-table').waitFor();
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'portfolio table', { names: Object.values(names) });
    const [download] = await Promise.all([page.waitForEvent('download'), app().getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portefeuille-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toMatch(/^Clé,Campagne,Projet,Responsable,Santé,Raisons,Premier travail,Lancement,/);
    expect(csv).toContain(epics.mkt);
    expect(csv).toContain(epics.evt);
  });

  it('never scrolls sideways at 800 px: the wide table scrolls in its own box, the calendar fits', async () => {
    await page.setViewportSize({ width: 800, height: 1000 });
    for (const route of ['portfolio', 'calendar']) {
      await open(CAMILLE.accountId, route);
      await app()
        .locator(route === 'portfolio' ? '[data-testid="portfolio-table"]' : '[data-testid="calendar"]')
        .waitFor();
      const { page: overflow, elements } = await sidewaysScroll(await frameOf(page, FRAME));
      expect([route, overflow, elements.filter((e) => !/^div\.table-wrap > table/.test(e))]).toEqual([route, 0, []]);
    }
    await page.screenshot({ path: join(RESULTS, 'portfolio-calendar-fr-800.png'), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('moves between sections from the sidebar without reloading the app', async () => {
    await page.getByRole('navigation', { name: 'Campagnes' }).getByRole('link', { name: 'Calendrier' }).click();
    await app().getByRole('heading', { name: 'Calendrier des campagnes', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/jira/apps/campaigns/calendar');
    await page.getByRole('navigation', { name: 'Campagnes' }).getByRole('link', { name: 'Collisions' }).click();
    await app().getByTestId('collisions-section').waitFor();
    await page.goBack();
    await app().getByRole('heading', { name: 'Calendrier des campagnes', level: 1 }).waitFor();
  });

  it('read no English and no French typography error, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});

/** Waits until `check` holds (the page re-renders after a key press). */
async function expect_(check: () => Promise<boolean>, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('the page did not change in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
