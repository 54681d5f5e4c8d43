/**
 * Browser test of "Ask Rovo" / « Demander à Rovo » on the issue panel (issue 17): shown only when `rovo.isEnabled()`
 * says the site has Rovo; pressing it calls `rovo.open()` for the app's agent with a question about the campaign,
 * which the local host answers by opening its Rovo chat stand-in beside the page. With Rovo off, the panel shows
 * no button and nothing else changes. Needs `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import type { GetCampaignPanelResult } from '../../src/contracts/campaign-panel';
import { assistantWords } from '../../src/wording/catalog/assistant';
import { checkBrowserPrerequisites, closeOpened, currentPanelAnswer, launchChromium, recordProblems, RESULTS } from './support/browser';

jest.setTimeout(180_000);

const FRAME = 'iframe[data-module-key="campaign-panel"]';

describe('Ask Rovo on the issue panel', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  let name: string;
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
  const open = async (accountId: string): Promise<void> => {
    const answer = await currentPanelAnswer<GetCampaignPanelResult>(page, () =>
      page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(accountId)}`),
    );
    if (answer.mode === 'none') throw new Error(`${epicKey} is not a campaign`);
    name = answer.campaign.name;
    await panel().locator('.campaign__name').waitFor();
  };

  it('offers « Demander à Rovo » to Camille and opens the agent’s chat with a question about the campaign', async () => {
    await open(CAMILLE.accountId);
    const fr = assistantWords.fr;
    const button = panel().getByRole('button', { name: fr.askRovo, exact: true });
    await button.waitFor();
    expect(await button.getAttribute('title')).toBe(fr.askRovoHint);
    await button.click();
    const chat = page.frameLocator('#rovo-drawer iframe');
    await chat.getByRole('heading', { name: 'Campaign assistant', exact: true }).waitFor();
    expect(await chat.locator('#rovo-message').inputValue()).toBe(fr.askAbout(epicKey, name));
    await chat.getByText('GET campaign-status', { exact: true }).waitFor();
    const state = await host.call(null, 'GET', '/local/rovo');
    expect(state.body.opened.at(-1)).toMatchObject({
      accountId: CAMILLE.accountId,
      agentKey: 'campaign-assistant',
      agentName: 'Campaign assistant',
      prompt: fr.askAbout(epicKey, name),
      issueKey: epicKey,
    });
    await page.screenshot({ path: join(RESULTS, 'ask-rovo-open-fr.png') });
    expect(problems).toEqual([]);
  });

  it('runs a scripted round trip in the chat stand-in: the question, the action with its inputs, the answer', async () => {
    await host.call(null, 'POST', '/local/rovo/script', {
      turns: [{ calls: [{ action: 'campaign-status', inputs: {} }], reply: 'Réponse du modèle scripté.' }],
    });
    const chat = page.frameLocator('#rovo-drawer iframe');
    await chat.getByRole('button', { name: 'Send', exact: true }).click();
    const exchange = chat.locator('.rovo-chat__exchange').last();
    await exchange.locator('[data-action="campaign-status"]').waitFor();
    expect(await exchange.locator('.rovo-chat__question').innerText()).toBe(assistantWords.fr.askAbout(epicKey, name));
    expect(await exchange.locator('.rovo-chat__reply').innerText()).toBe('Réponse du modèle scripté.');
    const answer = JSON.parse(await exchange.locator('.rovo-chat__json').nth(1).innerText()) as { ok: boolean; campaign: { key: string } };
    expect(answer).toMatchObject({ ok: true, campaign: { key: epicKey } });
    expect(problems).toEqual([]);
  });

  it('shows "Ask Rovo" in English to Alex, and no button at all once Rovo is off', async () => {
    await open(ALEX.accountId);
    await panel().getByRole('button', { name: assistantWords.en.askRovo, exact: true }).waitFor();
    await host.call(null, 'POST', '/local/rovo', { enabled: false });
    try {
      // The panel asked the bridge and heard "off": nothing is shown once that answer is in.
      const asked = page.waitForResponse((r) => r.url().endsWith('/local/bridge/rovo/enabled'));
      await open(ALEX.accountId);
      expect(await (await asked).json()).toEqual({ enabled: false });
      await panel().getByRole('region').first().waitFor();
      expect(await panel().getByTestId('ask-rovo').count()).toBe(0);
      expect(await panel().getByText(assistantWords.en.askRovo).count()).toBe(0);
      expect(await page.locator('#rovo-drawer').count()).toBe(0);
      await page.screenshot({ path: join(RESULTS, 'ask-rovo-off-en.png') });
    } finally {
      await host.call(null, 'POST', '/local/rovo', { enabled: true });
    }
    expect(problems).toEqual([]);
  });
});
