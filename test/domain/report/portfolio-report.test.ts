import type { GetPortfolioResult, PortfolioRow } from '../../../src/contracts/portfolio';
import { buildPortfolioReport } from '../../../src/domain/report/portfolio-report';
import { reportFormatters } from '../../../src/domain/report/format';
import { totalsOf } from '../../../src/usecases/portfolio/get-portfolio';
import { portfolioReportWords } from '../../../src/wording/catalog/portfolio-report';
import { ALLOWED_ELEMENTS, elements, parseStorage, recordsOf, tableAfter } from './storage-reader';

function row(campaignKey: string, projectKey: string, amount: number, currency: string, over: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    campaignKey,
    name: `Campagne <${campaignKey}> & co`,
    projectKey,
    ownerAccountId: 'acc-camille',
    ownerName: 'Camille Martin',
    health: { level: 'at_risk', reasons: [] },
    firstWorkDate: '2026-10-01',
    launchDate: '2026-12-01',
    forecastP85: '2026-12-03',
    budget: { amount, currency },
    actual: amount / 2,
    eac: amount * 1.1,
    variance: amount - amount * 1.1,
    signoff: { approved: 1, total: 3, late: 1 },
    kpiAttainment: 0.5,
    milestones: [
      { name: 'Création', dueDate: '2026-11-10' },
      { name: 'Lancement', dueDate: '2026-12-01' },
    ],
    updatedAt: '2026-11-24T09:00:00.000Z',
    ...over,
  };
}

const campaigns = [
  row('MKT-1', 'MKT', 10000, 'EUR', {
    health: { level: 'at_risk', reasons: [{ code: 'budget_80', severity: 'at_risk', text: 'Budget dépensé à 84 %' }] },
  }),
  row('EVT-1', 'EVT', 9000, 'USD', { eac: null, variance: null, forecastP85: null, ownerName: '' }),
  row('MKT-7', 'MKT', 5000, 'EUR', { launchDate: '2027-01-15', health: { level: 'on_track', reasons: [] } }),
];
const view: GetPortfolioResult = {
  campaigns,
  totals: totalsOf(campaigns),
  computedAt: '2026-11-24T10:00:00.000Z',
  visibleProjects: ['EVT', 'MKT'],
};
const PUBLISHED = '2026-11-24T10:00:00.000Z';

describe('the portfolio report', () => {
  it('writes the portfolio table, the totals per currency and the calendar, in French for a French publisher', () => {
    const doc = buildPortfolioReport({ view, locale: 'fr_FR', publishedAt: PUBLISHED });
    const w = portfolioReportWords('fr');
    expect(doc).toMatchObject({ language: 'fr', title: 'Portefeuille des campagnes' });
    const root = parseStorage(doc.storage);
    expect(elements(root).filter((e) => !ALLOWED_ELEMENTS.has(e.tagName))).toEqual([]);
    const eur = reportFormatters('fr_FR', 'EUR');
    const usd = reportFormatters('fr_FR', 'USD');

    const table = recordsOf(tableAfter(root, w.portfolio));
    expect(table.map((r) => r[w.columns.campaign])).toEqual([
      'Campagne <MKT-1> & co (MKT-1)',
      'Campagne <EVT-1> & co (EVT-1)',
      'Campagne <MKT-7> & co (MKT-7)',
    ]);
    expect(table[0]).toMatchObject({
      [w.columns.health]: 'À risqueBudget dépensé à 84 %',
      [w.columns.launch]: '1er décembre 2026',
      [w.columns.budget]: eur.money(10000),
      [w.columns.eac]: eur.money(11000),
      [w.columns.signoff]: '1 approuvée sur 3, 1 en retard',
      [w.columns.kpi]: eur.percent(0.5),
    });
    expect(table[1]).toMatchObject({
      [w.columns.owner]: '—',
      [w.columns.eac]: '—',
      [w.columns.p85]: '—',
      [w.columns.budget]: usd.money(9000),
    });

    // Never summed across currencies: EUR's two campaigns together, USD's alone, the missing EAC at its budget.
    const totals = recordsOf(tableAfter(root, w.totals));
    expect(totals).toEqual([
      {
        [w.columns.currency]: 'EUR',
        [w.columns.campaigns]: '2',
        [w.columns.budget]: eur.money(15000),
        [w.columns.actual]: eur.money(7500),
        [w.columns.eac]: eur.money(16500),
        [w.columns.variance]: eur.money(-1500),
      },
      {
        [w.columns.currency]: 'USD',
        [w.columns.campaigns]: '1',
        [w.columns.budget]: usd.money(9000),
        [w.columns.actual]: usd.money(4500),
        [w.columns.eac]: usd.money(9000),
        [w.columns.variance]: usd.money(0),
      },
    ]);

    const calendar = recordsOf(tableAfter(root, w.calendar));
    expect(calendar[0]).toEqual({
      [w.columns.campaign]: 'Campagne <MKT-1> & co (MKT-1)',
      [w.columns.firstWork]: '1er octobre 2026',
      [w.columns.milestones]: `Création\u202f: 10 novembre 2026Lancement\u202f: 1er décembre 2026`,
      [w.columns.launch]: '1er décembre 2026',
      [w.columns.p85]: '3 décembre 2026',
    });
    expect(doc.storage).toContain('&lt;MKT-1&gt; &amp; co');
    expect(doc.storage).toContain('3 campagnes dans les projets EVT et MKT');
  });

  it('writes English for everyone else, and says so when the publisher sees no campaign', () => {
    const doc = buildPortfolioReport({ view, locale: 'en_US', publishedAt: PUBLISHED });
    expect(doc).toMatchObject({ language: 'en', title: 'Campaign portfolio' });
    const root = parseStorage(doc.storage);
    expect(recordsOf(tableAfter(root, 'Calendar'))[1]).toMatchObject({ 'Cautious date (P85)': '—', Launch: 'December 1, 2026' });
    expect(doc.storage).toContain('3 campaigns in projects EVT and MKT');
    const empty = buildPortfolioReport({
      view: { ...view, campaigns: [], totals: [], visibleProjects: [] },
      locale: 'en_US',
      publishedAt: PUBLISHED,
    });
    expect(empty.storage).toContain('The publisher may see no campaign.');
    expect(empty.storage).not.toContain('<table>');
  });
});
