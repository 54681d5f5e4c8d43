/**
 * The global page's pure parts: the calendar's periods and positions, the filters, the table's order and its totals
 * per currency, and the CSV export's quoting and columns in the reader's language.
 */
import type { PortfolioRow } from '../../src/contracts/portfolio';
import { dragTarget, fractionOf, periodOf, shiftPeriod, spanIn, ticksOf } from '../../static/portfolio/src/calendar-layout';
import { applyFilters, optionsOf, timeStatusOf } from '../../static/portfolio/src/filters';
import { nextSort, sortRows, totalsOf } from '../../static/portfolio/src/table-model';
import { csvValue, portfolioCsv } from '../../static/portfolio/src/csv';
import { stringsFor } from '../../static/portfolio/src/i18n';

const row = (key: string, over: Partial<PortfolioRow> = {}): PortfolioRow => ({
  campaignKey: key,
  name: `Campaign ${key}`,
  projectKey: key.split('-')[0] ?? 'MKT',
  ownerAccountId: 'acc-camille',
  ownerName: 'Camille Martin',
  health: { level: 'on_track', reasons: [] },
  firstWorkDate: '2027-01-04',
  launchDate: '2027-02-16',
  forecastP85: null,
  budget: { amount: 1000, currency: 'EUR' },
  actual: 100,
  eac: 900,
  variance: 100,
  signoff: { approved: 1, total: 4, late: 0 },
  kpiAttainment: null,
  milestones: [],
  updatedAt: '2026-12-04T10:00:00Z',
  ...over,
});

