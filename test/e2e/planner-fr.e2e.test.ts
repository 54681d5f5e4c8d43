/**
 * Browser test of the campaign planner in French at 1280 and 800 px (issue 15): on the MKT project page, Camille
 * picks the Black Friday template and the French brief, previews the plan (timeline, tables, warnings), creates the campaign and follows
 * it to the created state. Everything she can read at each step, folded groups opened, is checked: no English of any
 * catalogue, no raw id or slug, no ISO date; the page never scrolls sideways (the plan's wide tables may scroll
 * in their own box); no page error. Needs `npm run build:static`.
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, Frame, FrameLocator, Page, Request } from 'playwright-core';
import { CAMILLE } from '../../local/identity/demo-users';
import type { PreviewCampaignResult } from '../../src/contracts/campaign-planner';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../local/confluence/seed';
import { startTestHost, type TestHost } from '../support/host';
import {
  checkBrowserPrerequisites,
  closeOpened,
  frameOf,
  launchFrenchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
} from './support/browser';
import { FrenchFindings } from './support/french-text';
import { sidewaysScroll } from './support/layout';

jest.setTimeout(240_000);

const FRAME = 'iframe[data-module-key="campaign-planner"]';
const launchDate = format(nextFriday(addMonths(new Date(), 4)), 'yyyy-MM-dd');

describe('the campaign planner in French, from the template to the created campaign, at 1280 and 800 px', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const findings = new FrenchFindings();
  /** The Confluence pages the brief picker offers: content, in whatever language their authors wrote them. */
  let pageTitles: string[];
  /** What the brief's authors wrote (its key messages, objective…), shown as they wrote it: content, not the app's French. */
  let briefTexts: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    const pages = await host.call(CAMILLE.email, 'GET', '/wiki/api/v2/pages?limit=100');
    pageTitles = (pages.body.results as { title: string }[]).map((p) => p.title);
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const app = (): FrameLocator => page.frameLocator(FRAME);

  /** What Camille reads now, every folded group open, and how the page fits; the screenshot is of the page as shown. */
  async function check(width: number, step: string, ids: readonly string[]): Promise<void> {
    const frame: Frame = await frameOf(page, FRAME);
    await page.screenshot({ path: join(RESULTS, `planner-${step}-fr-${width}.png`), fullPage: true });
    await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const textFile = join(RESULTS, `planner-${step}-fr-${width}.txt`);
    await findings.check(frame, `${step} at ${width} px`, { ids, names: [...pageTitles, ...briefTexts], textFile });
    // The page never scrolls sideways. The plan's eight-column table scrolls in its own box when the project page is
    // narrower than it; at 800 px (a 532 px frame beside Jira's sidebar) the sign-off and KPI tables do too.
    const { page: overflow, elements } = await sidewaysScroll(frame);
    const allowed = width < 1280 ? /^div\.table-wrap > table/ : /rows-table/;
    expect([step, width, overflow, elements.filter((e) => !allowed.test(e))]).toEqual([step, width, 0, []]);
  }

  for (const width of [1280, 800]) {
    it(`previews the Black Friday plan and creates it, in French, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(CAMILLE.accountId)}`);
      await app().getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
      await app()
        .getByRole('radio', { name: /Black Friday/ })
        .check({ timeout: 20_000 });
      await app().getByLabel('Date de lancement').fill(launchDate);
      await app().getByLabel('Budget', { exact: true }).fill('120000');
      await check(width, 'setup', []);
      // The French brief: its values, where each was found and what could not be read, all in French.
      await app().getByLabel('Brief Confluence (facultatif)').selectOption({ label: 'Brief de campagne — Black Friday 2026 France' });

      const preview = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
        app().getByRole('button', { name: 'Prévisualiser le plan' }).click(),
      );
      await app().getByTestId('timeline').waitFor();
      expect(preview.plan.brief?.values.map((v) => v.source)).toContain('titre de la page');
      briefTexts = (preview.plan.brief?.values ?? []).flatMap((v) =>
        typeof v.value === 'string'
          ? v.value.split('\n')
          : Array.isArray(v.value)
            ? v.value.filter((x): x is string => typeof x === 'string')
            : [],
      );
      await app()
        .getByRole('heading', { name: /Repris du brief/ })
        .waitFor();
      // The campaign's Jira label is shown as such (the issues carry it, the JQL finds them by it): not a raw id.
      const ids = [...preview.plan.rows.map((r) => r.rowId), ...preview.plan.gates.map((g) => g.gateId)].filter((id) => /[-_]/.test(id));
      await check(width, 'preview', ids);

      // A plan from a brief offers to show the campaign's status in the brief page: off until the PM ticks it.
      const consent = app().getByRole('checkbox', { name: 'Afficher le statut en direct de la campagne dans sa page de brief' });
      expect(await consent.isChecked()).toBe(false);
      if (width === 1280) await consent.check();
      const sent: Record<string, unknown>[] = [];
      const onRequest = (r: Request): void => {
        const body = r.url().endsWith('/local/invoke')
          ? (JSON.parse(r.postData() ?? '{}') as { functionKey?: string; payload?: Record<string, unknown> })
          : {};
        if (body.functionKey === 'createCampaign' && body.payload) sent.push(body.payload);
      };
      page.on('request', onRequest);
      await app().getByRole('button', { name: 'Créer la campagne' }).click();
      // A plan with errors asks first: Camille confirms.
      const confirm = app().getByRole('button', { name: 'Créer malgré tout' });
      if ((preview.errors ?? 0) > 0) await confirm.click();
      await app()
        .getByText(/Tickets \d+ sur \d+/)
        .first()
        .waitFor();
      await app().getByTestId('created').waitFor({ timeout: 120_000 });
      page.off('request', onRequest);
      expect(sent.map((p) => p.insertStatusMacro)).toEqual(sent.map(() => (width === 1280 ? true : undefined)));
      // With the consent, the brief page shows the new campaign's status macro (a new version of the page).
      const epicKey = (await app().getByTestId('epic-link').textContent())?.trim() ?? '';
      const brief = await host.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${BLACK_FRIDAY_FR_BRIEF_ID}?body-format=storage`);
      const shows = (brief.body.body.storage.value as string).includes(`<ac:adf-parameter key="issue-key">${epicKey}</ac:adf-parameter>`);
      expect([width, epicKey.length > 0, shows]).toEqual([width, true, width === 1280]);
      await check(width, 'created', ids);
    });
  }

  it('read right in French at every step, with no page error', () => {
    expect(findings.all()).toEqual({});
    expect(problems).toEqual([]);
  });
});
