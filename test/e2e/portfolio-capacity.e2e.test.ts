/**
 * Browser test of the global page's Capacity section with the demo portfolio (MKT-12 and three more campaigns in MKT
 * and EVT, worked on by the same people): the team's totals per week come first, then people × weeks; Noah's
 * over-allocated week reads « Surchargé » with its load in per cent. Camille (French) opens Noah's row with the
 * keyboard, chooses that week and reads the tasks behind it, each linking to Jira, with links to the planner's
 * leveling proposals; the weeks selector changes the weeks shown. Alex reads it in English. Light and dark, axe with
 * no serious violation, the French text check. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE, NOAH } from '../../local/identity/demo-users';
import { seedDemoCampaign, waitForForecast } from '../../local/seed/demo-campaign';
import { seedDemoPortfolio } from '../../local/seed/demo-portfolio';
import type { GetPortfolioCapacityResult } from '../../src/contracts/portfolio-capacity';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver } from '../support/invoke';
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

jest.setTimeout(300_000);

const FRAME = 'iframe[data-module-key="campaigns-portfolio"]';
type Capacity = GetPortfolioCapacityResult;

describe('the global page’s Capacity section: team totals, people × weeks, the tasks behind an over-allocated week', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let names: string[] = [];
  /** Noah's first over-allocated week in the default 12 weeks. */
  let overWeek = '';
  const problems: string[] = [];
  const findings = new FrenchFindings();

  const app = (): FrameLocator => page.frameLocator(FRAME);
  const axe = async (): Promise<string[]> => seriousAxeViolations(await frameOf(page, FRAME));
  const open = (accountId: string): Promise<Capacity> =>
    resolverAnswer<Capacity>(page, 'getPortfolioCapacity', () =>
      page.goto(`${host.url}/jira/apps/campaigns/capacity?as=${encodeURIComponent(accountId)}`),
    );
  const setTheme = async (mode: 'light' | 'dark'): Promise<void> => {
    if ((await page.locator('html').getAttribute('data-color-mode')) !== mode) await page.locator('#theme-toggle').click();
    await app().locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
  };
  const noahRow = () => app().getByTestId('capacity-people').locator(`tr[data-account-id="${NOAH.accountId}"]`);

  beforeAll(async () => {
    checkBrowserPrerequisites('portfolio');
    host = await startTestHost({ queueMsPerSecond: 1 });
    const demo = await seedDemoCampaign(host.host);
    await seedDemoPortfolio(host.host);
    await waitForForecast(host.host, demo);
    const view = await invokeResolver(host, CAMILLE.accountId, 'getPortfolio', {});
    names = view.data.campaigns.map((c) => c.name);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('shows the team’s totals first, then Noah’s over-allocated week in words and per cent, in French, light and dark', async () => {
    const answer = await open(CAMILLE.accountId);
    expect(answer.weeks).toHaveLength(12);
    const noah = answer.people.find((p) => p.accountId === NOAH.accountId);
    const over = noah?.weeks.find((c) => c.level === 'over');
    if (!over || over.ratio === null) throw new Error('the demo portfolio gives Noah no over-allocated week');
    overWeek = over.weekStart;
    await app().getByRole('heading', { name: 'Capacité sur toutes les campagnes', level: 1 }).waitFor();
    // Aggregate first: the team's table comes before the people's.
    const team = app().getByTestId('capacity-team');
    await team.waitFor();
    const order = await app()
      .locator('[data-testid="capacity-team"], [data-testid="capacity-people"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order).toEqual(['capacity-team', 'capacity-people']);
    await team.getByRole('rowheader', { name: 'Équipe' }).waitFor();
    expect(await team.locator('tbody td').count()).toBe(12);
    const teamWeek = answer.team.find((c) => c.weekStart === overWeek);
    const teamCell = team.locator(`td[data-week="${overWeek}"]`);
    expect(await teamCell.textContent()).toContain(`jours sur`);
    if (teamWeek?.ratio != null) expect(await teamCell.textContent()).toContain(`${Math.round(teamWeek.ratio * 100)}\u202f%`);
    // Noah's row: the over-allocated week says so in words, with its load in per cent.
    await noahRow().getByRole('rowheader').waitFor();
    const cell = noahRow().locator(`td[data-week="${overWeek}"]`);
    expect(await cell.getAttribute('data-level')).toBe('over');
    const text = (await cell.textContent()) ?? '';
    expect(text).toContain('Surchargé');
    expect(text).toContain(`${Math.round(over.ratio * 100)}\u202f%`);
    expect(Math.round(over.ratio * 100)).toBeGreaterThan(100);
    // The week's column header names the week in words for screen readers.
    await app()
      .getByTestId('capacity-people')
      .getByRole('columnheader', { name: /^Semaine du \d+(er)? [a-zéû]+$/ })
      .first()
      .waitFor();
    // The legend says the levels in words.
    const legend = await app().locator('.heat-legend dt').allTextContents();
    expect(legend).toEqual(['Surchargé', 'À risque', 'OK']);
    await page.screenshot({ path: join(RESULTS, 'portfolio-capacity-fr-light.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'heatmap, light', { names });
    await setTheme('dark');
    await page.screenshot({ path: join(RESULTS, 'portfolio-capacity-fr-dark.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await setTheme('light');
  });

  it('opens Noah’s row with the keyboard and shows the tasks behind his over-allocated week, with the leveling links', async () => {
    const toggle = noahRow().locator('button.heat__person');
    expect(await toggle.getAttribute('aria-label')).toMatch(/^Voir les semaines de /);
    await toggle.focus();
    const detail = await resolverAnswer<Capacity>(page, 'getPortfolioCapacity', () => page.keyboard.press('Enter'));
    const cell = detail.people.find((p) => p.accountId === NOAH.accountId)?.weeks.find((c) => c.weekStart === overWeek);
    expect(cell?.tasks?.length).toBeGreaterThan(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.getAttribute('aria-label')).toMatch(/^Masquer les semaines de /);
    const weekButton = noahRow().locator(`td[data-week="${overWeek}"] button`);
    await weekButton.waitFor();
    expect(await weekButton.getAttribute('aria-label')).toMatch(/^.+, semaine du .+\u202f: \d+\u202f%, surchargé$/);
    await weekButton.focus();
    await page.keyboard.press('Space');
    expect(await weekButton.getAttribute('aria-pressed')).toBe('true');
    const panel = app().getByTestId('capacity-detail');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    expect(await panel.getAttribute('data-week')).toBe(overWeek);
    const rows = panel.getByTestId('capacity-tasks').locator('tbody tr');
    expect(await rows.count()).toBe(cell?.tasks?.length);
    // Each task: its campaign and issue link to Jira, its days.
    for (const [i, task] of (cell?.tasks ?? []).entries()) {
      const row = rows.nth(i);
      expect(await row.getAttribute('data-campaign-key')).toBe(task.campaignKey);
      expect(await row.getByRole('link', { name: task.campaignKey, exact: true }).getAttribute('href')).toBe(`/browse/${task.campaignKey}`);
      if (task.issueKey)
        expect(await row.getByRole('link', { name: task.issueKey, exact: true }).getAttribute('href')).toBe(`/browse/${task.issueKey}`);
      await row.getByRole('rowheader', { name: task.summary }).waitFor();
    }
    // The week is Noah's over-allocated one: the planner of each campaign with work in it proposes leveling changes.
    const leveling = panel.getByTestId('capacity-leveling');
    for (const l of cell?.leveling ?? []) {
      const link = leveling.getByRole('link', { name: `Propositions de lissage de ${l.campaignKey} dans le planificateur` });
      expect(await link.getAttribute('href')).toBe(`/projects/${l.campaignKey.split('-')[0]}/apps/campaigns`);
    }
    expect(cell?.leveling?.length).toBeGreaterThan(0);
    if ((cell?.otherWorkDays ?? 0) > 0)
      await panel
        .getByTestId('capacity-other-work')
        .getByText(/^Autre travail\u202f: /)
        .waitFor();
    await page.screenshot({ path: join(RESULTS, 'portfolio-capacity-fr-detail.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'tasks behind a week', {
      names: [...names, ...(cell?.tasks ?? []).map((t) => t.summary)],
    });
  });

  it('changes the weeks shown with the weeks selector', async () => {
    const four = await resolverAnswer<Capacity>(page, 'getPortfolioCapacity', () =>
      app().getByLabel('Semaines affichées').selectOption('4'),
    );
    expect(four.weeks).toHaveLength(4);
    await app().getByTestId('capacity-team').locator('tbody td').nth(3).waitFor();
    expect(await app().getByTestId('capacity-team').locator('tbody td').count()).toBe(4);
    const many = await resolverAnswer<Capacity>(page, 'getPortfolioCapacity', () =>
      app().getByLabel('Semaines affichées').selectOption('26'),
    );
    expect(many.weeks).toHaveLength(26);
    await app().getByTestId('capacity-team').locator('tbody td').nth(25).waitFor();
  });

  it('reads in English for Alex, light and dark, with the same over-allocated week', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const answer = await open(ALEX.accountId);
      await setTheme(mode);
      await app().getByRole('heading', { name: 'Capacity across campaigns', level: 1 }).waitFor();
      expect(answer.people.find((p) => p.accountId === NOAH.accountId)?.weeks.find((c) => c.weekStart === overWeek)?.level).toBe('over');
      const text = (await noahRow().locator(`td[data-week="${overWeek}"]`).textContent()) ?? '';
      expect(text).toContain('Over-allocated');
      expect(await app().locator('.heat-legend dt').allTextContents()).toEqual(['Over-allocated', 'At risk', 'Within capacity']);
      expect(await axe()).toEqual([]);
      await page.screenshot({ path: join(RESULTS, `portfolio-capacity-en-${mode}.png`), fullPage: true });
    }
    await setTheme('light');
  });

  it('read no English and no French typography error, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
