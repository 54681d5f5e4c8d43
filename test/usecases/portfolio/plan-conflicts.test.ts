import { applyOverrides } from '../../../src/domain/plan';
import { addBusinessDays } from '../../../src/domain/schedule/business-days';
import { conflictsOfPlan } from '../../../src/usecases/portfolio/plan-conflicts';
import type { StoredSnapshot } from '../../../src/usecases/ports/snapshot-store';
import { NOAH, PEOPLE, plan, record, snapshot } from '../../domain/metrics/fixtures';

const TODAY = '2026-11-12';
const stored: StoredSnapshot = {
  meta: {
    epicKey: 'MKT-1',
    buildId: 'b',
    builtAt: TODAY,
    shardCount: 1,
    version: 1,
    refreshedAt: TODAY,
    throughputDays: [],
    people: {},
    epicId: '1',
  },
  snapshot: snapshot(),
};
const names = new Map(Object.entries(PEOPLE));
const world = (campaigns = [record()]) => ({
  campaigns: { all: async () => campaigns },
  snapshots: { load: async (epicKey: string) => (epicKey === 'MKT-1' ? stored : undefined) },
});

describe('conflicts of a plan with the campaigns already running', () => {
  it('shows the week a second campaign would overload the designer of the first, before anything is created', async () => {
    const conflicts = await conflictsOfPlan(plan(), TODAY, names, world());
    const noah = conflicts.load.filter((w) => w.accountId === NOAH);
    expect(noah).toEqual([
      // Design visuals, 3 days over Mon 16 – Wed 18 in each campaign: 6 person-days in a 5-day week.
      {
        accountId: NOAH,
        displayName: 'Noah Petit',
        weekStart: '2026-11-16',
        demandDays: 6,
        capacityDays: 5,
        ratio: 1.2,
        level: 'over',
        otherCampaigns: 1,
      },
    ]);
  });

  it('shows nothing when no other campaign holds the same people, and leaves out the campaign being re-planned', async () => {
    expect((await conflictsOfPlan(plan(), TODAY, names, world([]))).load.filter((w) => w.level === 'over')).toEqual([]);
    const replan = await conflictsOfPlan(plan(), TODAY, names, world(), 'MKT-1');
    expect(replan.load.filter((w) => w.otherCampaigns > 0)).toEqual([]);
  });

  it('finds approvers with two sign-offs due the same day across the campaigns', async () => {
    const conflicts = await conflictsOfPlan(plan(), TODAY, names, world());
    const gates = plan().gates.filter((g) => g.dueDate >= TODAY && g.approverAccountIds.length > 0);
    expect(conflicts.approvers.length).toBe(new Set(gates.flatMap((g) => g.approverAccountIds.map((a) => `${a} ${g.dueDate}`))).size);
    expect(conflicts.approvers.length).toBeGreaterThan(0);
    expect(conflicts.approvers.every((c) => c.otherGates >= 1 && c.gates.length >= 1)).toBe(true);
  });

  it('proposes a leveling change, and the plan with it applied no longer over-allocates that week', async () => {
    const before = await conflictsOfPlan(plan(), TODAY, names, world());
    // Noah is the only designer and the design task has no slack before its milestone: the launch moves.
    const proposal = before.leveling?.[0];
    expect(proposal).toMatchObject({ kind: 'move_launch', accountId: NOAH, weekStart: '2026-11-16', overBefore: 1, overAfter: 0 });
    const n = proposal?.businessDays ?? 0;
    const rows = Object.fromEntries(plan().rows.map((r) => [r.rowId, { dueDate: addBusinessDays(r.dueDate, n, 'FR') }]));
    const leveled = applyOverrides(plan(), { rows }, { today: TODAY, holidayCalendar: 'FR' });
    const after = await conflictsOfPlan(leveled, TODAY, names, world());
    expect(after.load.filter((w) => w.level === 'over')).toEqual([]);
  });
});
