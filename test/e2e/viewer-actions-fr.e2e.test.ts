/**
 * Browser test, in a French browser, of "actions that know the user" (issue 15) on the planner and the breakdown
 * modal: Inès (a read-only viewer) opens the campaign planner and reads the templates and why she may not plan, with
 * no create, copy, re-plan or apply button and no English, at 1280 and 800 px; the campaigns tab offers her no
 * re-plan and the brief comparison no boxes nor apply, each with the policy's reason; "Break down goal" tells her why
 * she cannot create tasks instead of a form that would fail; on the team tab only her own capacity has an edit button. Needs `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { INES } from '../../local/identity/demo-users';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import type { ListCampaignsResult, ListTemplatesResult } from '../../src/contracts/campaign-planner';
import type { GetTeamCapacityResult } from '../../src/contracts/capacity';
import * as actionWords from '../../src/wording/catalog/actions';
import * as breakdownWords from '../../src/wording/catalog/breakdown';
import { capacityWords } from '../../src/wording/catalog/capacity';
import { stringsFor } from '../../static/campaign-planner/src/i18n';
import { startTestHost, type TestHost } from '../support/host';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
} from './support/browser';

jest.setTimeout(180_000);

const PLANNER = 'iframe[data-module-key="campaign-planner"]';
const BREAKDOWN = 'iframe[data-module-key="breakdown-action"]';
const fr = stringsFor('fr');
const en = stringsFor('en');
const CREATE = /Il vous faut la permission «\u202fCréer des tickets\u202f» dans MKT pour planifier une campagne\./;
const EDIT = 'Il vous faut la permission «\u202fModifier les tickets\u202f» dans MKT pour';

/** English texts of a catalogue that French words differently (long enough not to be a French word too). */
const englishOf = (enTable: object, frTable: object): string[] =>
  Object.entries(enTable)
    .filter(([k, v]) => typeof v === 'string' && v !== (frTable as Record<string, unknown>)[k] && v.length > 6)
    .map(([, v]) => v as string);
const ENGLISH = [
  ...englishOf(en, fr),
  ...englishOf(actionWords.en, actionWords.fr),
  ...englishOf(breakdownWords.en, breakdownWords.fr),
  'Only the',
  'You need',
  'permission in',
];

/** Every text a person reads in a frame: its text and the options of its pickers. */
const visibleText = (frame: Frame): Promise<string> =>
  frame.evaluate(() => [document.body.innerText, ...Array.from(document.querySelectorAll('option')).map((o) => o.text)].join('\n'));
const englishIn = (text: string): string[] => ENGLISH.filter((e) => text.includes(e));

/** The write buttons the planner offers someone who may plan or change campaigns, in French. */
const WRITE_BUTTONS = [fr.preview, fr.copy, fr.replan, fr.applySelected, fr.applyReplan];

