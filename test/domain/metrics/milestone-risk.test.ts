import { campaignIssues, gateStatuses, milestoneRisks, mulberry32 } from '../../../src/domain/metrics';
import type { CampaignSnapshot } from '../../../src/domain/model';
import { BusinessCalendar } from '../../../src/domain/metrics/business-calendar';
import { done, KEYS, LEA, PEOPLE, plan, snapshot } from './fixtures';

function risks(snap: CampaignSnapshot, today: string, seed = 1) {
  const p = plan();
  const gates = gateStatuses({ gates: p.gates, issueKeys: KEYS, people: PEOPLE, actingAccountId: LEA, today, calendar: 'FR' });
  const { milestones } = milestoneRisks({
    epicKey: snap.epicKey,
    items: campaignIssues(p, Object.values(snap.issues)),
    gates,
    today,
    calendar: 'FR',
    random: mulberry32(seed),
  });
  const [creative, launch] = milestones;
  if (!creative || !launch) throw new Error('the fixture has two milestones');
  return { creative, launch };
}

describe('milestoneRisks', () => {
  it('is on track with time to spare: open work, business days left, dates from the estimates', () => {
    const { creative, launch } = risks(snapshot(), '2026-11-10');
    // Tue 11-10 → Fri 11-20: Thu 12, Fri 13, Mon 16 … Fri 20 (Wed 11 is a holiday) = 7 business days.
    expect(creative).toMatchObject({
      key: KEYS.creative,
      name: 'Creative final (L-7)',
      dueDate: '2026-11-20',
      status: 'open',
      risk: 'on_track',
      openTasks: 2,
      remainingWorkDays: 5,
      businessDaysLeft: 7,
      overdueDependencies: [],
      lateGates: [],
      forecastBasis: 'network',
    });
    expect(launch).toMatchObject({ key: KEYS.launch, risk: 'on_track', openTasks: 2, remainingWorkDays: 7 });
    // Design (3 d, Noah) and copy (2 d) run in parallel from today: done by about 4 business days later.
    expect((creative.p50 as string) >= '2026-11-13').toBe(true);
    expect((creative.p85 as string) >= (creative.p50 as string)).toBe(true);
    expect((creative.p85 as string) <= '2026-11-20').toBe(true);
  });

  it('puts a milestone at risk when an open blocker is past its due date', () => {
    // Design (1 day of work left) was due Fri 11-13; today is Tue 11-17 and creative is due Fri 11-20.
    const { creative } = risks(snapshot({ design: { dueDate: '2026-11-13', estimateDays: 1 } }), '2026-11-17');
    expect(creative.overdueDependencies).toEqual([{ key: KEYS.design, summary: 'Design visuals', dueDate: '2026-11-13' }]);
    expect(creative.lateGates).toEqual([]);
    expect((creative.p85 as string) <= '2026-11-20').toBe(true);
    expect(creative.risk).toBe('at_risk');
  });

  it('counts a blocker from another milestone that holds up one of its tasks', () => {
    // Ads (launch) waits for design (creative), overdue since 11-18.
    const { launch } = risks(snapshot(), '2026-11-24');
    expect(launch.overdueDependencies.map((d) => d.key)).toEqual([KEYS.design]);
  });

  it('puts a milestone at risk when its gate is late, even with all work done', () => {
    // Legal was due Thu 11-19; on Fri 11-20 it is one business day late; creative itself is due today.
    const { creative } = risks(snapshot({ design: done('2026-11-18'), copy: done('2026-11-18') }), '2026-11-20');
    expect(creative).toMatchObject({
      openTasks: 0,
      remainingWorkDays: 0,
      businessDaysLeft: 0,
      p50: null,
      p85: null,
      lateGates: [{ gateId: 'legal', name: 'Legal', dueDate: '2026-11-19' }],
      risk: 'at_risk',
    });
  });

  it('is off track when the milestone is overdue', () => {
    const { creative } = risks(snapshot(), '2026-11-24');
    expect(creative).toMatchObject({ risk: 'off_track', businessDaysLeft: -2, openTasks: 2 });
    expect(creative.overdueDependencies.map((d) => d.key)).toEqual([KEYS.design, KEYS.copy]);
  });

  it('is off track when even the median forecast lands after the due date', () => {
    const { creative } = risks(snapshot({ design: { estimateDays: 10 } }), '2026-11-17');
    expect((creative.p50 as string) > '2026-11-20').toBe(true);
    expect(creative.risk).toBe('off_track');
  });

  it('is at risk when only the P85 forecast lands after the due date', () => {
    // One 3.5-day task from Tue 11-17: median 3.5 × 1.11 ≈ 3.9 → 4 business days → Fri 11-20 (on time);
    // 85th percentile 3.5 × 1.33 ≈ 4.7 → 5 business days → Mon 11-23 (late).
    const { creative } = risks(snapshot({ design: { estimateDays: 3.5 }, copy: done('2026-11-16') }), '2026-11-17');
    expect((creative.p50 as string) <= '2026-11-20').toBe(true);
    expect((creative.p85 as string) > '2026-11-20').toBe(true);
    expect(creative.risk).toBe('at_risk');
  });

  it('counts P50 and P85 against the due date in business days on the holiday calendar, early or late', () => {
    const { creative } = risks(snapshot({ design: { estimateDays: 3.5 }, copy: done('2026-11-16') }), '2026-11-17');
    const between = new BusinessCalendar('FR');
    expect(creative.p50DaysAfterDue).toBe(between.between('2026-11-20', creative.p50 as string));
    expect(creative.p85DaysAfterDue).toBe(between.between('2026-11-20', creative.p85 as string));
    expect(creative.p85DaysAfterDue).toBeGreaterThan(0);
    // From Tue 11-10 with a week to spare: done early, a negative count.
    const early = risks(snapshot(), '2026-11-10').creative;
    expect(early.p50DaysAfterDue).toBeLessThan(0);
    // Over the Armistice (Wed 11-11): Tue 11-10 → Thu 11-12 is one business day, not two.
    expect(between.between('2026-11-10', '2026-11-12')).toBe(1);
    const over = risks(snapshot({ design: { estimateDays: 10 } }), '2026-11-17').creative;
    expect(over.p50DaysAfterDue).toBeGreaterThan(0);
    const doneOne = risks(snapshot({ creative: done('2026-11-20'), copy: {} }), '2026-11-24').creative;
    expect(doneOne).toMatchObject({ p50DaysAfterDue: null, p85DaysAfterDue: null });
  });

  it('reports a done milestone as done, with nothing left and no risk', () => {
    const { creative } = risks(snapshot({ creative: done('2026-11-20'), copy: {} }), '2026-11-24');
    expect(creative).toMatchObject({
      status: 'done',
      risk: 'on_track',
      openTasks: 0,
      businessDaysLeft: null,
      overdueDependencies: [],
      lateGates: [],
      p50: null,
      p85: null,
    });
  });

  it("follows Jira's links: the launch, whose ads wait for creative's design, is never forecast before creative", () => {
    const { creative, launch } = risks(snapshot(), '2026-11-10');
    expect(launch.forecastBasis).toBe('network');
    expect((launch.p50 as string) >= (creative.p50 as string)).toBe(true);
    expect((launch.p85 as string) >= (creative.p85 as string)).toBe(true);
    expect(launch.onTimeProbability).toBeGreaterThanOrEqual(0);
    expect(launch.standardErrorDays).toBeLessThanOrEqual(0.5);
  });

  it('is deterministic under a fixed seed', () => {
    expect(risks(snapshot(), '2026-11-10', 4)).toEqual(risks(snapshot(), '2026-11-10', 4));
  });
});
