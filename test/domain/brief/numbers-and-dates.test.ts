import { parseStorage } from './helpers';
import { findDates } from '../../../src/domain/brief/dates';
import { parseAmount, parseQuantity } from '../../../src/domain/brief/numbers';

describe('parseAmount', () => {
  it.each([
    ['120 000 €', 'fr', 120000, 'EUR'],
    ['120\u202f000\u00a0€', 'fr', 120000, 'EUR'],
    ['€120,000', 'en', 120000, 'EUR'],
    ['120.000,50 EUR', 'fr', 120000.5, 'EUR'],
    ['USD 180,000', 'en', 180000, 'USD'],
    ['1,2 M€', 'fr', 1200000, 'EUR'],
    ['1.2 M USD', 'en', 1200000, 'USD'],
    ['£45k', 'en', 45000, 'GBP'],
    ["CHF 12'500", 'fr', 12500, 'CHF'],
    ['120 000 € HT', 'fr', 120000, 'EUR'],
    ['1,500', 'fr', 1.5, undefined],
    ['1,500', 'en', 1500, undefined],
    ['1.500', 'fr', 1500, undefined],
  ] as const)('%s (%s) → %d %s', (text, language, amount, currency) => {
    expect(parseAmount(text, language)).toEqual(currency ? { ok: true, amount, currency } : { ok: true, amount });
  });

  it.each(['environ cent mille', '12 34 56', '100 € ou 120 $', '-', '1.2 zillion €'])('refuses %s with a reason', (text) => {
    const read = parseAmount(text, 'fr');
    expect(read.ok).toBe(false);
    // The reason is a message of the brief catalogue, worded wherever the problem is shown.
    if (!read.ok) expect(read.reason.key).toMatch(/^briefReading\.why/);
  });

  it('reads KPI targets with their unit', () => {
    expect(parseQuantity('4,0 %', 'fr')).toEqual({ ok: true, value: 4, unit: 'percent' });
    expect(parseQuantity('3.0x', 'en')).toEqual({ ok: true, value: 3, unit: 'ratio' });
    expect(parseQuantity('1 500 000', 'fr')).toEqual({ ok: true, value: 1500000 });
  });
});

describe('findDates', () => {
  it.each([
    ['17 mars 2026', 'fr', '2026-03-17'],
    ['mardi 1er avril 2026', 'fr', '2026-04-01'],
    ['17 févr. 2026', 'fr', '2026-02-17'],
    ['March 17, 2026', 'en', '2026-03-17'],
    ['17 March 2026', 'en', '2026-03-17'],
    ['2026-03-17', 'en', '2026-03-17'],
    ['17/03/2026', 'en', '2026-03-17'],
    ['03/17/2026', 'en', '2026-03-17'],
  ] as const)('%s (%s) → %s', (text, language, iso) => {
    expect(findDates(text, language, 'launchDate').dates.map((d) => d.iso)).toEqual([iso]);
  });

  it('offers both readings of 04/03/2026, the usual one of the language first, and reads neither', () => {
    expect(findDates('04/03/2026', 'fr', 'launchDate')).toEqual({
      dates: [],
      choices: [{ raw: '04/03/2026', options: ['2026-03-04', '2026-04-03'] }],
      problems: [],
    });
    expect(findDates('04/03/2026', 'en', 'launchDate').choices).toEqual([{ raw: '04/03/2026', options: ['2026-04-03', '2026-03-04'] }]);
  });

  it('words an ambiguous date with both readings', () => {
    const parsed = parseStorage('<h2>Launch date</h2><p>04/03/2026</p>', { readerLanguage: 'fr' });
    expect(parsed.fields.launchDate).toBeUndefined();
    expect(parsed.brief.problems).toContain(
      `Date de lancement\u202f: «\u202f04/03/2026\u202f» peut être le 4 mars 2026 ou le 3 avril 2026\u202f; écrivez le mois en toutes lettres`,
    );
  });

  it('reads a day without a year as its next occurrence, only when today is known', () => {
    expect(findDates('le 13 janvier', 'fr', 'launchDate', '2026-12-06').dates).toEqual([{ iso: '2027-01-13', yearAssumed: '13 janvier' }]);
    expect(findDates('on March 3', 'en', 'launchDate', '2026-02-01').dates).toEqual([{ iso: '2026-03-03', yearAssumed: 'March 3' }]);
    expect(findDates('on March 3', 'en', 'launchDate').dates).toEqual([]);
    // Next to a full date, a day without a year is a reminder, not the launch.
    expect(findDates('17 mars 2027 (J-30 : 15 février)', 'fr', 'launchDate', '2026-12-06').dates).toEqual([{ iso: '2027-03-17' }]);
  });

  it('rejects impossible days', () => {
    expect(findDates('30 février 2026', 'fr', 'launchDate').problems).toEqual([
      { key: 'briefReading.notRealDate', params: { field: 'launchDate', raw: '30 fevrier 2026' } },
    ]);
  });
});
