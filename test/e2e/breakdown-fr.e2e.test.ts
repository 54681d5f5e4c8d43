/**
 * Browser test of "Break down goal" in French at 1280 and 800 px: Camille opens it on a Black Friday campaign's
 * epic, picks a milestone by its name and due date, asks for "Réseaux sociaux payants" and in-store POS, changes an
 * estimate and sees that task and the ones it waits for move. Every visible text is read: no English from any
 * catalogue, no raw id or slug, no ISO date, no issue key for a name; the modal never scrolls sideways. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { CAMILLE } from '../../local/identity/demo-users';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  RESULTS,
  seriousAxeViolations,
} from './support/browser';
import { frenchProblemsOf } from './support/french-text';

jest.setTimeout(180_000);

const FRAME = 'iframe[data-module-key="breakdown-action"]';
const GOAL = 'Réseaux sociaux payants et PLV en magasin pour le Black Friday';

describe('Break down goal in French, at 1280 and 800 px', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let epicKey: string;

  beforeAll(async () => {
    checkBrowserPrerequisites('breakdown');
    host = await startTestHost();
    const launchDate = format(nextFriday(addMonths(new Date(), 3)), 'yyyy-MM-dd');
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount: 80_000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    if (!preview.ok) throw new Error(`previewCampaign refused: ${JSON.stringify(preview.error)}`);
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      requestId: 'breakdown-fr-e2e-01',
      plan: preview.data.plan,
    });
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    if (!job.ok || job.data.state !== 'done') throw new Error(`creation did not finish: ${JSON.stringify(job)}`);
    epicKey = job.data.issueKeys.epic!;
    browser = await launchFrenchChromium();
    // A French browser: the date inputs show French dates too.
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const modal = (): FrameLocator => page.frameLocator(FRAME);

  async function open(): Promise<Frame> {
    await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await page.getByRole('button', { name: 'More actions' }).click();
    // Jira's menu item is the manifest's translated title: French for Camille.
    await page.getByRole('menuitem', { name: 'Découper l’objectif' }).click();
    await modal().getByRole('heading', { name: 'Découper l’objectif' }).waitFor();
    await modal().locator('tbody tr').first().waitFor();
    return frameOf(page, FRAME);
  }

  async function checkFits(frame: Frame, width: number): Promise<void> {
    const { scrollWidth, clientWidth } = await frame.evaluate(() => {
      const el = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    });
    expect([width, scrollWidth <= clientWidth]).toEqual([width, true]);
    const wide = await frame.evaluate(
      () => Array.from(document.querySelectorAll('.table-wrap')).filter((w) => w.scrollWidth > w.clientWidth).length,
    );
    expect([width, wide]).toEqual([width, 0]);
  }

  const taskIds = async (): Promise<string[]> =>
    modal()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-id') ?? ''));
  const datesOf = async (taskId: string): Promise<[string, string]> => {
    const row = modal().locator(`tbody tr[data-task-id="${taskId}"]`);
    return [await row.locator('input[type="date"]').nth(0).inputValue(), await row.locator('input[type="date"]').nth(1).inputValue()];
  };

  it('at 1280 px: picks a milestone by name and date, reads paid social as paid, quotes the goal, reschedules on a new estimate', async () => {
    const frame = await open();
    // The milestone picker names each milestone and its due date in words.
    const options = await modal().locator('#milestone option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    for (const o of options) expect(o).toMatch(/^.+ \(échéance le \d{1,2}(er)? [a-zéû]+ \d{4}\)$/);
    const lead = await modal().locator('.lead').innerText();
    expect(lead).toMatch(/jalon «\u202f.+\u202f» le \d{1,2}(er)? [a-zéû]+ \d{4}/);

    // Another milestone: the tasks are scheduled back from its date.
    const values = await modal()
      .locator('#milestone option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await modal().locator('#milestone').selectOption(values[0]!);
    await modal().getByText('Mise à jour des dates…').waitFor({ state: 'detached' });
    expect(await modal().locator('.lead').innerText()).toContain(options[0]!.replace(/ \(échéance le .*\)$/, ''));

    await modal().locator('#goal').fill(GOAL);
    await modal().getByRole('button', { name: 'Proposer des tâches' }).click();
    await modal().locator('tbody tr[data-task-id="paid-social-plan"]').waitFor();
    const ids = await taskIds();
    expect(ids.filter((id) => id.startsWith('social-'))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['paid-social-plan', 'in-store-pos', 'in-store-staff']));
    expect(ids.some((id) => id.startsWith('event-'))).toBe(false);
    const reasons = await modal().locator('tr[data-task-id="paid-social-plan"] .reason').allTextContents();
    expect(reasons).toEqual(['«\u202fRéseaux sociaux payants\u202f» trouvé dans l’objectif']);

    // A longer estimate for the launch moves it and the tasks it waits for; the in-store tasks keep their dates.
    const before = {
      launch: await datesOf('paid-social-launch'),
      creatives: await datesOf('paid-social-creatives'),
      pos: await datesOf('in-store-pos'),
    };
    await modal()
      .getByLabel(/^Jours ouvrés — Paramétrer et lancer/)
      .fill('6');
    for (let i = 0; i < 50 && (await datesOf('paid-social-creatives'))[1] === before.creatives[1]; i++) await page.waitForTimeout(100);
    const after = {
      launch: await datesOf('paid-social-launch'),
      creatives: await datesOf('paid-social-creatives'),
      pos: await datesOf('in-store-pos'),
    };
    expect(after.launch[1]).toBe(before.launch[1]);
    expect(after.launch[0] < before.launch[0]).toBe(true);
    expect(after.creatives[1] < after.launch[0]).toBe(true);
    expect(after.creatives[1] < before.creatives[1]).toBe(true);
    expect(after.pos).toEqual(before.pos);

    expect(await frenchProblemsOf(frame, { ids: await taskIds(), noIssueKeys: true })).toEqual([]);
    await checkFits(frame, 1280);
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'breakdown-fr-1280.png') });
  });

  it('at 800 px: the same modal fits without sideways scrolling, every task a card with its labels', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    const frame = await open();
    await modal().locator('#goal').fill(GOAL);
    await modal().getByRole('button', { name: 'Proposer des tâches' }).click();
    await modal().locator('tbody tr[data-task-id="in-store-pos"]').waitFor();
    await checkFits(frame, 800);
    // The column names are in each card.
    expect(await modal().locator('tbody tr').first().locator('.cell-label').first().isVisible()).toBe(true);
    expect(await frenchProblemsOf(frame, { ids: await taskIds(), noIssueKeys: true })).toEqual([]);
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'breakdown-fr-800.png') });
    expect(problems).toEqual([]);
  });
});
