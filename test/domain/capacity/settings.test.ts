import { campaignShare, mergedTimeOff, personCapacity } from '../../../src/domain/capacity/settings';

describe('capacity settings (domain)', () => {
  it('turns hours per week into availability against a 35-hour week, then takes the reserved share off', () => {
    expect(campaignShare({ hoursPerWeek: 28, reservedPercent: 25, timeOff: [] })).toBeCloseTo(0.6);
    expect(campaignShare({ availabilityPercent: 50, reservedPercent: 0, timeOff: [] })).toBe(0.5);
  });

  it('merges overlapping and touching time off, in order', () => {
    expect(
      mergedTimeOff([
        { from: '2027-01-11', to: '2027-01-15' },
        { from: '2026-12-21', to: '2026-12-24' },
        { from: '2026-12-25', to: '2027-01-01' },
        { from: '2027-01-13', to: '2027-01-14' },
      ]),
    ).toEqual([
      { from: '2026-12-21', to: '2027-01-01' },
      { from: '2027-01-11', to: '2027-01-15' },
    ]);
  });

  it('gives the forecast 100 % on business days for a person nobody described', () => {
    expect(personCapacity('acc-x', undefined)).toEqual({ accountId: 'acc-x', availability: 1, reserved: 0, timeOff: [] });
    expect(personCapacity('acc-x', { availabilityPercent: 60, reservedPercent: 10, timeOff: [] })).toEqual({
      accountId: 'acc-x',
      availability: 0.6,
      reserved: 0.1,
      timeOff: [],
    });
  });
});
