import { easterSunday, holidaysFor } from '../../../src/domain/schedule/holidays';
import { toIso } from '../../../src/domain/schedule/holidays';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, expected) => {
    expect(toIso(easterSunday(year))).toBe(expected);
  });
});

describe('holidaysFor FR', () => {
  it.each([
    [
      2026,
      [
        '2026-01-01',
        '2026-04-06',
        '2026-05-01',
        '2026-05-08',
        '2026-05-14',
        '2026-05-25',
        '2026-07-14',
        '2026-08-15',
        '2026-11-01',
        '2026-11-11',
        '2026-12-25',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-03-29',
        '2027-05-01',
        '2027-05-06',
        '2027-05-08',
        '2027-05-17',
        '2027-07-14',
        '2027-08-15',
        '2027-11-01',
        '2027-11-11',
        '2027-12-25',
      ],
    ],
  ])('%i: fixed days plus Easter Monday, Ascension and Whit Monday', (year, expected) => {
    expect(holidaysFor(year, 'FR')).toEqual(expected);
  });

  it('keeps French holidays on their date even on a weekend (no observed rule in France)', () => {
    // 2027-05-08 and 2027-05-01 are Saturdays; 2027-08-15 is a Sunday.
    expect(holidaysFor(2027, 'FR')).toEqual(expect.arrayContaining(['2027-05-01', '2027-05-08', '2027-08-15']));
  });
});

describe('holidaysFor US (observed days off)', () => {
  it('2026: Independence Day on a Saturday is observed Friday July 3', () => {
    expect(holidaysFor(2026, 'US')).toEqual([
      '2026-01-01', // New Year's Day
      '2026-01-19', // MLK Day, 3rd Monday of January
      '2026-02-16', // Presidents' Day, 3rd Monday of February
      '2026-05-25', // Memorial Day, last Monday of May
      '2026-06-19', // Juneteenth
      '2026-07-03', // Independence Day (Sat 4th) observed
      '2026-09-07', // Labor Day
      '2026-10-12', // Columbus Day
      '2026-11-11', // Veterans Day
      '2026-11-26', // Thanksgiving, 4th Thursday
      '2026-12-25', // Christmas
    ]);
  });

  it('2027: Saturday holidays move to Friday, Sunday ones to Monday, and New Year 2028 (Sat) lands on Dec 31 2027', () => {
    expect(holidaysFor(2027, 'US')).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18', // Juneteenth Sat 19th
      '2027-07-05', // Independence Day Sun 4th
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-24', // Christmas Sat 25th
      '2027-12-31', // New Year's Day 2028 (Sat)
    ]);
  });

  it('2022: New Year on a Saturday belongs to 2021 (observed Dec 31) and is not a day off in 2022', () => {
    expect(holidaysFor(2021, 'US')).toContain('2021-12-31');
    expect(holidaysFor(2022, 'US')).not.toContain('2022-01-01');
    expect(holidaysFor(2022, 'US')).not.toContain('2021-12-31');
    expect(holidaysFor(2022, 'US')).toHaveLength(10);
  });
});
