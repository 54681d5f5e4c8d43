/**
 * Browser test of "Break down goal" (a jira:issueAction with Custom UI in a modal) on the local host: a product
 * launch campaign is created through the planner's resolvers; Camille (French) opens the action from the ••• menu of
 * one of its milestones, sees proposed tasks with their reasons, removes one, creates the rest and sees them; they
 * are children of the epic that block the milestone in Jira. A task of the campaign offers no such action.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { z } from 'zod';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import type { PayloadOf } from '../../src/contracts/registry';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { CAMILLE } from '../../local/identity/demo-users';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  RESULTS,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

jest.setTimeout(180_000);

/** Waits until a locator matches `n` elements (playwright-core has no `expect`). */
async function waitForCount(locator: { count(): Promise<number> }, n: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await locator.count()) === n) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${n} elements, saw ${await locator.count()}`);
}

const FRAME = 'iframe[data-module-key="breakdown-action"]';

/** The fields of Jira's search answer this test reads: each created task's epic and its links. */
const FoundTasks = z.object({
  issues: z.array(
    z.object({
      fields: z.object({
        parent: z.object({ key: z.string() }),
        issuelinks: z.array(z.object({ type: z.object({ name: z.string() }), outwardIssue: z.object({ key: z.string() }).optional() })),
      }),
    }),
  ),
});

describe('Break down goal from the issue view', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const createPayloads: PayloadOf<'createBreakdown'>[] = [];
  let epicKey: string;
  let milestoneKey: string;
  let taskKey: string;

  beforeAll(async () => {
    checkBrowserPrerequisites('breakdown');
    host = await startTestHost();
    const launchDate = format(nextFriday(addMonths(new Date(), 3)), 'yyyy-MM-dd');
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'product-launch',
      launchDate,
      budget: { amount: 90_000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    if (!preview.ok) throw new Error(`previewCampaign refused: ${JSON.stringify(preview.error)}`);
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'breakdown-e2e-0001',
      plan: preview.data.plan,
    });
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    if (!job.ok || job.data.state !== 'done') throw new Error(`creation did not finish: ${JSON.stringify(job)}`);
    const rows = preview.data.plan.rows as { rowId: string; kind: string; dueDate: string }[];
    const milestone = rows.filter((r) => r.kind === 'milestone').sort((a, b) => b.dueDate.localeCompare(a.dueDate))[0]!;
    epicKey = job.data.issueKeys.epic!;
    milestoneKey = job.data.issueKeys[milestone.rowId]!;
    taskKey = job.data.issueKeys[rows.find((r) => r.kind === 'task')!.rowId]!;

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    page.on('request', (r) => {
      if (r.url().endsWith('/local/invoke') && r.method() === 'POST') {
        const body = JSON.parse(r.postData() ?? '{}') as { functionKey?: string; payload?: PayloadOf<'createBreakdown'> };
        if (body.functionKey === 'createBreakdown' && body.payload) createPayloads.push(body.payload);
      }
    });
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const modal = (): FrameLocator => page.frameLocator(FRAME);

  it('a task of the campaign offers no "Break down goal"', async () => {
    await page.goto(`${host.url}/browse/${taskKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await page.locator('#issue-summary').waitFor();
    await page.getByRole('heading', { name: 'Apps' }).waitFor();
    expect(await page.getByRole('button', { name: 'More actions' }).count()).toBe(0);
  });

  it('proposes tasks with reasons, lets Camille remove one, creates the rest as children of the epic blocking the milestone', async () => {
    await page.goto(`${host.url}/browse/${milestoneKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await page.getByRole('button', { name: 'More actions' }).click();
    // Jira's menu item is the manifest's translated title: French for Camille.
    await page.getByRole('menuitem', { name: 'Découper l’objectif' }).click();
    await page.getByRole('dialog', { name: 'Découper l’objectif' }).waitFor();

    // French for Camille: the modal's title, the reasons.
    await modal().getByRole('heading', { name: 'Découper l’objectif' }).waitFor();
    const rows = modal().locator('tbody tr');
    await rows.first().waitFor();
    const proposed = await rows.count();
    expect(proposed).toBeGreaterThan(1);
    const firstReason = await rows.first().locator('.reason').first().textContent();
    expect(firstReason).toMatch(/trouvé dans l’objectif|canal de la campagne/);
    expect(await seriousAxeViolations(await frameOf(page, FRAME))).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'breakdown-suggested.png') });

    // Remove the first proposal.
    const removedSummary = await rows.first().locator('input').first().inputValue();
    await rows
      .first()
      .getByRole('button', { name: /^Retirer/ })
      .click();
    await waitForCount(rows, proposed - 1);

    await modal()
      .getByRole('button', { name: new RegExp(`^Créer ${proposed - 1} tâches$`) })
      .click();
    const created = modal().getByRole('heading', { name: new RegExp(`^${proposed - 1} tâches créées$`) });
    await created.waitFor({ timeout: 60_000 });
    const listed = await modal().locator('.created li').allTextContents();
    expect(listed).toHaveLength(proposed - 1);
    expect(listed.join('\n')).not.toContain(removedSummary);
    await page.screenshot({ path: join(RESULTS, 'breakdown-created.png') });

    // In Jira: children of the epic, each blocking the milestone.
    const [payload] = createPayloads;
    expect(payload!.tasks).toHaveLength(proposed - 1);
    const q = new URLSearchParams({
      jql: `issue.property[campaignControlRow].requestId = "${payload!.requestId}"`,
      fields: 'summary,parent,issuelinks',
      maxResults: '100',
    });
    const found = FoundTasks.parse((await host.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?${q}`)).body);
    expect(found.issues).toHaveLength(proposed - 1);
    for (const issue of found.issues) {
      expect(issue.fields.parent.key).toBe(epicKey);
      expect(issue.fields.issuelinks.some((l) => l.type.name === 'Blocks' && l.outwardIssue?.key === milestoneKey)).toBe(true);
    }

    // "Fermer" submits the modal: it closes and the issue view comes back.
    await modal().getByRole('button', { name: 'Fermer' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('#issue-summary').waitFor();
    expect(problems).toEqual([]);
  });
});
