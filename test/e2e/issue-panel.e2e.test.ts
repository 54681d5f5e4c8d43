/**
 * Browser test of the Custom UI issue panel on the local host's issue view: the panel gets its data from the
 * `getIssueOverview` resolver through the local bridge, speaks the viewer's language, and follows the user switcher.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE, INES, type DemoUser } from '../../local/identity/demo-users';
import { checkBrowserPrerequisites, launchChromium, recordProblems, RESULTS } from './support/browser';

/** The panel's own strings (static/issue-panel/src/i18n.ts), chosen from the user's Jira locale. */
const viewingAs = (u: DemoUser): string => (u.locale.startsWith('fr') ? `Consulté par ${u.displayName}` : `Viewing as ${u.displayName}`);

jest.setTimeout(90_000);

describe('issue panel in the local issue view', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="campaign-panel"]');

  /** What the resolver answers for this user, read from the panel's own /local/invoke call. */
  async function overviewFrom(trigger: () => Promise<unknown>): Promise<{ issue: { key: string; summary: string }; actingUser: { displayName: string } }> {
    const invoked = page.waitForResponse((r) => r.url().endsWith('/local/invoke') && r.request().method() === 'POST', { timeout: 20_000 });
    const [response] = await Promise.all([invoked, trigger()]).catch(async (e: Error) => {
      // Say what the issue view showed instead (e.g. Jira's 404), which is more useful than a bare timeout.
      await page.screenshot({ path: join(RESULTS, 'issue-panel-failure.png'), fullPage: true }).catch(() => undefined);
      const shown = (await page.locator('#issue').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
      throw new Error(`The panel never called /local/invoke (${e.message}). The issue view showed: "${shown}"`);
    });
    // The host's answer wraps the resolver's own `{ok, data}` envelope.
    const answer = (await response.json()) as { ok: boolean; result?: any; error?: { code: string; message: string } };
    if (!answer.ok) throw new Error(`getIssueOverview failed in the host: ${answer.error?.code} ${answer.error?.message}`);
    if (!answer.result?.ok) throw new Error(`getIssueOverview refused: ${answer.result?.error?.code} ${answer.result?.error?.message}`);
    return answer.result.data;
  }

  it('shows the resolver data as Camille Martin, in French', async () => {
    const overview = await overviewFrom(() => page.goto(`${host.url}/browse/MKT-1?as=${encodeURIComponent(CAMILLE.accountId)}`));
    expect(overview.issue.key).toBe('MKT-1');
    expect(overview.actingUser.displayName).toBe(CAMILLE.displayName);

    await panel().getByRole('heading', { name: 'Campaign Control', exact: true }).waitFor();
    await panel().getByRole('heading', { name: overview.issue.summary }).waitFor();
    await panel().getByText(viewingAs(CAMILLE)).waitFor();
    expect(await panel().locator('html').getAttribute('lang')).toBe('fr');
    // The host page read the same issue as Camille through fetchProduct.
    await page.getByRole('heading', { level: 1, name: overview.issue.summary }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'issue-panel-camille.png'), fullPage: true });
  });

  it('re-renders for Inès Moreau when the user switcher changes', async () => {
    const overview = await overviewFrom(() => page.getByLabel('Signed in as').selectOption(INES.accountId));
    expect(overview.actingUser.displayName).toBe(INES.displayName);
    await panel().getByText(viewingAs(INES)).waitFor();
    expect(new URL(page.url()).searchParams.get('as')).toBe(INES.accountId);
    await page.screenshot({ path: join(RESULTS, 'issue-panel-ines.png'), fullPage: true });
  });

  it('refreshes with a flag and follows dark mode', async () => {
    await overviewFrom(() => panel().getByRole('button', { name: 'Actualiser' }).click());
    await page.getByRole('status').filter({ hasText: 'Données de campagne actualisées' }).waitFor();
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    await page.screenshot({ path: join(RESULTS, 'issue-panel-dark.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
