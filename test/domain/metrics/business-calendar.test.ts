import { BusinessCalendar, mulberry32 } from '../../../src/domain/metrics';
import {
  addBusinessDays,
  addCalendarDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
} from '../../../src/domain/schedule/business-days';

describe('BusinessCalendar agrees with the scheduling arithmetic', () => {
  for (const calendar of ['FR', 'US'] as const) {
    it(`on random dates and offsets (${calendar})`, () => {
      const cal = new BusinessCalendar(calendar);
      const random = mulberry32(calendar === 'FR' ? 1 : 2);
      for (let i = 0; i < 300; i += 1) {
        const from = addCalendarDays('2025-12-01', Math.floor(random() * 800));
        const to = addCalendarDays(from, Math.floor(random() * 400) - 200);
        const n = Math.floor(random() * 120) - 60;
        expect(cal.isBusinessDay(from)).toBe(isBusinessDay(from, calendar));
        expect(cal.add(from, n)).toBe(addBusinessDays(from, n, calendar));
        expect(cal.between(from, to)).toBe(businessDaysBetween(from, to, calendar));
        expect(cal.onOrAfter(from)).toBe(businessDayOnOrAfter(from, calendar));
      }
    });
  }

  it('finishes work counting today when it is a working day', () => {
    const cal = new BusinessCalendar('FR');
    expect(cal.finish('2026-11-24', 0)).toBe('2026-11-24');
    expect(cal.finish('2026-11-24', 1)).toBe('2026-11-24');
    expect(cal.finish('2026-11-24', 1.2)).toBe('2026-11-25');
    // Sat 11-21: work starts Mon 11-23. Tue 11-10 + 2 days: Tue 10, Thu 12 (Wed 11 is Armistice Day).
    expect(cal.finish('2026-11-21', 3)).toBe('2026-11-25');
    expect(cal.finish('2026-11-10', 2)).toBe('2026-11-12');
  });

  it('counts lateness in business days only', () => {
    const cal = new BusinessCalendar('FR');
    expect(cal.overdue('2026-11-20', '2026-11-22')).toBe(0);
    expect(cal.overdue('2026-11-20', '2026-11-23')).toBe(1);
    expect(cal.overdue('2026-11-24', '2026-11-20')).toBe(0);
  });
});
