import { calendarDayFormat, instantFormat, minorUnitDigits, moneyFormat, roundToMinorUnit } from '../../src/wording/format';
import { languageOf, toBcp47 } from '../../src/wording/locale';
import { plural } from '../../src/wording/plural';

describe('locale helpers and formatters', () => {
  it('read Jira and browser locales as one tag and one language', () => {
    expect(toBcp47('fr_FR')).toBe('fr-FR');
    expect(toBcp47('zh_Hant_TW')).toBe('zh-Hant-TW');
    expect(toBcp47('not a locale')).toBe('en-US');
    expect([languageOf('fr-CA'), languageOf('FR_fr'), languageOf('en_GB'), languageOf(undefined)]).toEqual(['fr', 'fr', 'en', 'en']);
  });

  it('round money to the currency’s minor unit, and space French amounts with narrow no-break spaces', () => {
    expect([minorUnitDigits('EUR'), minorUnitDigits('JPY'), minorUnitDigits('KWD'), minorUnitDigits('??')]).toEqual([2, 0, 3, 2]);
    expect([roundToMinorUnit(10.005, 'KWD'), roundToMinorUnit(1234.567, 'EUR'), roundToMinorUnit(99.5, 'JPY')]).toEqual([
      10.005, 1234.57, 100,
    ]);
    expect(moneyFormat('fr_FR', 'EUR').format(12345.5)).toBe('12\u202f345,50\u00a0€');
    expect(moneyFormat('en', 'XXX!', {}, 2).format(3)).toBe('3.00');
  });

  it('format plan dates as calendar days that never shift', () => {
    expect(calendarDayFormat('fr_FR', { dateStyle: 'long' })('2025-03-01T23:30:00-05:00')).toBe('1er mars 2025');
    expect(calendarDayFormat('en', { dateStyle: 'long' })('soon')).toBe('soon');
  });

  it('pluralise by Intl.PluralRules (French 0 and 1 are singular)', () => {
    const day = { one: 'day', other: 'days' };
    expect([plural('en', 0, day), plural('en', 1, day), plural('fr', 0, day), plural('fr', 1, day), plural('fr', 2, day)]).toEqual([
      'days',
      'day',
      'day',
      'day',
      'days',
    ]);
  });
});

describe('French first of the month', () => {
  it('is an ordinal wherever the month is a word, and stays a number in numeric dates', () => {
    expect(calendarDayFormat('fr-FR', { day: 'numeric', month: 'short' })('2026-12-01')).toBe('1er déc.');
    expect(calendarDayFormat('fr', { dateStyle: 'medium' })('2026-12-01')).toBe('1er déc. 2026');
    expect(calendarDayFormat('fr_FR', { weekday: 'long', day: 'numeric', month: 'long' })('2026-12-01')).toBe('mardi 1er décembre');
    expect(calendarDayFormat('fr-FR', { dateStyle: 'short' })('2026-12-01')).toBe('01/12/2026');
    expect(calendarDayFormat('fr-FR', { day: 'numeric', month: 'short' })('2026-12-11')).toBe('11 déc.');
    expect(calendarDayFormat('en-GB', { day: 'numeric', month: 'short' })('2026-12-01')).toBe('1 Dec');
  });
});

describe('French moments', () => {
  it('write the time « 4 h 33 » and the first of the month « 1er », and leave English as Intl gives it', () => {
    const long = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
    expect(instantFormat('fr-FR', long, 'UTC')('2026-12-01T04:33:00Z')).toBe('1er décembre 2026 à 4\u202fh\u202f33 UTC');
    expect(instantFormat('fr', { dateStyle: 'short', timeStyle: 'short' }, 'Europe/Paris')('2026-12-04T09:05:00Z')).toBe(
      '04/12/2026 10\u202fh\u202f05',
    );
    expect(instantFormat('en-GB', long, 'UTC')('2026-12-01T04:33:00Z')).toBe('1 December 2026 at 04:33 UTC');
  });
});
