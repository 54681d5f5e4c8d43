import { DomainError } from '../../../src/domain/errors';
import { CampaignPlan } from '../../../src/domain/model';
import { applyOverrides } from '../../../src/domain/plan/overrides';
import type { PlanOverrides } from '../../../src/contracts/campaign-planner';
import { miniPlan } from './fixtures';

const CTX = { today: '2026-04-01', holidayCalendar: 'FR' as const };
const row = (plan: CampaignPlan, id: string) => plan.rows.find((r) => r.rowId === id);
const others = (a: CampaignPlan, b: CampaignPlan, except: string[]) => {
  const keep = (p: CampaignPlan) => p.rows.filter((r) => !except.includes(r.rowId));
  expect(keep(b)).toEqual(keep(a));
};

describe('applyOverrides', () => {
  it('changes nothing without overrides', () => {
    const plan = miniPlan();
    expect(applyOverrides(plan, {}, CTX)).toEqual(plan);
  });

  it('renames a row and reassigns another; null unassigns with a warning', () => {
    const plan = miniPlan();
    const next = applyOverrides(
      plan,
      { rows: { design: { summary: '  Key visual  ', assigneeAccountId: 'des-2' }, copy: { assigneeAccountId: null } } },
      CTX,
    );
    expect(row(next, 'design')).toMatchObject({ summary: 'Key visual', assigneeAccountId: 'des-2' });
    expect(row(next, 'copy')?.assigneeAccountId).toBeUndefined();
    expect(next.warnings).toEqual([expect.objectContaining({ rowId: 'copy', kind: 'no_assignee' })]);
    expect(CampaignPlan.parse(next)).toEqual(next);
  });

  it('moves a due date, keeps the row’s length of work, and moves no other row', () => {
    const plan = miniPlan();
    const next = applyOverrides(plan, { rows: { design: { dueDate: '2026-06-02' } } }, CTX);
    expect(row(next, 'design')).toMatchObject({ startDate: '2026-05-29', dueDate: '2026-06-02' });
    others(plan, next, ['design']);
    expect(next.warnings).toEqual([expect.objectContaining({ rowId: 'design', kind: 'dependency_violated', field: 'startDate' })]);
    expect(next.warnings[0]!.message).toMatch(/Write brief.*due 29 May 2026.*start on 2 June 2026 at the earliest/);
  });

  it('flags a task moved after its milestone, and a predecessor moved past its successor’s start', () => {
    const next = applyOverrides(miniPlan(), { rows: { copy: { dueDate: '2026-06-12' } } }, CTX);
    expect(next.warnings.map((w) => [w.rowId, w.kind])).toEqual([
      ['copy', 'after_milestone'],
      ['ads', 'dependency_violated'],
    ]);
  });

  it('flags a due date on a weekend or in the past', () => {
    const weekend = applyOverrides(miniPlan(), { rows: { results: { dueDate: '2026-06-13' } } }, CTX);
    expect(weekend.warnings.map((w) => [w.rowId, w.kind, w.field])).toEqual([
      ['results', 'cannot_fit', 'dueDate'],
      // Two days of work due Saturday start Friday, the day its predecessor (ads, lag 1) is due.
      ['results', 'dependency_violated', 'startDate'],
    ]);
    const past = applyOverrides(miniPlan(), { rows: { kickoff: { dueDate: '2026-03-02' } } }, CTX);
    expect(past.warnings.filter((w) => w.kind === 'in_past').map((w) => w.rowId)).toEqual(['kickoff']);
    expect(past.warnings.some((w) => w.kind === 'after_milestone' && w.rowId === 'brief')).toBe(true);
  });

  it('moves the gates of a moved milestone with it', () => {
    const plan = miniPlan();
    const next = applyOverrides(plan, { rows: { creative: { dueDate: '2026-06-08' } } }, CTX);
    expect(next.gates.find((g) => g.gateId === 'brand')?.dueDate).toBe('2026-06-08');
    expect(next.gates.find((g) => g.gateId === 'legal')?.dueDate).toBe('2026-06-04');
    expect(next.gates.find((g) => g.gateId === 'go')).toEqual(plan.gates.find((g) => g.gateId === 'go'));
  });

  it('removing a milestone removes its tasks and gates; dependencies on them are dropped with a warning', () => {
    const next = applyOverrides(miniPlan(), { rows: { creative: { removed: true } } }, CTX);
    expect(next.rows.map((r) => r.rowId)).toEqual(['kickoff', 'brief', 'launch', 'ads', 'report', 'results']);
    expect(row(next, 'ads')?.dependsOn).toEqual([]);
    expect(next.gates.map((g) => g.gateId)).toEqual(['go']);
    const dropped = next.warnings.filter((w) => w.kind === 'dependency_violated');
    expect(dropped.map((w) => [w.rowId, w.field])).toEqual([
      ['ads', 'dependsOn'],
      ['ads', 'dependsOn'],
      ['brand', 'milestoneRowId'],
      ['legal', 'milestoneRowId'],
    ]);
    expect(dropped[0]!.message).toMatch(/no longer waits for ‘Design’/);
    expect(CampaignPlan.parse(next)).toEqual(next);
  });

  it('a gate waiting for a removed gate waits for what that one waited for', () => {
    const plan = miniPlan();
    const chained = { ...plan, gates: plan.gates.map((g) => (g.gateId === 'go' ? { ...g, afterGateId: 'legal' } : g)) };
    const next = applyOverrides(chained, { rows: { creative: { removed: true } } }, CTX);
    expect(next.gates.find((g) => g.gateId === 'go')?.afterGateId).toBeUndefined();
  });

  it('removing a task keeps its milestone', () => {
    const next = applyOverrides(miniPlan(), { rows: { copy: { removed: true, summary: 'ignored' } } }, CTX);
    expect(next.rows.map((r) => r.rowId)).not.toContain('copy');
    expect(next.rows.map((r) => r.rowId)).toContain('creative');
  });

  it.each<[string, PlanOverrides, string]>([
    ['an unknown row', { rows: { nope: { summary: 'x' } } }, 'overrides.rows.nope'],
    ['a due date that is not a date', { rows: { design: { dueDate: 'next week' } } }, 'overrides.rows.design.dueDate'],
    ['a due date that does not exist', { rows: { design: { dueDate: '2026-02-30' } } }, 'overrides.rows.design.dueDate'],
    ['an empty summary', { rows: { design: { summary: '   ' } } }, 'overrides.rows.design.summary'],
    ['an empty assignee', { rows: { design: { assigneeAccountId: '' } } }, 'overrides.rows.design.assigneeAccountId'],
  ])('rejects %s, naming the field', (_what, overrides, field) => {
    const run = (): unknown => applyOverrides(miniPlan(), overrides, CTX);
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).field).toBe(field);
      expect((e as DomainError).message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it('refuses to remove every row', () => {
    const rows = Object.fromEntries(['kickoff', 'creative', 'launch', 'report'].map((id) => [id, { removed: true }]));
    expect(() => applyOverrides(miniPlan(), { rows }, CTX)).toThrow(/overrides\.rows: a plan needs at least one row/);
  });

  it('keeps brief and budget warnings, recomputes the rest', () => {
    const plan = { ...miniPlan({ budget: { amount: 0, currency: 'EUR' } }) };
    const withBrief = {
      ...plan,
      warnings: [...plan.warnings, { kind: 'brief' as const, field: 'launchDate', message: 'the brief says otherwise' }],
    };
    const next = applyOverrides(withBrief, { rows: { design: { assigneeAccountId: 'x' } } }, CTX);
    expect(next.warnings.map((w) => w.kind)).toEqual(['budget', 'brief']);
  });
});
