/**
 * Browser test of the CSV import on the epic's issue panel: Camille picks a channel report with a bad line, sees
 * the problem by line and column and cannot import; picks the fixed file, sees the totals per channel, imports, and
 * the panel's KPI section shows the spend per channel. No serious axe-core violation. Needs Debian's chromium and
 * `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE } from '../../local/identity/demo-users';
import { createCampaign, planLaunchingIn } from '../app/report/report-fixture';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';

jest.setTimeout(180_000);

const GOOD = ['time,Search_spend,Social_spend', '2026-11-02,1200.50,800', '2026-11-09,1300,750.25', ''].join('\n');
const BAD = ['time,Search_spend,Social_spend', '2026-11-02,1200.50,800', '2026-11-09,douze,750.25', ''].join('\n');

describe('CSV import of a channel report from the issue panel', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    ({ epicKey } = await createCampaign(host, planLaunchingIn(30, 'kpi-e2e'), 'kpi-e2e-1'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="campaign-panel"]');
  const panelFrame = (): Promise<Frame> => frameOf(page, 'iframe[data-module-key="campaign-panel"]');
  const pick = (name: string, text: string): Promise<void> =>
    panel()
      .getByLabel('Fichier CSV')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  it('shows a bad line by line and column, imports the fixed file, and the panel shows the spend per channel', async () => {
    await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await panel().getByRole('button', { name: 'Importer un CSV' }).click();

    await pick('rapport-casse.csv', BAD);
    const errors = panel().getByTestId('kpi-import-errors');
    await errors.waitFor();
    // Line 3 of the file (the header is line 1), column Search_spend.
    const row = errors.locator('tbody tr').first();
    expect(await row.locator('td').nth(0).innerText()).toBe('3');
    expect(await row.locator('td').nth(1).innerText()).toBe('Search_spend');
    expect(await panel().getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);

    await pick('rapport.csv', GOOD);
    const channels = panel().getByTestId('kpi-import-channels');
    await channels.waitFor();
    await panel().getByText('Aucun problème trouvé.').waitFor();
    // Money in whole euros, in the French locale, as elsewhere in the panel.
    const search = await channels.getByRole('row', { name: /Search/ }).innerText();
    expect(search.replace(/\s/g, '')).toContain('2501€');
    await screenshotFrame(page, 'iframe[data-module-key="campaign-panel"]', join(RESULTS, 'kpi-import-preview-panel.png'));
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);

    await panel().getByRole('button', { name: 'Importer', exact: true }).click();
    await panel()
      .getByRole('status')
      .filter({ hasText: /Importé\u202f: 0 valeurs d’indicateurs et 4 montants de dépenses/ })
      .waitFor();
    const spend = panel().getByTestId('channel-spend');
    await spend.waitFor();
    expect((await spend.getByRole('row', { name: /Social/ }).innerText()).replace(/\s/g, '')).toContain('1550€');
    expect(problems).toEqual([]);
  });
});