describe('a read-only viewer on the planner and the breakdown modal, in a French browser', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let epicKey: string;
  const problems: string[] = [];
  const app = (): FrameLocator => page.frameLocator(PLANNER);

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    checkBrowserPrerequisites('breakdown');
    host = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(host.host);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });
  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const openPlanner = async (): Promise<ListTemplatesResult> => {
    const answer = await resolverAnswer<ListTemplatesResult>(page, 'listTemplates', () =>
      page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(INES.accountId)}`),
    );
    await app().getByTestId('plan-refusal').waitFor();
    return answer;
  };

  it('shows Inès the templates and why she may not plan, with no form and no create button (1280 and 800 px)', async () => {
    const answer = await openPlanner();
    expect(answer.actions).toMatchObject({ role: 'viewer', planCampaign: { allowed: false }, editTemplates: { allowed: false } });
    const refusal = app().getByTestId('plan-refusal');
    await refusal.getByRole('heading', { name: actionWords.fr.planRefusedTitle }).waitFor();
    await refusal.getByText(CREATE).waitFor();
    expect(await app().getByTestId('template-catalogue').locator('li').count()).toBe(answer.templates.length);
    // Nothing to fill and nothing to press on the plan tab: no inputs, no radio, no button but the tabs.
    const plan = app().getByRole('tabpanel', { name: fr.tabPlan });
    expect(await plan.locator('input, select, textarea, button').count()).toBe(0);
    const buttons = (await app().getByRole('button').allTextContents()).map((b) => b.trim());
    expect(buttons.filter((b) => WRITE_BUTTONS.includes(b))).toEqual([]);
    const frame = await frameOf(page, PLANNER);
    const text = await visibleText(frame);
    expect(englishIn(text)).toEqual([]);
    // The templates' channels are named, never shown as their slugs.
    const slugs = [...new Set(answer.templates.flatMap((tpl) => tpl.channels))].filter((c) => c.includes('-'));
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.filter((slug) => text.includes(slug))).toEqual([]);
    expect(await seriousAxeViolations(frame)).toEqual([]);
    await screenshotFrame(page, PLANNER, join(RESULTS, 'planner-viewer-fr-1280.png'));

    await page.setViewportSize({ width: 800, height: 1000 });
    await openPlanner();
    const { scrollWidth, clientWidth } = await (
      await frameOf(page, PLANNER)
    ).evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshotFrame(page, PLANNER, join(RESULTS, 'planner-viewer-fr-800.png'));
    await page.setViewportSize({ width: 1280, height: 1000 });
    expect(problems).toEqual([]);
  });

  it('offers her no re-plan on the campaigns tab and no apply on the brief comparison, each with the reason', async () => {
    await openPlanner();
    const list = await resolverAnswer<ListCampaignsResult>(page, 'listCampaigns', () =>
      app().getByRole('tab', { name: fr.tabCampaigns }).click(),
    );
    const demo = list.campaigns.find((c) => c.epicKey === epicKey);
    expect(demo?.actions.replan).toEqual({ allowed: false, reason: expect.stringContaining(EDIT) });
    const note = app().getByTestId('campaigns-refusal');
    await note.getByText(actionWords.fr.campaignsReadOnly).waitFor();
    await note.getByText(EDIT, { exact: false }).waitFor();
    expect(await app().getByRole('button', { name: fr.replan, exact: true }).count()).toBe(0);
    // Comparing with the brief reads; taking its values is not hers to do.
    await app()
      .getByRole('button', { name: fr.compareOf(demo?.name ?? '') })
      .click();
    const compare = app().getByTestId('compare-panel');
    await compare.getByTestId('compare-refusal').or(compare.getByTestId('no-differences')).first().waitFor();
    expect(await compare.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await compare.getByRole('button', { name: fr.applySelected }).count()).toBe(0);
    expect(englishIn(await visibleText(await frameOf(page, PLANNER)))).toEqual([]);
    await screenshotFrame(page, PLANNER, join(RESULTS, 'planner-viewer-fr-campaigns-1280.png'));
    expect(problems).toEqual([]);
  });

  it('lets her change only her own capacity on the team tab, and says who may change the others’', async () => {
    await openPlanner();
    const w = capacityWords('fr');
    const team = await resolverAnswer<GetTeamCapacityResult>(page, 'getTeamCapacity', () =>
      app().getByRole('tab', { name: w.tab }).click(),
    );
    expect(team.people.filter((p) => p.canEdit).map((p) => p.accountId)).toEqual([INES.accountId]);
    await app().getByText(w.readOnly).waitFor();
    const edits = await app()
      .getByRole('button', { name: /^Modifier la capacité de / })
      .allInnerTexts();
    expect(edits).toHaveLength(1);
    expect(
      await app()
        .getByRole('button', { name: w.edit(INES.displayName) })
        .count(),
    ).toBe(1);
    expect(problems).toEqual([]);
  });

  it('tells her in "Break down goal" why she cannot create tasks, with only a way to close it (1280 and 800 px)', async () => {
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(INES.accountId)}`);
      await page.getByRole('button', { name: 'More actions' }).click();
      await page.getByRole('menuitem', { name: breakdownWords.fr.title }).click();
      const modal = page.frameLocator(BREAKDOWN);
      const refusal = modal.getByTestId('breakdown-refusal');
      await refusal.getByRole('heading', { name: actionWords.fr.breakdownRefusedTitle }).waitFor();
      await refusal.getByText(/^Il vous faut la permission «\u202fCréer des tickets\u202f» dans MKT pour /).waitFor();
      expect(await modal.locator('textarea, input, select, table').count()).toBe(0);
      expect((await modal.getByRole('button').allTextContents()).map((b) => b.trim())).toEqual([breakdownWords.fr.close]);
      const frame = await frameOf(page, BREAKDOWN);
      expect(englishIn(await visibleText(frame))).toEqual([]);
      await screenshotFrame(page, BREAKDOWN, join(RESULTS, `breakdown-viewer-fr-${width}.png`));
    }
    await page.setViewportSize({ width: 1280, height: 1000 });
    expect(problems).toEqual([]);
  });
});
