/**
 * Browser test of "Publish status report" on the epic's issue panel: Camille publishes, the panel shows the page's
 * version and a link to it, and the page is in the Confluence emulator; Noah is refused with the reason; no serious
 * axe-core violation. Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE, NOAH } from '../../local/identity/demo-users';
import type { PublishStatusReportResult } from '../../src/contracts/status-report';
import { createCampaign, planLaunchingIn } from '../app/report/report-fixture';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';

jest.setTimeout(180_000);

describe('Publish status report from the issue panel', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    ({ epicKey } = await createCampaign(host, planLaunchingIn(30, 'report-e2e'), 'report-e2e-1'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="campaign-panel"]');
  const panelFrame = (): Promise<Frame> => frameOf(page, 'iframe[data-module-key="campaign-panel"]');

  it('publishes the report as Camille and links to the page with its version', async () => {
    await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
    const button = panel().getByRole('button', { name: 'Publier le rapport de statut' });
    await button.waitFor();
    const answer = await resolverAnswer<PublishStatusReportResult>(page, 'publishStatusReport', () => button.click());
    expect(answer).toMatchObject({ kind: 'status', version: 1, created: true });
    await panel().getByText('Rapport de statut publié (version 1).').waitFor();
    const link = panel().getByRole('link', { name: `Ouvrir « ${answer.title} » dans Confluence` });
    expect(await link.getAttribute('href')).toBe(answer.url);
    const stored = await host.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${answer.pageId}`);
    expect(stored.body).toMatchObject({ title: answer.title, version: { number: 1 } });

    const again = await resolverAnswer<PublishStatusReportResult>(page, 'publishStatusReport', () => button.click());
    expect(again).toMatchObject({ pageId: answer.pageId, version: 2, created: false });
    await panel().getByText('Rapport de statut mis à jour (version 2).').waitFor();
    await screenshotFrame(page, 'iframe[data-module-key="campaign-panel"]', join(RESULTS, 'status-report-published-panel.png'));
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('tells Noah up front why he may not publish, with no button to try', async () => {
    await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(NOAH.accountId)}`);
    await panel()
      .getByTestId('publish-refusal')
      .getByText('Seuls le chef de projet de la campagne et les administrateurs du projet MKT peuvent publier le rapport de la campagne.', {
        exact: true,
      })
      .waitFor();
    expect(await panel().getByRole('button', { name: 'Publier le rapport de statut' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
