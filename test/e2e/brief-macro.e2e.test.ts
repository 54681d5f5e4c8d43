/**
 * Browser test of the Confluence macro « Statut de campagne » / "Campaign status" in the local Confluence page view,
 * with the demo campaign MKT-12. Camille (French) edits the French brief, pastes the epic's Jira address: autoConvert
 * turns it into the macro (a new page version), which shows the campaign's live status in French as the panel computes
 * it. She opens its configuration: a key that is not one is refused naming the field; another issue is saved in the page
 * and shown as not a campaign; MKT-12 again. Alex (English) reads the same page in English. A pasted address that
 * matches no macro stays a link. Axe with no serious violation, the French text check. Needs `npm run build:static`.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../local/confluence/seed';
import { seedDemoCampaign, waitForForecast } from '../../local/seed/demo-campaign';
import { startTestHost, type TestHost } from '../support/host';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  seriousAxeViolations,
} from './support/browser';
import { FrenchFindings } from './support/french-text';

jest.setTimeout(240_000);

const VIEW = 'iframe[data-module-key="campaign-status-macro"][data-macro-mode="view"]';
const CONFIG = 'iframe[data-module-key="campaign-status-macro"][data-macro-mode="config"]';

describe('the campaign status macro in a Confluence page (FR and EN, autoConvert and configuration)', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  let epicName: string;
  const problems: string[] = [];
  const findings = new FrenchFindings();

  const macro = (): FrameLocator => page.frameLocator(VIEW);
  const open = (accountId: string) =>
    page.goto(`${host.url}/wiki/spaces/MKT/pages/${BLACK_FRIDAY_FR_BRIEF_ID}/Brief?as=${encodeURIComponent(accountId)}`);
  const storage = async (): Promise<{ version: number; value: string }> => {
    const res = await host.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${BLACK_FRIDAY_FR_BRIEF_ID}?body-format=storage`);
    return { version: res.body.version.number as number, value: res.body.body.storage.value as string };
  };

  beforeAll(async () => {
    checkBrowserPrerequisites('brief-macro');
    host = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(host.host);
    await waitForForecast(host.host, epicKey);
    epicName = (await host.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epicKey}?fields=summary`)).body.fields.summary as string;
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('a pasted Jira issue address becomes the macro, showing the live status in French', async () => {
    const before = await storage();
    await open(CAMILLE.accountId);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator(VIEW).count()).toBe(0);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Paste into the page (at its end)').fill(`https://acme.atlassian.net/browse/${epicKey}`);
    await page.getByRole('button', { name: 'Paste' }).click();
    await page.locator(VIEW).waitFor();
    const after = await storage();
    expect(after.version).toBe(before.version + 1);
    expect(after.value.startsWith(before.value)).toBe(true);
    expect(after.value).toContain(
      `<ac:adf-parameter key="auto-convert-link">https://acme.atlassian.net/browse/${epicKey}</ac:adf-parameter>`,
    );

    const m = macro();
    await m.getByRole('heading', { name: `Statut de campagne — ${epicName}` }).waitFor();
    for (const label of ['Santé', 'Lancement', 'Prévision (P85)', 'Consommation du budget', 'Validations'])
      await m.getByText(label, { exact: true }).waitFor();
    await m.getByText(/dépensés sur/).waitFor();
    await m.getByRole('link', { name: `Ouvrir l’epic ${epicKey}` }).waitFor();
    await m.getByText(/La page est en cours de modification/).waitFor();
    expect(await seriousAxeViolations(await frameOf(page, VIEW))).toEqual([]);
    await findings.check(await frameOf(page, VIEW), 'macro, editing', { names: [epicName] });
  });

  it('its configuration picks the campaign: refused naming the field, saved in the page, shown', async () => {
    await page.getByRole('button', { name: 'Edit macro' }).click();
    const config = page.frameLocator(CONFIG);
    const field = config.getByLabel('Clé de l’epic de la campagne, ou adresse d’un ticket Jira');
    await field.waitFor();
    expect(await field.inputValue()).toBe(epicKey);
    await field.fill('pas une clé');
    await config.getByRole('button', { name: 'Enregistrer' }).click();
    await config.getByRole('alert').filter({ hasText: 'Campagne\u202f: doit être une clé de ticket comme MKT-12' }).waitFor();
    expect(await seriousAxeViolations(await frameOf(page, CONFIG))).toEqual([]);
    await findings.check(await frameOf(page, CONFIG), 'configuration');
    const versionBefore = (await storage()).version;
    await field.fill('mkt-1');
    await config.getByRole('button', { name: 'Enregistrer' }).click();
    await macro().getByText('MKT-1 n’est pas une campagne créée avec Campaign Control.').waitFor();
    const saved = await storage();
    expect(saved.version).toBe(versionBefore + 1);
    expect(saved.value).toContain(
      '<ac:adf-parameter key="guest-params"><ac:adf-parameter key="issue-key">MKT-1</ac:adf-parameter></ac:adf-parameter>',
    );

    await page.getByRole('button', { name: 'Edit macro' }).click();
    await page.frameLocator(CONFIG).getByLabel('Clé de l’epic de la campagne, ou adresse d’un ticket Jira').fill(epicKey);
    await page.frameLocator(CONFIG).getByRole('button', { name: 'Enregistrer' }).click();
    await macro()
      .getByRole('heading', { name: `Statut de campagne — ${epicName}` })
      .waitFor();
    expect(await page.locator(CONFIG).count()).toBe(0);
  });

  it('reads in the reader’s language: English for Alex, out of the editor', async () => {
    await open(ALEX.accountId);
    const m = macro();
    await m.getByRole('heading', { name: `Campaign status — ${epicName}` }).waitFor();
    for (const label of ['Health', 'Launch', 'Forecast (P85)', 'Budget burn', 'Sign-off'])
      await m.getByText(label, { exact: true }).waitFor();
    await m.getByText(/ of .* spent \(/).waitFor();
    await m.getByRole('link', { name: `Open the epic ${epicKey}` }).waitFor();
    expect(await m.getByText(/being edited/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit macro' }).count()).toBe(0);
    expect(await seriousAxeViolations(await frameOf(page, VIEW))).toEqual([]);
  });

  it('an address no macro matches stays a link, and the French page view has no text problem', async () => {
    await open(CAMILLE.accountId);
    await macro()
      .getByRole('heading', { name: `Statut de campagne — ${epicName}` })
      .waitFor();
    await findings.check(await frameOf(page, VIEW), 'macro, reading', { names: [epicName] });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Paste into the page (at its end)').fill('https://example.com/campagne');
    await page.getByRole('button', { name: 'Paste' }).click();
    await page.locator('article a[href="https://example.com/campagne"]').waitFor();
    expect(await page.locator(VIEW).count()).toBe(1);
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
