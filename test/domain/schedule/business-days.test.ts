import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  businessDaysBetween,
  isBusinessDay,
} from '../../../src/domain/schedule/business-days';
import { addCalendarDays } from '../../../src/domain/schedule/business-days';
import type { HolidayCalendar } from '../../../src/domain/model';

describe('isBusinessDay', () => {
  it.each<[string, HolidayCalendar, boolean]>([
    ['2026-05-22', 'FR', true], // Friday
    ['2026-05-23', 'FR', false], // Saturday
    ['2026-05-24', 'US', false], // Sunday
    ['2026-05-25', 'FR', false], // Whit Monday
    ['2026-05-14', 'FR', false], // Ascension
    ['2026-05-14', 'US', true],
    ['2026-07-03', 'US', false], // Independence Day observed
    ['2026-07-03', 'FR', true],
    ['2026-11-26', 'US', false], // Thanksgiving
    ['2026-11-27', 'US', true], // Black Friday is a working day
  ])('%s in %s → %s', (date, calendar, expected) => {
    expect(isBusinessDay(date, calendar)).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each<[string, number, HolidayCalendar, string]>([
    ['2026-06-08', 4, 'FR', '2026-06-12'], // Mon + 4 = Fri
    ['2026-06-12', 1, 'FR', '2026-06-15'], // over a weekend
    ['2026-06-15', -1, 'FR', '2026-06-12'],
    ['2026-05-22', 1, 'FR', '2026-05-26'], // Whit Monday skipped
    ['2026-05-26', -1, 'FR', '2026-05-22'],
    ['2026-05-23', 1, 'FR', '2026-05-26'], // from a Saturday: the next business day
    ['2026-05-23', -1, 'FR', '2026-05-22'],
    ['2026-07-06', -1, 'US', '2026-07-02'], // observed Independence Day skipped
    ['2026-07-06', -1, 'FR', '2026-07-03'],
    ['2026-11-25', 1, 'US', '2026-11-27'], // Thanksgiving skipped
    ['2026-12-24', 2, 'FR', '2026-12-29'], // Christmas + weekend
    ['2026-12-31', 1, 'FR', '2027-01-04'], // New Year across years
    ['2026-06-12', -10, 'FR', '2026-05-29'],
    ['2026-06-12', 0, 'FR', '2026-06-12'],
  ])('%s %+i in %s → %s', (date, n, calendar, expected) => {
    expect(addBusinessDays(date, n, calendar)).toBe(expected);
  });

  it('0 returns the date unchanged even when it is not a business day (documented: nothing moves silently)', () => {
    expect(addBusinessDays('2026-05-25', 0, 'FR')).toBe('2026-05-25');
    expect(addBusinessDays('2026-05-23', 0, 'FR')).toBe('2026-05-23');
    expect(businessDayOnOrBefore('2026-05-25', 'FR')).toBe('2026-05-22');
    expect(businessDayOnOrAfter('2026-05-25', 'FR')).toBe('2026-05-26');
    expect(businessDayOnOrBefore('2026-05-26', 'FR')).toBe('2026-05-26');
  });

  it('refuses fractional offsets', () => {
    expect(() => addBusinessDays('2026-05-22', 1.5, 'FR')).toThrow(/whole number/);
  });
});

describe('businessDaysBetween', () => {
  it.each<[string, string, HolidayCalendar, number]>([
    ['2026-05-22', '2026-05-26', 'FR', 1],
    ['2026-05-26', '2026-05-22', 'FR', -1],
    ['2026-05-22', '2026-05-26', 'US', 1], // Memorial Day the same Monday
    ['2026-05-22', '2026-05-25', 'FR', 0],
    ['2026-06-12', '2026-06-12', 'FR', 0],
    ['2026-06-08', '2026-06-12', 'FR', 4],
    ['2026-11-20', '2026-11-27', 'US', 4],
    ['2026-11-20', '2026-11-27', 'FR', 5],
  ])('%s → %s in %s = %i', (from, to, calendar, expected) => {
    expect(businessDaysBetween(from, to, calendar)).toBe(expected);
  });

  it.each<HolidayCalendar>(['FR', 'US'])('is the inverse of addBusinessDays for every business day of a year (%s)', (calendar) => {
    const anchor = '2026-06-10';
    for (let i = -200; i <= 200; i += 1) {
      const to = addCalendarDays(anchor, i);
      if (!isBusinessDay(to, calendar)) continue;
      expect(addBusinessDays(anchor, businessDaysBetween(anchor, to, calendar), calendar)).toBe(to);
    }
  });
});
