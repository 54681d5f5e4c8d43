/**
 * Browser test of the dashboard gadget « Lancements à venir / campagnes à risque » on the local dashboard, with the
 * demo portfolio (MKT-12 and three more campaigns in MKT and EVT). Camille (French) finds it unconfigured, in its edit
 * view: a number of weeks out of range is refused naming the field; she sets project MKT and 8 weeks and saves, and
 * the view shows MKT's launches of the next 8 weeks only, each linking to its epic, and reloads on Jira's refresh
 * event. Alex (English) reads the same configuration in English. Light and dark, axe with no serious violation, the
 * French text check. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import { seedDemoCampaign, waitForForecast } from '../../local/seed/demo-campaign';
import { seedDemoPortfolio } from '../../local/seed/demo-portfolio';
import type { GetPortfolioPayload, GetPortfolioResult } from '../../src/contracts/portfolio';
import { startTestHost, type TestHost } from '../support/host';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
} from './support/browser';
import { FrenchFindings } from './support/french-text';

jest.setTimeout(240_000);

const EDIT = 'iframe[data-module-key="campaigns-gadget"][data-gadget-mode="edit"]';
const VIEW = 'iframe[data-module-key="campaigns-gadget"][data-gadget-mode="view"]';
const DAY_MS = 86_400_000;

describe('dashboard gadget: upcoming launches and campaigns at risk (FR and EN, light and dark)', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let names: string[];
  const problems: string[] = [];
  const findings = new FrenchFindings();
  const payloads: GetPortfolioPayload[] = [];

  const gadget = (selector: string): FrameLocator => page.frameLocator(selector);
  const open = (accountId: string) => page.goto(`${host.url}/jira/dashboards/local?as=${encodeURIComponent(accountId)}`);
  const axe = async (selector: string): Promise<string[]> => seriousAxeViolations(await frameOf(page, selector));
  const setTheme = async (mode: 'light' | 'dark'): Promise<void> => {
    const toggle = page.locator('#theme-toggle');
    if ((await toggle.getAttribute('aria-pressed')) !== String(mode === 'dark')) await toggle.click();
    await page.locator(`html[data-color-mode="${mode}"]`).waitFor();
  };
  /** The campaigns of the view's "upcoming" table, by epic key (each row names its campaign). */
  const upcomingKeys = async (view: FrameLocator): Promise<string[]> =>
    view
      .getByRole('table', { name: /Lancements à venir|Upcoming launches/ })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-campaign') ?? ''));

  beforeAll(async () => {
    checkBrowserPrerequisites('gadget');
    host = await startTestHost({ queueMsPerSecond: 1 });
    const demo = await seedDemoCampaign(host.host);
    await seedDemoPortfolio(host.host);
    // As `npm start` does: the demo campaign's forecast computed, so its roll-up carries its health and reasons.
    await waitForForecast(host.host, demo);
    const all = await host.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: 'labels = campaign AND issuetype = Epic',
      fields: ['summary'],
      maxResults: 50,
    });
    names = all.body.issues.map((i: { fields: { summary: string } }) => i.fields.summary);
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR' });
    recordProblems(page, problems);
    page.on('request', (r) => {
      if (!r.url().endsWith('/local/invoke') || r.method() !== 'POST') return;
      const body = JSON.parse(r.postData() ?? '{}') as { functionKey?: string; payload?: GetPortfolioPayload };
      if (body.functionKey === 'getPortfolio') payloads.push(body.payload ?? {});
    });
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('opens unconfigured in its edit view, refuses 30 weeks naming the field, and saves MKT and 8 weeks', async () => {
    await open(CAMILLE.accountId);
    await setTheme('light');
    const edit = gadget(EDIT);
    const form = edit.getByRole('form', { name: 'Réglages du gadget' });
    await form.getByLabel('Projet').locator('option[value="EVT"]').waitFor({ state: 'attached' });
    expect(await form.getByLabel('Projet').locator('option').allTextContents()).toEqual(['Tous les projets', 'EVT', 'MKT']);
    expect(await axe(EDIT)).toEqual([]);
    await findings.check(await frameOf(page, EDIT), 'edit view', { names });

    await form.getByLabel('Semaines à venir (de 1 à 26)').fill('30');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByRole('alert').getByText('Semaines à venir\u202f: un nombre entier de 1 à 26').waitFor();
    expect(await form.getByLabel('Semaines à venir (de 1 à 26)').getAttribute('aria-invalid')).toBe('true');
    expect((await host.call(null, 'GET', '/local/dashboards/local/gadgets')).body[0].configuration).toBeNull();

    await form.getByLabel('Projet').selectOption('MKT');
    await form.getByLabel('Semaines à venir (de 1 à 26)').fill('8');
    const answer = await resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', () =>
      form.getByRole('button', { name: 'Enregistrer' }).click(),
    );
    expect((await host.call(null, 'GET', '/local/dashboards/local/gadgets')).body[0].configuration).toEqual({
      projectKey: 'MKT',
      weeks: 8,
    });
    // The view asks only for MKT's campaigns; Jira's answer holds MKT's only.
    expect(payloads.at(-1)).toEqual({ projectKeys: ['MKT'] });
    expect(new Set(answer.campaigns.map((c) => c.projectKey))).toEqual(new Set(['MKT']));
    await page.locator(VIEW).waitFor();
    await page.locator(EDIT).waitFor({ state: 'detached' });
  });

  it('shows MKT’s launches of the next 8 weeks only, each linking to its epic, in French', async () => {
    const view = gadget(VIEW);
    await view.getByRole('heading', { name: 'Lancements à venir', level: 2 }).waitFor();
    await view.getByRole('heading', { name: 'Campagnes à risque', level: 2 }).waitFor();
    await view.getByText('MKT · les 8 prochaines semaines').waitFor();
    expect(await view.locator('html').getAttribute('lang')).toBe('fr');
    // What the view must list, from the records: MKT launches from today to 8 weeks ahead (MKT-12; the e-book launches
    // in about 9 weeks, EVT's webinars two days after Black Friday but in another project).
    const today = new Date().toISOString().slice(0, 10);
    const end = new Date(Date.parse(`${today}T00:00:00Z`) + 56 * DAY_MS).toISOString().slice(0, 10);
    const answer = await resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', () => page.reload());
    const expected = answer.campaigns
      .filter((c) => c.projectKey === 'MKT' && c.launchDate >= today && c.launchDate <= end)
      .map((c) => c.campaignKey)
      .sort();
    expect(expected).toContain('MKT-12');
    expect(expected).not.toContain('MKT-72');
    const reloaded = gadget(VIEW);
    await reloaded.getByRole('heading', { name: 'Lancements à venir', level: 2 }).waitFor();
    expect((await upcomingKeys(reloaded)).sort()).toEqual(expected);
    const link = reloaded.getByRole('link', { name: 'Ouvrir la campagne Black Friday France — campagne démo' }).first();
    expect(await link.getAttribute('href')).toBe('/browse/MKT-12');
    expect(await reloaded.getByText('Webinaires fidélité — clients existants').count()).toBe(0);
    // Campaigns at risk: those of MKT not on track, the worst first, each with its first reason in French.
    const atRisk = answer.campaigns.filter((c) => c.health.level !== 'on_track');
    const riskRows = reloaded.getByRole('table', { name: 'Campagnes à risque' }).locator('tbody tr');
    expect(await riskRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-campaign')))).toEqual(
      [...atRisk]
        .sort((a, b) =>
          a.health.level === b.health.level ? a.launchDate.localeCompare(b.launchDate) : a.health.level === 'off_track' ? -1 : 1,
        )
        .map((c) => c.campaignKey),
    );
    for (const c of atRisk) if (c.health.reasons[0]) await riskRows.filter({ hasText: c.health.reasons[0].text }).first().waitFor();
    expect(await axe(VIEW)).toEqual([]);
    await screenshotFrame(page, VIEW, join(RESULTS, 'gadget-fr-light.png'));
    await findings.check(await frameOf(page, VIEW), 'view, light', { names, textFile: join(RESULTS, 'gadget-fr.txt') });
  });

  it('reloads on Jira’s refresh event, asking Jira again for the projects', async () => {
    const before = payloads.length;
    await resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', () =>
      page.locator('section.gadget').getByRole('button', { name: 'Refresh' }).click(),
    );
    expect(payloads.slice(before)).toEqual([{ projectKeys: ['MKT'], refresh: true }]);
  });

  it('reads right in dark mode, with no serious axe violation', async () => {
    await setTheme('dark');
    await resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', () => page.reload());
    const view = gadget(VIEW);
    await view.getByRole('heading', { name: 'Lancements à venir', level: 2 }).waitFor();
    await view.locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    expect(await axe(VIEW)).toEqual([]);
    await screenshotFrame(page, VIEW, join(RESULTS, 'gadget-fr-dark.png'));
    await findings.check(await frameOf(page, VIEW), 'view, dark', { names });
  });

  it('shows Alex the same configuration in English, light and dark, and its edit view keeps MKT and 8 weeks', async () => {
    for (const mode of ['light', 'dark'] as const) {
      await resolverAnswer<GetPortfolioResult>(page, 'getPortfolio', () => open(ALEX.accountId));
      await setTheme(mode);
      const view = gadget(VIEW);
      await view.locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
      await view.getByRole('heading', { name: 'Upcoming launches', level: 2 }).waitFor();
      await view.getByRole('heading', { name: 'Campaigns at risk', level: 2 }).waitFor();
      await view.getByText('MKT · the next 8 weeks').waitFor();
      expect(await view.locator('html').getAttribute('lang')).toBe('en');
      expect(await upcomingKeys(view)).toContain('MKT-12');
      expect(await axe(VIEW)).toEqual([]);
      await screenshotFrame(page, VIEW, join(RESULTS, `gadget-en-${mode}.png`));
    }
    await page.locator('section.gadget').getByRole('button', { name: 'Edit' }).click();
    const form = gadget(EDIT).getByRole('form', { name: 'Gadget settings' });
    await form.getByLabel('Weeks ahead (1 to 26)').waitFor();
    expect(await form.getByLabel('Project').inputValue()).toBe('MKT');
    expect(await form.getByLabel('Weeks ahead (1 to 26)').inputValue()).toBe('8');
    expect(await axe(EDIT)).toEqual([]);
  });

  it('read right in French everywhere, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
