/**
 * Browser test of the global page's Collisions section with the demo portfolio (MKT-12 and three more campaigns in MKT
 * and EVT): the list, grouped by kind under headings, names both campaigns of the demo's collision (EVT-1's webinars
 * two business days after MKT-12's Black Friday, to the same existing customers) and links to each; the site's
 * settings read as a sentence. Camille, a site admin, is refused a blackout window that ends before it starts (the
 * problem next to its field, in French), then saves « Gel des contenus » around the e-book's launch, which then
 * appears as a blackout collision. Noah, who is not a site admin, reads the settings with the reason and no form. Alex
 * reads it in English. Light and dark, axe with no serious violation, the French text check. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE, NOAH } from '../../local/identity/demo-users';
import { seedDemoCampaign, waitForForecast } from '../../local/seed/demo-campaign';
import { seedDemoPortfolio } from '../../local/seed/demo-portfolio';
import type { GetCollisionsResult } from '../../src/contracts/collisions';
import type { GetPortfolioResult } from '../../src/contracts/portfolio';
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
const BLACKOUT = 'Gel des contenus';

describe('the global page’s Collisions section: the list, the site’s settings and their form for site admins', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let campaigns: GetPortfolioResult['campaigns'] = [];
  const problems: string[] = [];
  const findings = new FrenchFindings();

  const app = (): FrameLocator => page.frameLocator(FRAME);
  const axe = async (): Promise<string[]> => seriousAxeViolations(await frameOf(page, FRAME));
  const open = (accountId: string): Promise<GetCollisionsResult> =>
    resolverAnswer<GetCollisionsResult>(page, 'getCollisions', () =>
      page.goto(`${host.url}/jira/apps/campaigns/collisions?as=${encodeURIComponent(accountId)}`),
    );
  const setTheme = async (mode: 'light' | 'dark'): Promise<void> => {
    if ((await page.locator('html').getAttribute('data-color-mode')) !== mode) await page.locator('#theme-toggle').click();
    await app().locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
  };
  const campaign = (key: string) => {
    const c = campaigns.find((x) => x.campaignKey === key);
    if (!c) throw new Error(`the demo portfolio has no ${key}`);
    return c;
  };
  const names = (): string[] => campaigns.map((c) => c.name);

  beforeAll(async () => {
    checkBrowserPrerequisites('portfolio');
    host = await startTestHost({ queueMsPerSecond: 1 });
    const demo = await seedDemoCampaign(host.host);
    await seedDemoPortfolio(host.host);
    await waitForForecast(host.host, demo);
    campaigns = (await invokeResolver(host, CAMILLE.accountId, 'getPortfolio', {})).data.campaigns;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('names both campaigns of the demo’s collision and links to each, with the settings in a sentence, in French, light and dark', async () => {
    const answer = await open(CAMILLE.accountId);
    const overlap = answer.collisions.find(
      (c) =>
        c.kind === 'audience_overlap' &&
        c.campaigns
          .map((x) => x.campaignKey)
          .sort()
          .join() === 'EVT-1,MKT-12',
    );
    expect(overlap).toBeDefined();
    await app().getByRole('heading', { name: 'Collisions de lancements', level: 1 }).waitFor();
    const group = app().locator('section.collisions__group[data-kind="audience_overlap"]');
    await group.getByRole('heading', { name: 'Même cible', level: 2 }).waitFor();
    const item = group.getByTestId('collision').filter({ hasText: campaign('EVT-1').name });
    await item.waitFor();
    const text = (await item.locator('.collisions__text').textContent()) ?? '';
    expect(text).toBe(overlap?.text);
    for (const key of ['MKT-12', 'EVT-1']) {
      expect(text).toContain(campaign(key).name);
      expect(await item.getByRole('link', { name: campaign(key).name, exact: true }).getAttribute('href')).toBe(`/browse/${key}`);
    }
    await app()
      .getByTestId('collisions-settings-sentence')
      .getByText('Fenêtre de 7 jours, 3 validations par semaine au plus.')
      .first()
      .waitFor();
    expect(await app().getByTestId('collisions-omitted').count()).toBe(answer.omitted > 0 ? 1 : 0);
    // Camille is a site admin: the settings come as a form.
    await app().getByTestId('collisions-settings-form').waitFor();
    await page.screenshot({ path: join(RESULTS, 'portfolio-collisions-fr-light.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'collisions, light', { names: names() });
    await setTheme('dark');
    await page.screenshot({ path: join(RESULTS, 'portfolio-collisions-fr-dark.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    await setTheme('light');
  });

  it('refuses a blackout window that ends before it starts, saying so next to its end, in French', async () => {
    const form = app().getByTestId('collisions-settings-form');
    await form.getByRole('button', { name: 'Ajouter une période de gel' }).click();
    const fields = form.getByRole('group', { name: 'Période de gel 1' });
    await fields.getByLabel('Nom').fill(BLACKOUT);
    await fields.getByLabel('Début', { exact: true }).fill('2027-01-10');
    await fields.getByLabel('Fin', { exact: true }).fill('2027-01-05');
    await form.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    const end = fields.getByLabel('Fin', { exact: true });
    await fields
      .getByRole('alert')
      .getByText(/ne doit pas finir avant de commencer/)
      .waitFor();
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
    expect(await fields.locator(`[id="${describedBy}"]`).textContent()).toMatch(/ne doit pas finir avant de commencer/);
    expect(await fields.getByLabel('Début', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'settings refused', { names: [...names(), BLACKOUT] });
  });

  it('saves « Gel des contenus » around the e-book’s launch, which then appears as a blackout collision linking to it', async () => {
    const ebook = campaign('MKT-72');
    const start = format(addDays(new Date(`${ebook.launchDate}T12:00:00Z`), -2), 'yyyy-MM-dd');
    const endDay = format(addDays(new Date(`${ebook.launchDate}T12:00:00Z`), 2), 'yyyy-MM-dd');
    const form = app().getByTestId('collisions-settings-form');
    const fields = form.getByRole('group', { name: 'Période de gel 1' });
    await fields.getByLabel('Début', { exact: true }).fill(start);
    await fields.getByLabel('Fin', { exact: true }).fill(endDay);
    await fields.getByRole('checkbox', { name: 'Contenus', exact: true }).check();
    const after = await resolverAnswer<GetCollisionsResult>(page, 'getCollisions', () =>
      form.getByRole('button', { name: 'Enregistrer les réglages' }).click(),
    );
    expect(after.settings.blackouts).toEqual([expect.objectContaining({ name: BLACKOUT, start, end: endDay, channels: ['content'] })]);
    const blackout = after.collisions.find((c) => c.kind === 'blackout' && c.campaign.campaignKey === 'MKT-72');
    expect(blackout).toBeDefined();
    await app().getByTestId('collisions-settings-saved').waitFor();
    const group = app().locator('section.collisions__group[data-kind="blackout"]');
    await group.getByRole('heading', { name: 'Lancements pendant une période de gel', level: 2 }).waitFor();
    const item = group.getByTestId('collision').filter({ hasText: ebook.name });
    expect(await item.locator('.collisions__text').textContent()).toBe(blackout?.text);
    expect(blackout?.text).toContain(`«\u202f${BLACKOUT}\u202f»`);
    expect(await item.getByRole('link', { name: ebook.name, exact: true }).getAttribute('href')).toBe('/browse/MKT-72');
    // The saved window is in the form again after the reload, with its channel ticked.
    const saved = app().getByTestId('collisions-settings-form').getByRole('group', { name: 'Période de gel 1' });
    expect(await saved.getByLabel('Nom').inputValue()).toBe(BLACKOUT);
    expect(await saved.getByRole('checkbox', { name: 'Contenus', exact: true }).isChecked()).toBe(true);
    expect(await axe()).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'portfolio-collisions-fr-blackout.png'), fullPage: true });
    await findings.check(await frameOf(page, FRAME), 'blackout saved', { names: [...names(), BLACKOUT] });
  });

  it('shows Noah, who is not a site admin, the settings read-only with the reason, and no form', async () => {
    await open(NOAH.accountId);
    const settings = app().getByTestId('collisions-settings');
    await settings
      .getByTestId('collisions-settings-readonly')
      .getByText('Seuls les administrateurs du site Jira peuvent modifier ces réglages.')
      .waitFor();
    await settings.getByText(new RegExp(`^«\u202f${BLACKOUT}\u202f», `)).waitFor();
    expect(await app().getByTestId('collisions-settings-form').count()).toBe(0);
    expect(await app().getByRole('button', { name: 'Enregistrer les réglages' }).count()).toBe(0);
    // The resolver refuses him too.
    const refused = await invokeResolver(host, NOAH.accountId, 'savePortfolioSettings', {
      settings: { collisionWindowDays: 3, approverWeeklyGateLimit: 3, blackouts: [] },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'settings read-only', { names: [...names(), BLACKOUT] });
  });

  it('reads in English for Alex, light and dark', async () => {
    for (const mode of ['light', 'dark'] as const) {
      await open(ALEX.accountId);
      await setTheme(mode);
      await app().getByRole('heading', { name: 'Launch collisions', level: 1 }).waitFor();
      await app().getByRole('heading', { name: 'Same audience', level: 2 }).waitFor();
      await app().getByText('Window of 7 days, at most 3 sign-offs a week.').first().waitFor();
      expect(await axe()).toEqual([]);
      await page.screenshot({ path: join(RESULTS, `portfolio-collisions-en-${mode}.png`), fullPage: true });
    }
    await setTheme('light');
  });

  it('refuses a space that does not exist next to the space field, then publishes to the default space', async () => {
    // The report is the portfolio's: its button sits under the portfolio table.
    await page.goto(`${host.url}/jira/apps/campaigns/portfolio?as=${encodeURIComponent(CAMILLE.accountId)}`);
    const report = app().getByTestId('portfolio-report');
    const space = report.getByLabel('Clé de l’espace Confluence');
    await space.fill('NOPE');
    await report.getByRole('button', { name: 'Publier le rapport de portefeuille' }).click();
    await report.getByRole('alert').getByText(/NOPE/).waitFor({ timeout: 60_000 });
    expect(await space.getAttribute('aria-invalid')).toBe('true');
    // Left empty: the first visible project with a Confluence space (EVT has none on the demo site; MKT has).
    await space.fill('');
    await report.getByRole('button', { name: 'Publier le rapport de portefeuille' }).click();
    const result = app().getByTestId('portfolio-report-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toMatch(/^Rapport de portefeuille (publié|mis à jour \(version \d+\)) avec \d+ campagnes?\./);
    const link = result.getByRole('link', { name: /^Ouvrir «\s.+\s» dans Confluence$/ });
    expect(await link.getAttribute('href')).toMatch(/\/wiki\//);
    // The page's name, quoted with narrow no-break spaces inside « ».
    expect(await link.textContent()).toMatch(/^Ouvrir «\u202f.+\u202f» dans Confluence$/);
    expect(await axe()).toEqual([]);
    await findings.check(await frameOf(page, FRAME), 'report published', { names: [...names(), BLACKOUT] });
  });

  it('read no English and no French typography error, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
