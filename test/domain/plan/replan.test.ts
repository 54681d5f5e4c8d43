import { DomainError } from '../../../src/domain/errors';
import { CampaignPlan } from '../../../src/domain/model';
import { applyOverrides } from '../../../src/domain/plan/overrides';
import { replan, type RowIssue } from '../../../src/domain/plan/replan';
import { builtInTemplate } from '../../../src/domain/templates';
import { miniPlan } from './fixtures';

const issuesOf = (plan: CampaignPlan, done: string[] = []): Record<string, RowIssue> =>
  Object.fromEntries(plan.rows.map((r, i) => [r.rowId, { key: `MKT-${i + 10}`, dueDate: r.dueDate, done: done.includes(r.rowId) }]));
const dates = (plan: CampaignPlan) => plan.rows.map((r) => [r.rowId, r.startDate, r.dueDate]);

describe('replan', () => {
  it.each([
    ['FR', '2026-06-12', '2026-06-19'],
    ['FR', '2026-06-12', '2026-05-26'], // earlier, across Whit Monday
    ['US', '2026-06-12', '2026-07-08'], // across observed Independence Day
  ] as const)('(%s) %s → %s gives the same dates as planning from scratch', (calendar, from, to) => {
    const plan = miniPlan({ launchDate: from, holidayCalendar: calendar });
    const fresh = miniPlan({ launchDate: to, holidayCalendar: calendar });
    const { plan: moved } = replan({ plan, newLaunchDate: to, today: '2026-04-01', issues: issuesOf(plan) });
    expect(moved.launchDate).toBe(to);
    expect(dates(moved)).toEqual(dates(fresh));
    expect(moved.gates).toEqual(fresh.gates);
    expect(moved.kpis).toEqual(fresh.kpis);
    expect(CampaignPlan.parse(moved)).toEqual(moved);
  });

  it('also holds for the 59-row Black Friday template', () => {
    const template = builtInTemplate('black-friday-omnichannel');
    if (!template) throw new Error('missing template');
    const plan = miniPlan({ template, launchDate: '2026-11-27', budget: template.referenceBudget });
    const { plan: moved, changes } = replan({ plan, newLaunchDate: '2026-12-04', today: '2026-04-01', issues: issuesOf(plan) });
    expect(dates(moved)).toEqual(dates(miniPlan({ template, launchDate: '2026-12-04', budget: template.referenceBudget })));
    expect(changes).toHaveLength(59);
  });

  it('lists each row whose due date changes, with its issue, summary, from and to', () => {
    const plan = miniPlan();
    const issues = issuesOf(plan);
    const { plan: moved, changes } = replan({ plan, newLaunchDate: '2026-06-19', today: '2026-04-01', issues });
    expect(changes).toHaveLength(plan.rows.length);
    expect(changes[0]).toEqual({
      rowId: 'kickoff',
      issueKey: issues.kickoff!.key,
      summary: 'Kick-off (L-10)',
      from: '2026-05-29',
      to: '2026-06-05',
      done: false,
    });
    for (const c of changes) expect(c.to).toBe(moved.rows.find((r) => r.rowId === c.rowId)?.dueDate);
  });

  it('lists nothing when the launch date does not change', () => {
    const plan = miniPlan();
    const { plan: same, changes } = replan({ plan, newLaunchDate: plan.launchDate, today: '2026-04-01', issues: issuesOf(plan) });
    expect(changes).toEqual([]);
    expect(dates(same)).toEqual(dates(plan));
  });

  it('compares with the issue’s current due date in Jira, and skips rows already on the new date', () => {
    const plan = miniPlan();
    const issues = issuesOf(plan);
    issues.ads = { ...issues.ads!, dueDate: '2026-06-19' }; // someone already moved it in Jira
    issues.results = { ...issues.results!, dueDate: null };
    const { changes } = replan({ plan, newLaunchDate: '2026-06-19', today: '2026-04-01', issues });
    expect(changes.find((c) => c.rowId === 'ads')).toBeUndefined();
    expect(changes.find((c) => c.rowId === 'results')).toMatchObject({ from: '2026-06-17', to: '2026-06-24' });
  });

  it('done rows keep their dates: listed with done: true and the date they would move to, never applied', () => {
    const plan = miniPlan();
    const { plan: moved, changes } = replan({
      plan,
      newLaunchDate: '2026-06-19',
      today: '2026-06-01',
      issues: issuesOf(plan, ['kickoff', 'brief']),
    });
    expect(moved.rows.find((r) => r.rowId === 'brief')).toMatchObject({ startDate: '2026-05-28', dueDate: '2026-05-29' });
    expect(moved.rows.find((r) => r.rowId === 'kickoff')?.dueDate).toBe('2026-05-29');
    expect(changes.filter((c) => c.done)).toEqual([
      expect.objectContaining({ rowId: 'kickoff', from: '2026-05-29', to: '2026-06-05', done: true }),
      expect.objectContaining({ rowId: 'brief', from: '2026-05-29', to: '2026-06-05', done: true }),
    ]);
    // Open work still moves; done work in the past is history, not a warning.
    expect(moved.rows.find((r) => r.rowId === 'design')?.dueDate).toBe('2026-06-12');
    expect(moved.warnings).toEqual([]);
  });

  it('rows without an issue are rescheduled but not listed', () => {
    const plan = miniPlan();
    const { kickoff: _kickoff, ...issues } = issuesOf(plan);
    const { plan: moved, changes } = replan({ plan, newLaunchDate: '2026-06-19', today: '2026-04-01', issues });
    expect(changes.map((c) => c.rowId)).not.toContain('kickoff');
    expect(moved.rows.find((r) => r.rowId === 'kickoff')?.dueDate).toBe('2026-06-05');
  });

  it('a milestone the PM moved keeps its distance to launch', () => {
    const plan = applyOverrides(
      miniPlan(),
      { rows: { creative: { dueDate: '2026-06-04' } } },
      { today: '2026-04-01', holidayCalendar: 'FR' },
    );
    const { plan: moved } = replan({ plan, newLaunchDate: '2026-06-19', today: '2026-04-01', issues: issuesOf(plan) });
    expect(moved.rows.find((r) => r.rowId === 'creative')?.dueDate).toBe('2026-06-11');
  });

  it('a task moved off its computed dates keeps that distance, and re-planning to the same date changes nothing', () => {
    // The PM (or a leveling change) moved "Copy" two business days earlier than it must finish.
    const plan = applyOverrides(miniPlan(), { rows: { copy: { dueDate: '2026-06-03' } } }, { today: '2026-04-01', holidayCalendar: 'FR' });
    const computed = miniPlan().rows.find((r) => r.rowId === 'copy');
    expect(computed?.dueDate).toBe('2026-06-05');
    const same = replan({ plan, newLaunchDate: plan.launchDate, today: '2026-04-01', issues: issuesOf(plan) });
    expect(same.changes).toEqual([]);
    expect(dates(same.plan)).toEqual(dates(plan));
    // A week later: the whole plan moves five business days, "Copy" still two days before its computed date.
    const { plan: moved } = replan({ plan, newLaunchDate: '2026-06-19', today: '2026-04-01', issues: issuesOf(plan) });
    const fresh = miniPlan({ launchDate: '2026-06-19' }).rows.find((r) => r.rowId === 'copy');
    expect(fresh?.dueDate).toBe('2026-06-12');
    expect(moved.rows.find((r) => r.rowId === 'copy')).toMatchObject({ dueDate: '2026-06-10' });
  });

  it('flags a new launch date too close to fit', () => {
    const plan = miniPlan();
    const { plan: moved } = replan({ plan, newLaunchDate: '2026-06-05', today: '2026-06-01', issues: issuesOf(plan) });
    expect(moved.warnings.some((w) => w.kind === 'cannot_fit' && !w.rowId)).toBe(true);
  });

  it.each(['2026-13-01', 'soon', '2026-02-29'])('rejects the launch date %s naming the field', (bad) => {
    const plan = miniPlan();
    try {
      replan({ plan, newLaunchDate: bad, today: '2026-04-01', issues: {} });
      throw new Error('did not throw');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe('launchDate');
    }
  });
});
