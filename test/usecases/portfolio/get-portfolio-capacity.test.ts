import { GetPortfolioCapacityResult } from '../../../src/contracts/portfolio-capacity';
import type { CampaignRecord, PlanRow } from '../../../src/domain/model';
import { indexEntryOf, rollupOfPlan } from '../../../src/domain/portfolio/rollup';
import { getPortfolioCapacity, type PortfolioCapacityPorts } from '../../../src/usecases/portfolio/get-portfolio-capacity';
import type { PersonCapacity } from '../../../src/domain/forecast';
import type { CampaignWorkload } from '../../../src/domain/portfolio/workload';
import { planWith } from '../../app/creation/plan-fixture';

// Tuesday 24 November 2026: the weeks start on Mondays 23 and 30 November, 7 December…
const NOW = Date.parse('2026-11-24T10:00:00.000Z');
const NOAH = 'acc-noah';
const LEA = 'acc-lea';

const task = (rowId: string, summary: string, assignee: string, start: string, due: string, days: number): PlanRow => ({
  rowId,
  kind: 'task',
  summary,
  ownerRole: 'designer',
  assigneeAccountId: assignee,
  startDate: start,
  dueDate: due,
  estimateBusinessDays: days,
  dependsOn: [],
});

function campaign(epicKey: string, projectKey: string, rows: PlanRow[]): CampaignRecord {
  const base = planWith(1, 0, epicKey.toLowerCase());
  return {
    epicKey,
    requestId: `req-${epicKey}`,
    createdAt: '2026-11-01T09:00:00.000Z',
    createdBy: 'acc-camille',
    plan: { ...base, projectKey, name: `Campaign ${epicKey}`, rows: [...base.rows, ...rows] },
    issueKeys: {},
  };
}

/** Two campaigns that both give Noah five days of work in the week of 30 November (10 days for 5), one in SEC. */
const mkt = campaign('MKT-1', 'MKT', [
  task('design', 'Design the banner', NOAH, '2026-11-30', '2026-12-04', 5),
  task('copy', 'Write the copy', LEA, '2026-11-24', '2026-11-27', 2),
]);
const sec = campaign('SEC-1', 'SEC', [task('secret', 'Secret launch film', NOAH, '2026-11-30', '2026-12-04', 5)]);

function portsOf(records: CampaignRecord[], browsable: string[], people: PersonCapacity[] = []) {
  const ids: Record<string, string> = { MKT: '10', SEC: '30' };
  const workloads = new Map<string, CampaignWorkload>();
  const reads = { records: 0 };
  const rollups = records.map((r) => ({ ...rollupOfPlan({ record: r, people: {}, updatedAt: 'x' }), projectId: ids[r.plan.projectKey] }));
  const ports: PortfolioCapacityPorts = {
    portfolio: {
      index: async () => rollups.map(indexEntryOf),
      rows: async (keys) => rollups.filter((r) => keys.includes(r.projectKey)),
      learnProjectIds: async () => undefined,
      workloads: async () => [...workloads.values()],
      saveWorkload: async (w) => void workloads.set(w.epicKey, w),
    },
    visibility: {
      browsable: async (asked) => new Set(asked.filter((id) => browsable.includes(id))),
      projectId: async () => undefined,
    },
    records: {
      get: async (epicKey) => {
        reads.records += 1;
        return records.find((r) => r.epicKey === epicKey);
      },
    },
    snapshots: { load: async () => undefined },
    capacity: { all: async () => people },
    clock: { now: () => new Date(NOW) },
  };
  return Object.assign(ports, { workloads, reads });
}

const USER = { accountId: 'acc-ines', locale: 'fr_FR' };

