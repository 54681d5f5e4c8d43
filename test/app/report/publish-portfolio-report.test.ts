import { useAppTestHost } from '../../support/app-host';
import { invokeResolver } from '../../support/invoke';
import type { PayloadOf } from '../../../src/contracts/registry';
import { CAMILLE, ALEX, SAM } from '../../../local/identity/demo-users';
import { MKT_SPACE_ID } from '../../../local/confluence/seed';
import { confluencePage, settleTriggers } from '../rest-reads';
import { ALLOWED_ELEMENTS, elements, parseStorage, recordsOf, tableAfter } from '../../domain/report/storage-reader';
import { portfolioReportWords } from '../../../src/wording/catalog/portfolio-report';
import { reportFormatters } from '../../../src/domain/report/format';
import { createCampaign, planLaunchingIn } from './report-fixture';

/**
 * "Publish the portfolio" through the local host: the page in the Confluence emulator as the publisher, its body
 * parsed strictly, its rows against getPortfolio's for the same user, in their language, and the same page updated
 * on later runs (its history kept), whoever publishes.
 */
describe('publishPortfolioReport through the local host', () => {
  const app = useAppTestHost();
  const epics: string[] = [];
  let pageId = '';

  /** As the global page would call it, with a locale other than the user's own. */
  async function publishAs(accountId: string, payload: PayloadOf<'publishPortfolioReport'>, locale: string): Promise<unknown> {
    const res = await fetch(`${app.th.url}/local/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleKey: 'campaign-planner', functionKey: 'publishPortfolioReport', payload, accountId, locale }),
    });
    const out = (await res.json()) as { result?: unknown };
    return out.result;
  }

  beforeAll(async () => {
    epics.push((await createCampaign(app.th, planLaunchingIn(40, 'portfolio-report-a'), 'portfolio-report-a')).epicKey);
    epics.push((await createCampaign(app.th, planLaunchingIn(60, 'portfolio-report-b'), 'portfolio-report-b')).epicKey);
    await settleTriggers(app.th);
  });

  it('publishes the portfolio the user sees, in French, with the table, the totals and the calendar', async () => {
    const out = await invokeResolver(app.th, CAMILLE.accountId, 'publishPortfolioReport', {});
    expect(out.ok).toBe(true);
    expect(out.data).toMatchObject({ version: 1, created: true, language: 'fr', title: 'Portefeuille des campagnes', campaigns: 2 });
    pageId = out.data.pageId;
    const page = await confluencePage(app.th, pageId);
    // No space named: the space of the first campaign project the user sees (MKT).
    expect(page.spaceId).toBe(MKT_SPACE_ID);
    expect(out.data.url).toBe(`${page._links.base}${page._links.webui}`);

    const root = parseStorage(page.body.storage.value);
    expect(elements(root).filter((e) => !ALLOWED_ELEMENTS.has(e.tagName))).toEqual([]);
    const w = portfolioReportWords('fr');
    const view = await invokeResolver(app.th, CAMILLE.accountId, 'getPortfolio', {});
    const f = reportFormatters(CAMILLE.locale, 'EUR');
    const rows = recordsOf(tableAfter(root, w.portfolio));
    expect(rows.map((r) => r[w.columns.campaign])).toEqual(view.data.campaigns.map((c) => `${c.name} (${c.campaignKey})`));
    expect(rows.map((r) => r[w.columns.budget])).toEqual(view.data.campaigns.map((c) => f.money(c.budget.amount)));
    expect(rows.map((r) => r[w.columns.launch])).toEqual(view.data.campaigns.map((c) => f.date(c.launchDate)));
    const totals = recordsOf(tableAfter(root, w.totals));
    expect(totals).toEqual(
      view.data.totals.map((t) => ({
        [w.columns.currency]: t.currency,
        [w.columns.campaigns]: String(t.campaigns),
        [w.columns.budget]: f.money(t.budget),
        [w.columns.actual]: f.money(t.actual),
        [w.columns.eac]: f.money(t.eac),
        [w.columns.variance]: f.money(t.variance),
      })),
    );
    const calendar = recordsOf(tableAfter(root, w.calendar));
    expect(calendar.map((r) => r[w.columns.campaign])).toEqual(rows.map((r) => r[w.columns.campaign]));
    expect(calendar[0]?.[w.columns.milestones]).toContain('Milestone 1');
  });

  it('updates the same page on later runs, in the language of whoever publishes', async () => {
    const again = await invokeResolver(app.th, CAMILLE.accountId, 'publishPortfolioReport', { spaceKey: 'MKT' });
    expect(again.data).toMatchObject({ pageId, version: 2, created: false });
    const en = await publishAs(CAMILLE.accountId, { spaceKey: 'MKT' }, 'en_US');
    expect(en).toMatchObject({ ok: true, data: { pageId, version: 3, created: false, language: 'en', title: 'Campaign portfolio' } });
    const page = await confluencePage(app.th, pageId);
    expect(page.version.number).toBe(3);
    expect(recordsOf(tableAfter(parseStorage(page.body.storage.value), 'Calendar'))).toHaveLength(2);
  });

  it('is written as the user: someone who may only read the space is refused by Confluence, and the page stays', async () => {
    const alex = await invokeResolver(app.th, ALEX.accountId, 'publishPortfolioReport', { spaceKey: 'MKT' });
    expect(alex.ok).toBe(false);
    expect(alex.error.code).toBe('FORBIDDEN');
    expect((await confluencePage(app.th, pageId)).version.number).toBe(3);
  });

  it('refuses a space nobody can read, naming spaceKey, and someone who sees no campaign and names no space', async () => {
    const none = await invokeResolver(app.th, CAMILLE.accountId, 'publishPortfolioReport', { spaceKey: 'NOPE' });
    expect(none.ok).toBe(false);
    expect(none.error).toMatchObject({ code: 'NOT_FOUND', field: 'spaceKey' });
    const sam = await invokeResolver(app.th, SAM.accountId, 'publishPortfolioReport', {});
    expect(sam.error).toMatchObject({ code: 'NOT_FOUND', field: 'spaceKey' });
    expect(sam.error.message).toMatch(/^spaceKey: /);
  });
});
