/**
 * Browser test of the host around the jira:projectPage module: the page embeds the app's Custom UI with the
 * project's identity, the app's bridge asks for a project context, and the user switcher re-renders the frame.
 * (The planner's own screens are tested by its own e2e suite.) Needs Debian's chromium and `npm run build:static`.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE, LEA } from '../../local/identity/demo-users';
import { join } from 'node:path';
import { checkBrowserPrerequisites, launchChromium, RESULTS, closeOpened } from './support/browser';

jest.setTimeout(90_000);

describe('project page frame on the local host', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Only the host page's own scripts: the planner's errors belong to its own e2e suite.
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.includes('/local/ui/')) problems.push(`console error: ${m.text()}`);
    });
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const contextCall = (r: Request): boolean => r.url().endsWith('/local/bridge/context') && r.method() === 'POST';

  it('embeds the planner with projectKey, and its bridge gets a jira:projectPage context for MKT', async () => {
    const asked = page.waitForResponse((r) => contextCall(r.request()), { timeout: 30_000 });
    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(CAMILLE.accountId)}`);
    const response = await asked;
    expect(JSON.parse(response.request().postData() ?? '{}')).toMatchObject({
      moduleKey: 'campaign-planner',
      accountId: CAMILLE.accountId,
      projectKey: 'MKT',
    });
    const context = (await response.json()) as { extension: { type: string; project: { key: string } } };
    expect(context.extension).toMatchObject({ type: 'jira:projectPage', project: { key: 'MKT' } });
    const src = await page.locator('iframe[data-module-key="campaign-planner"]').getAttribute('src');
    expect(new URL(src ?? '', host.url).searchParams.get('projectKey')).toBe('MKT');
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Campaigns' }).waitFor();
  });

  it('follows the user switcher', async () => {
    const asked = page.waitForRequest(
      (r) => contextCall(r) && (JSON.parse(r.postData() ?? '{}') as { accountId?: string }).accountId === LEA.accountId,
      { timeout: 30_000 },
    );
    await page.locator('#user-select').selectOption(LEA.accountId);
    await asked;
    await page.screenshot({ path: join(RESULTS, 'project-page.png') });
    expect(problems).toEqual([]);
  });
});
