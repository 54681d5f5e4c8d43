/**
 * Browser test of the KPI CSV import in French at 1280 and 800 px (issue 15): on a campaign's epic, Camille opens the
 * import form, picks a channel report with a bad line (the problem by line and column, nothing to import), then the
 * fixed file (the totals per channel), and imports it (the panel shows the spend per channel). Everything she can
 * read at each step is checked: no English of any catalogue, no raw id or slug, no ISO date; the panel never scrolls
 * sideways; no page error. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE } from '../../local/identity/demo-users';
import type { CampaignPlan } from '../../src/domain/model';
import { createCampaign, planLaunchingIn } from '../app/report/report-fixture';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  RESULTS,
  screenshotFrame,
} from './support/browser';
import { FrenchFindings } from './support/french-text';
import { sidewaysScroll } from './support/layout';

jest.setTimeout(240_000);

const FRAME = 'iframe[data-module-key="campaign-panel"]';
/** The CSV's dates are the file's own (ISO in a channel export); the preview must word them, not repeat them. */
const GOOD = ['time,Search_spend,Social_spend', '2026-11-02,1200.50,800', '2026-11-09,1300,750.25', ''].join('\n');
const BAD = ['time,Search_spend,Social_spend', '2026-11-02,1200.50,800', '2026-11-09,douze,750.25', ''].join('\n');
/** The file's column names, which the preview quotes: the person's data, not the app's words. */
const COLUMNS = ['Search_spend', 'Social_spend', 'time'];

/** The fixture's plan with its rows and KPIs named in French, as Camille would have named them. */
function frenchPlan(plan: CampaignPlan): CampaignPlan {
  const summary = (s: string): string =>
    s.replace(/^Task (\d+) of milestone (\d+)$/, 'Tâche $1 du jalon $2').replace(/^Milestone (\d+)$/, 'Jalon $1');
  return {
    ...plan,
    language: 'fr',
    rows: plan.rows.map((r) => ({ ...r, summary: summary(r.summary) })),
    kpis: plan.kpis.map((k) => ({ ...k, name: k.name === 'Click-through rate' ? 'Taux de clic' : k.name })),
  };
}

describe('the KPI CSV import in French, at 1280 and 800 px', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  let rowIds: string[];
  const problems: string[] = [];
  const findings = new FrenchFindings();

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    const plan = frenchPlan(planLaunchingIn(30, 'kpi-fr-e2e'));
    rowIds = plan.rows.map((r) => r.rowId);
    ({ epicKey } = await createCampaign(host, plan, 'kpi-fr-e2e-1'));
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);
  const pick = (name: string, text: string): Promise<void> =>
    panel()
      .getByLabel('Fichier CSV')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  async function check(width: number, step: string): Promise<void> {
    const frame = await frameOf(page, FRAME);
    await screenshotFrame(page, FRAME, join(RESULTS, `kpi-import-${step}-fr-${width}.png`));
    const textFile = join(RESULTS, `kpi-import-${step}-fr-${width}.txt`);
    await findings.check(frame, `${step} at ${width} px`, { ids: rowIds, names: COLUMNS, textFile });
    expect([step, width, await sidewaysScroll(frame)]).toEqual([step, width, { page: 0, elements: [] }]);
  }

  /**
   * Opens the import form. Once, in a full run on a loaded machine, the form did not show within 30 s of the click
   * (the cause is not found; it never happened alone): the click is tried again, as a person would.
   */
  async function openImportForm(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      await panel().getByRole('button', { name: 'Importer un CSV' }).click();
      try {
        await panel().getByLabel('Fichier CSV').waitFor({ timeout: 10_000 });
        return;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
  }

  for (const width of [1280, 800]) {
    it(`shows the bad line, then the fixed file's preview, in French, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 1200 });
      await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
      await panel().getByRole('region', { name: 'Santé', exact: true }).waitFor();
      await openImportForm();
      await check(width, 'form');

      await pick('rapport-casse.csv', BAD);
      const errors = panel().getByTestId('kpi-import-errors');
      await errors.waitFor();
      expect(await errors.locator('tbody tr').first().locator('td').nth(0).innerText()).toBe('3');
      expect(await panel().getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
      await check(width, 'bad-line');

      await pick('rapport.csv', GOOD);
      await panel().getByTestId('kpi-import-channels').waitFor();
      await panel().getByText('Aucun problème trouvé.').waitFor();
      await check(width, 'preview');
    });
  }

  it('imports the fixed file and shows the spend per channel, in French, at 800 px', async () => {
    await panel().getByRole('button', { name: 'Importer', exact: true }).click();
    await panel()
      .getByRole('status')
      .filter({ hasText: /Importé\u202f?: 0 valeurs d’indicateurs et 4 montants de dépenses/ })
      .waitFor();
    await panel().getByTestId('channel-spend').waitFor();
    await check(800, 'imported');
  });

  it('read right in French at every step, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
