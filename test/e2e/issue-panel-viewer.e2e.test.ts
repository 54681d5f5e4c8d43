/**
 * Browser test of the panel's actions in French (issue 15, "actions that know the user"): on the demo campaign, Inès
 * (a read-only viewer) reads a read-only panel with no write button at all (no report to publish, no export, no KPI
 * tool) and no English; Noah (a designer who approves nothing) is told on the open gate why he has no decision button.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { INES, NOAH } from '../../local/identity/demo-users';
import type { CampaignPanel, GetCampaignPanelResult } from '../../src/contracts/campaign-panel';
import { signOffStringsFor } from '../../static/issue-panel/src/signoff-strings';
import { kpiStringsFor } from '../../static/issue-panel/src/kpi-strings';
import { reportStringsFor } from '../../static/issue-panel/src/report-strings';
import {
  checkBrowserPrerequisites,
  closeOpened,
  currentPanelAnswer,
  launchChromium,
  recordProblems,
  RESULTS,
  screenshotFrame,
} from './support/browser';

jest.setTimeout(180_000);

const FRAME = 'iframe[data-module-key="campaign-panel"]';

/** Every write action the panel can offer, by its label in each language (the panel's own catalogues). */
const writeLabels = (lang: 'en' | 'fr'): string[] => {
  const so = signOffStringsFor(lang);
  const kpi = kpiStringsFor(lang);
  return [
    reportStringsFor(lang).publish,
    so.exportCampaign,
    so.exportCsv,
    kpi.importCsv,
    kpi.connectTool,
    ...Object.values(so.decide),
    so.delegate,
  ];
};

describe('the panel’s actions for the people it concerns, in French', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(host.host);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
  });
  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator(FRAME);
  const open = async (accountId: string): Promise<CampaignPanel> => {
    const answer = await currentPanelAnswer<GetCampaignPanelResult>(page, () =>
      page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(accountId)}`),
    );
    if (answer.mode === 'none') throw new Error(`${epicKey} is not a campaign`);
    await panel().getByRole('region', { name: 'Validations', exact: true }).waitFor();
    // The sign-off view (getSignOff) loads after the panel: wait for a gate's record, which only it shows.
    await panel().locator('details.record').first().waitFor();
    return answer;
  };

  it('shows Inès a read-only panel: no write button, the import form never opens, no English', async () => {
    const answer = await open(INES.accountId);
    expect(answer.actions?.role).toBe('viewer');
    await panel().getByTestId('read-only').getByText('Lecture seule', { exact: false }).waitFor();
    // Every button of the page, hidden ones too (a collapsed record's export): none is a write action.
    const buttons = (await panel().locator('button').allTextContents()).map((b) => b.trim());
    expect(buttons.filter((b) => writeLabels('fr').includes(b))).toEqual([]);
    expect(await panel().locator('#kpi-tool-import, #kpi-tool-connector').count()).toBe(0);
    const text = await panel().locator('body').innerText();
    for (const english of [...writeLabels('en'), 'Only the campaign', 'You are not', 'The gate', 'Read only'])
      expect(text).not.toContain(english);
    await screenshotFrame(page, FRAME, join(RESULTS, 'issue-panel-viewer-fr-panel.png'));
    expect(problems).toEqual([]);
  });

  it('tells Noah, a designer who approves nothing, why he cannot decide on the open gate, and why the PM tools are not his', async () => {
    const answer = await open(NOAH.accountId);
    expect(answer.actions?.role).toBe('editor');
    const openGate = answer.gates.find((g) => g.state === 'open');
    if (!openGate) throw new Error('the demo campaign has an open gate');
    const card = panel().getByTestId(`gate-${openGate.gateId}`);
    await card.getByText('Vous n’êtes pas valideur de cette validation.', { exact: true }).waitFor();
    for (const d of Object.values(signOffStringsFor('fr').decide))
      expect(await card.getByRole('button', { name: d, exact: true }).count()).toBe(0);
    await panel()
      .getByTestId('publish-refusal')
      .getByText(/^Seuls le chef de projet de la campagne/)
      .waitFor();
    await panel().getByTestId('kpi-tools-refusal').waitFor();
    expect(
      await panel()
        .getByRole('button', { name: kpiStringsFor('fr').importCsv, exact: true })
        .count(),
    ).toBe(0);
    await screenshotFrame(page, FRAME, join(RESULTS, 'issue-panel-designer-fr-panel.png'));
    expect(problems).toEqual([]);
  });
});
