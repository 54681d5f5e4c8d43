/**
 * Browser test of the issue panel while Jira's shared points pool is nearly spent (the host's `globalPool` fault):
 * instead of an error, Camille (French) and Alex (English, en-US) read the stored campaign with the time it was read
 * and when Jira is read again, in their own words and time zone (Europe/Paris on the demo site).
 * Needs `npm run build:static`.
 */
import type { Browser, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import type { GetCampaignPanelResult } from '../../src/contracts/campaign-panel';
import { clockTime, quotaWords, shortMoment } from '../../src/wording/catalog/quota';
import { invokeResolver } from '../support/invoke';
import { join } from 'node:path';
import {
  checkBrowserPrerequisites,
  closeOpened,
  launchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  screenshotFrame,
} from './support/browser';

jest.setTimeout(240_000);

const FRAME = 'iframe[data-module-key="campaign-panel"]';
const ZONE = 'Europe/Paris';

describe('the issue panel near the quota limit, in French and in English', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(host.host);
    // A first view stores the campaign's snapshot, as views before Jira's quota ran short did.
    const first = await invokeResolver(host, CAMILLE.accountId, 'getCampaignPanel', {}, { moduleKey: 'campaign-panel', issueKey: epicKey });
    expect(first.ok).toBe(true);
    // Under 20 % of the shared pool left; one Jira answer tells the app.
    await host.call(null, 'POST', '/local/faults', { globalPool: { limit: 65_000, remaining: 9_000, otherTenantsPointsPerMinute: 100 } });
    const seen = await invokeResolver(host, CAMILLE.accountId, 'getIssueOverview', {}, { moduleKey: 'campaign-panel', issueKey: epicKey });
    expect(seen.ok).toBe(true);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  async function noticeFor(accountId: string): Promise<{ text: string; answer: GetCampaignPanelResult }> {
    const answer = await resolverAnswer<GetCampaignPanelResult>(page, 'getCampaignPanel', () =>
      page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(accountId)}`),
    );
    const notice = page.frameLocator(FRAME).getByTestId('quota-notice');
    await notice.waitFor();
    return { text: (await notice.textContent()) ?? '', answer };
  }

  it('shows Camille the stored data with its time in French', async () => {
    const { text, answer } = await noticeFor(CAMILLE.accountId);
    if (answer.mode === 'none' || !answer.quota) throw new Error('the panel was not served from its snapshot');
    expect(answer.quota.state).toBe('near');
    await screenshotFrame(page, FRAME, join(RESULTS, 'panel-quota-near-fr.png'));
    expect(text).toBe(
      quotaWords('fr').cachedData(shortMoment('fr_FR', answer.quota.asOf, ZONE), clockTime('fr_FR', answer.quota.resumesAt, ZONE)),
    );
    expect(text).toMatch(
      /^Données du \d{1,2}(er)? \S+ à \d{1,2}\u202fh(\u202f\d\d)? \(Jira est saturé, mise à jour après \d{1,2}\u202fh(\u202f\d\d)?\)$/,
    );
  });

  it('shows Alex the same in English, and no page error', async () => {
    const { text, answer } = await noticeFor(ALEX.accountId);
    if (answer.mode === 'none' || !answer.quota) throw new Error('the panel was not served from its snapshot');
    expect(text).toBe(
      quotaWords('en').cachedData(shortMoment('en_US', answer.quota.asOf, ZONE), clockTime('en_US', answer.quota.resumesAt, ZONE)),
    );
    expect(text.replace(/\u202f/g, ' ')).toMatch(
      /^Data as of [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d\d [AP]M \(Jira is busy, updated after \d{1,2}(:\d\d)? [AP]M\)$/,
    );
    expect(problems).toEqual([]);
  });
});