describe('getPortfolioCapacity', () => {
  it('shows an over-allocated person-week across campaigns, aggregate first', async () => {
    const view = GetPortfolioCapacityResult.parse(await getPortfolioCapacity({ weeks: 4 }, USER, portsOf([mkt, sec], ['10', '30'])));
    expect(view.weeks).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    const noah = view.people.find((p) => p.accountId === NOAH);
    expect(noah?.weeks[1]).toEqual({ weekStart: '2026-11-30', demandDays: 10, capacityDays: 5, ratio: 2, level: 'over' });
    // No task detail unless asked for.
    expect(noah?.weeks[1]?.tasks).toBeUndefined();
    // Léa: two days over the four business days left in the week of 23 November (from Tuesday on).
    const lea = view.people.find((p) => p.accountId === LEA);
    expect(lea?.weeks[0]).toMatchObject({ demandDays: 2, capacityDays: 4, ratio: 0.5, level: 'ok' });
    // The team: both people together.
    expect(view.team[1]).toEqual({ weekStart: '2026-11-30', demandDays: 10, capacityDays: 10, ratio: 1 });
    expect(view.team[0]).toEqual({ weekStart: '2026-11-23', demandDays: 2, capacityDays: 8, ratio: 0.25 });
  });

  it('names the tasks behind a person’s cells on demand, counting invisible campaigns as other work', async () => {
    const view = await getPortfolioCapacity({ weeks: 3, accountIds: [NOAH] }, USER, portsOf([mkt, sec], ['10']));
    const noah = view.people.find((p) => p.accountId === NOAH);
    const cell = noah?.weeks[1];
    // The hidden campaign still loads Noah: the week is over-allocated all the same.
    expect(cell).toMatchObject({ demandDays: 10, level: 'over', otherWorkDays: 5 });
    expect(cell?.tasks).toEqual([{ campaignKey: 'MKT-1', summary: 'Design the banner', days: 5 }]);
    expect(cell?.leveling).toEqual([{ campaignKey: 'MKT-1' }]);
    expect(JSON.stringify(view)).not.toContain('Secret');
    expect(JSON.stringify(view)).not.toContain('SEC-1');
    // Léa was not asked for: her cells are bare.
    expect(view.people.find((p) => p.accountId === LEA)?.weeks[0]?.tasks).toBeUndefined();
  });

  it('uses the capacity settings, and leaves out people with work only in campaigns the reader may not see', async () => {
    const halfTime: PersonCapacity = { accountId: NOAH, availability: 0.5, reserved: 0, timeOff: [] };
    const onlySecret = campaign('SEC-2', 'SEC', [task('x', 'Hidden work', 'acc-hugo', '2026-11-30', '2026-12-04', 2)]);
    const view = await getPortfolioCapacity({ weeks: 2 }, USER, portsOf([mkt, sec, onlySecret], ['10'], [halfTime]));
    expect(view.people.map((p) => p.accountId).sort()).toEqual([LEA, NOAH].sort());
    expect(view.people.find((p) => p.accountId === NOAH)?.weeks[1]).toMatchObject({
      demandDays: 10,
      capacityDays: 2.5,
      ratio: 4,
      level: 'over',
    });
  });

  it('shows nobody to someone who may browse no project', async () => {
    const view = await getPortfolioCapacity({}, USER, portsOf([mkt, sec], []));
    expect(view.people).toEqual([]);
    expect(view.weeks).toHaveLength(12);
    expect(view.team.every((t) => t.demandDays === 0 && t.capacityDays === 0 && t.ratio === null)).toBe(true);
  });

  it('reads the stored workloads, and fills in once a campaign that has none', async () => {
    const ports = portsOf([mkt, sec], ['10', '30']);
    const first = await getPortfolioCapacity({ weeks: 2 }, USER, ports);
    expect(ports.reads.records).toBe(2);
    expect([...ports.workloads.keys()].sort()).toEqual(['MKT-1', 'SEC-1']);
    const again = await getPortfolioCapacity({ weeks: 2 }, USER, ports);
    expect(ports.reads.records).toBe(2);
    expect(again.people).toEqual(first.people);
    // A workload written since (the panel's or the consumer's) is what counts.
    const stored = ports.workloads.get('SEC-1');
    if (!stored) throw new Error('no workload');
    ports.workloads.set('SEC-1', { ...stored, tasks: [] });
    const lighter = await getPortfolioCapacity({ weeks: 2 }, USER, ports);
    expect(lighter.people.find((p) => p.accountId === NOAH)?.weeks[1]?.demandDays).toBe(5);
  });
});
