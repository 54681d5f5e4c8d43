/**
 * Browser test of the campaign issue panel in French at 1280 and 800 px (issue 15): Camille, the PM, reads the demo
 * campaign's epic (a Black Friday campaign under way: costs booked, gates signed off, the forecast computed) and a
 * task under it (the compact panel). Everything she can read, folded details opened, is checked: no English of any
 * catalogue, no raw id or slug, no ISO date; the panel never scrolls sideways; no page error.
 * Needs `npm run build:static`.
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { CAMILLE } from '../../local/identity/demo-users';
import type { GetCampaignPanelResult } from '../../src/contracts/campaign-panel';
import {
  checkBrowserPrerequisites,
  closeOpened,
  currentPanelAnswer,
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
const WIDTHS = [1280, 800];

describe('the campaign panel in French, on the epic and on a task, at 1280 and 800 px', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  let taskKey: string;
  const problems: string[] = [];
  const findings = new FrenchFindings();

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(host.host);
    // A task of the campaign still to do, so its milestone and gate are open.
    const found = await host.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: `parent = ${epicKey} AND issuetype = Task AND statusCategory != Done ORDER BY key`,
      fields: ['summary'],
      maxResults: 1,
    });
    taskKey = found.body.issues[0].key as string;
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);

  /** The panel on `issueKey` once its forecast is current and the sign-off view has loaded. */
  async function open(issueKey: string, mode: 'epic' | 'compact'): Promise<Frame> {
    const answer = await currentPanelAnswer<GetCampaignPanelResult>(page, () =>
      page.goto(`${host.url}/browse/${issueKey}?as=${encodeURIComponent(CAMILLE.accountId)}`),
    );
    expect(answer.mode).toBe(mode);
    await panel().getByRole('region', { name: 'Santé', exact: true }).waitFor();
    if (mode === 'epic') await panel().locator('details.record').first().waitFor();
    return frameOf(page, FRAME);
  }

  /** The panel as it opens (screenshot), then with every folded detail open: all its text, and no sideways scroll. */
  async function check(frame: Frame, width: number, shot: string): Promise<void> {
    expect(await panel().locator('html').getAttribute('lang')).toBe('fr');
    await screenshotFrame(page, FRAME, join(RESULTS, `${shot}-fr-${width}.png`));
    expect([width, await sidewaysScroll(frame)]).toEqual([width, { page: 0, elements: [] }]);
    await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const textFile = join(RESULTS, `${shot}-fr-${width}.txt`);
    await findings.check(frame, `${shot} at ${width} px`, { textFile });
    expect([width, await sidewaysScroll(frame)]).toEqual([width, { page: 0, elements: [] }]);
  }

  for (const width of WIDTHS) {
    it(`reads right on the epic at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      const frame = await open(epicKey, 'epic');
      for (const name of ['Consommation du budget', 'Risque sur les échéances', 'Validations', 'Indicateurs clés'])
        await panel().getByRole('region', { name, exact: true }).waitFor();
      await check(frame, width, 'panel-epic');
    });

    it(`reads right on a task (the compact panel) at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      const frame = await open(taskKey, 'compact');
      await panel().getByRole('region', { name: 'Jalon de ce ticket', exact: true }).waitFor();
      await check(frame, width, 'panel-task');
    });
  }

  it('read right in French everywhere, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