describe('the calendar layout', () => {
  it('makes months and quarters, and moves by whole periods across years', () => {
    expect(periodOf('month', '2027-02-16')).toMatchObject({ start: '2027-02-01', end: '2027-03-01', days: 28 });
    expect(periodOf('quarter', '2026-12-04')).toMatchObject({ start: '2026-10-01', end: '2027-01-01', days: 92, quarter: 4, year: 2026 });
    expect(shiftPeriod(periodOf('quarter', '2026-12-04'), 1)).toMatchObject({ start: '2027-01-01', quarter: 1, year: 2027 });
    expect(shiftPeriod(periodOf('month', '2027-01-10'), -1)).toMatchObject({ start: '2026-12-01', month: 12, year: 2026 });
  });

  it('places a span inside the period, clipped at its edges, and says when it lies wholly before or after', () => {
    const feb = periodOf('month', '2027-02-01');
    expect(spanIn(feb, '2027-01-04', '2027-02-13')).toEqual({ kind: 'in', left: 0, width: 13 / 28 });
    expect(spanIn(feb, '2027-02-08', '2027-03-20')).toEqual({ kind: 'in', left: 7 / 28, width: 21 / 28 });
    expect(spanIn(feb, null, '2027-02-28')).toEqual({ kind: 'in', left: 27 / 28, width: 1 / 28 });
    expect(spanIn(feb, '2026-12-01', '2027-01-31')).toEqual({ kind: 'before' });
    expect(spanIn(feb, '2027-03-01', '2027-04-01')).toEqual({ kind: 'after' });
    expect(fractionOf(feb, '2027-05-01')).toBe(1);
  });

  it('turns a drag into whole days, on the period’s scale', () => {
    const q = periodOf('quarter', '2027-01-01'); // 90 days
    expect(dragTarget(q, '2027-01-19', 70, 900)).toBe('2027-01-26');
    expect(dragTarget(q, '2027-01-19', -14, 900)).toBe('2027-01-18');
    expect(dragTarget(q, '2027-01-19', 4, 900)).toBe('2027-01-19');
  });

  it('marks every day of a month, and the Mondays and month starts of a quarter', () => {
    expect(ticksOf(periodOf('month', '2027-02-01'))).toHaveLength(28);
    const q = ticksOf(periodOf('quarter', '2027-01-01'));
    expect(q.filter((t) => t.major).map((t) => t.iso)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(q.filter((t) => !t.major).every((t) => new Date(`${t.iso}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });
});

describe('the filters', () => {
  const rows = [
    row('MKT-1', { channels: ['email'], audiences: ['existing-customers'], launchDate: '2026-11-27' }),
    row('EVT-1', {
      ownerAccountId: 'acc-noah',
      ownerName: 'Noah Petit',
      channels: ['events', 'email'],
      health: { level: 'at_risk', reasons: [] },
    }),
    row('MKT-2', { firstWorkDate: '2027-03-01', launchDate: '2027-05-01' }),
  ];

  it('knows a campaign’s place in time', () => {
    expect(rows.map((r) => timeStatusOf(r, '2026-12-04'))).toEqual(['launched', 'planned', 'planned']);
    expect(timeStatusOf(rows[1] as PortfolioRow, '2027-01-10')).toBe('running');
  });

  it('offers each value once and keeps the rows every chosen filter lets through', () => {
    expect(optionsOf(rows, 'channel', '2026-12-04')).toEqual(['email', 'events']);
    expect(optionsOf(rows, 'project', '2026-12-04')).toEqual(['EVT', 'MKT']);
    expect(applyFilters(rows, { channel: 'email' }, '2026-12-04').map((r) => r.campaignKey)).toEqual(['MKT-1', 'EVT-1']);
    expect(applyFilters(rows, { channel: 'email', project: 'MKT' }, '2026-12-04').map((r) => r.campaignKey)).toEqual(['MKT-1']);
    expect(applyFilters(rows, { owner: 'acc-noah', health: 'on_track' }, '2026-12-04')).toEqual([]);
    expect(applyFilters(rows, { status: 'planned', project: '' }, '2026-12-04').map((r) => r.campaignKey)).toEqual(['EVT-1', 'MKT-2']);
  });
});

describe('the table', () => {
  const rows = [
    row('MKT-1', { budget: { amount: 5000, currency: 'EUR' }, eac: null, variance: null, actual: 50 }),
    row('EVT-1', { budget: { amount: 8000, currency: 'USD' }, eac: 9000, variance: -1000, actual: 700 }),
    row('MKT-2', { budget: { amount: 2000, currency: 'EUR' }, eac: 2500, variance: -500, actual: 300 }),
  ];

  it('sorts by a column either way, with missing values last, and flips on a second press', () => {
    expect(sortRows(rows, { column: 'budget', direction: 'ascending' }).map((r) => r.campaignKey)).toEqual(['MKT-2', 'MKT-1', 'EVT-1']);
    expect(sortRows(rows, { column: 'eac', direction: 'descending' }).map((r) => r.campaignKey)).toEqual(['EVT-1', 'MKT-2', 'MKT-1']);
    expect(sortRows(rows, { column: 'eac', direction: 'ascending' }).map((r) => r.campaignKey)).toEqual(['MKT-2', 'EVT-1', 'MKT-1']);
    expect(nextSort({ column: 'eac', direction: 'ascending' }, 'eac')).toEqual({ column: 'eac', direction: 'descending' });
    expect(nextSort({ column: 'eac', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });

  it('totals each currency on its own, counting a campaign without an EAC at its budget', () => {
    expect(totalsOf(rows)).toEqual([
      { currency: 'EUR', budget: 7000, actual: 350, eac: 7500, variance: -500, campaigns: 2 },
      { currency: 'USD', budget: 8000, actual: 700, eac: 9000, variance: -1000, campaigns: 1 },
    ]);
    expect(totalsOf([])).toEqual([]);
  });
});

describe('the CSV export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvValue('plain')).toBe('plain');
    expect(csvValue('a, b')).toBe('"a, b"');
    expect(csvValue('say "hi"')).toBe('"say ""hi"""');
    expect(csvValue('two\nlines')).toBe('"two\nlines"');
    expect(csvValue('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvValue(-500)).toBe('-500');
    expect(csvValue(null)).toBe('');
  });

  it('has a header in the reader’s language and one line per row, currency beside plain amounts', () => {
    const r = row('MKT-1', {
      name: 'Soldes d’hiver, « Europe »',
      health: { level: 'at_risk', reasons: [{ code: 'gate_late', severity: 'at_risk', text: 'Validation juridique en retard' }] },
      channels: ['email'],
      kpiAttainment: 0.875,
    });
    const fr = portfolioCsv(stringsFor('fr_FR'), [r])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(fr[0]).toBe(
      'Clé,Campagne,Projet,Responsable,Santé,Raisons,Premier travail,Lancement,Prévision prudente,Devise,Budget,Dépensé,' +
        'Coût final attendu,Écart,Validations approuvées,Validations,Validations en retard,Atteinte des indicateurs (%),Cibles,Canaux',
    );
    expect(fr[1]).toBe(
      'MKT-1,"Soldes d’hiver, « Europe »",MKT,Camille Martin,À risque,Validation juridique en retard,2027-01-04,2027-02-16,,' +
        'EUR,1000,100,900,100,1,4,0,87.5,,E-mailing',
    );
    const en = portfolioCsv(stringsFor('en_US'), [r])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(en[0]?.startsWith('Key,Campaign,Project,Owner,Health,Reasons,')).toBe(true);
    expect(en[1]).toContain(',At risk,');
  });
});
