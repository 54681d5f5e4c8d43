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
});
