/**
 * Browser test of the status report in French at 1280 and 800 px (issue 15): Camille publishes the demo campaign's
 * report from the epic's panel; the page the app wrote is read back from the Confluence emulator in its storage
 * format and shown in the browser (the host serves no Confluence page view yet), status macros as their label, the
 * way Confluence shows them. Everything on the page is checked: no English of any catalogue, no raw id or slug, no
 * ISO date; the page never scrolls sideways; no page error. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { CAMILLE } from '../../local/identity/demo-users';
import type { PublishStatusReportResult } from '../../src/contracts/status-report';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
} from './support/browser';
import { FrenchFindings } from './support/french-text';
import { sidewaysScroll } from './support/layout';

jest.setTimeout(240_000);

const FRAME = 'iframe[data-module-key="campaign-panel"]';

/**
 * A page's storage format as Confluence shows it, near enough for reading its text: a status macro is its label, a
 * macro's other parameters are not shown, tables get Confluence's borders.
 */
function storageAsHtml(title: string, storage: string): string {
  const body = storage.replace(
    /<ac:structured-macro ac:name="status">(?:(?!<\/ac:structured-macro>).)*?<ac:parameter ac:name="title">([^<]*)<\/ac:parameter>(?:(?!<\/ac:structured-macro>).)*?<\/ac:structured-macro>/gs,
    '<span class="status">$1</span>',
  );
  const style = [
    'body { font: 14px/1.5 system-ui, sans-serif; margin: 24px; max-width: 1000px; }',
    'table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }',
    '.status { font: 700 11px/16px system-ui; text-transform: uppercase; padding: 0 4px; border-radius: 3px; background: #dfe1e6; }',
    'ac\\:parameter { display: none; }',
  ].join('\n');
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escaped}</title><style>${style}</style></head><body><h1>${escaped}</h1>${body}</body></html>`;
}

describe('the status report in French, as published to Confluence, at 1280 and 800 px', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  let report: { title: string; html: string };
  const problems: string[] = [];
  const findings = new FrenchFindings();

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(host.host);
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);

  it('publishes the report from the panel, in French', async () => {
    await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
    const button = panel().getByRole('button', { name: 'Publier le rapport de statut' });
    await button.waitFor();
    const answer = await resolverAnswer<PublishStatusReportResult>(page, 'publishStatusReport', () => button.click());
    expect(answer).toMatchObject({ kind: 'status', version: 1, language: 'fr' });
    await panel().getByText('Rapport de statut publié (version 1).').waitFor();
    await findings.check(await frameOf(page, FRAME), 'panel after publishing');

    const stored = await host.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${answer.pageId}?body-format=storage`);
    expect(stored.status).toBe(200);
    const storage = stored.body.body.storage.value as string;
    expect(storage).toContain('<h2>');
    report = { title: stored.body.title as string, html: storageAsHtml(stored.body.title as string, storage) };
  });

  for (const width of [1280, 800]) {
    it(`reads right as a page at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      await page.setContent(report.html);
      await page.getByRole('heading', { level: 1, name: report.title }).waitFor();
      await page.screenshot({ path: join(RESULTS, `report-fr-${width}.png`), fullPage: true });
      await findings.check(page, `report at ${width} px`, { textFile: join(RESULTS, `report-fr-${width}.txt`) });
      expect([width, await sidewaysScroll(page.mainFrame())]).toEqual([width, { page: 0, elements: [] }]);
    });
  }

  it('read right in French everywhere, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
