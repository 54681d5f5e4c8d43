import type { StoredForecast } from '../../../src/domain/metrics';
import type { PortfolioRollup } from '../../../src/domain/portfolio/rollup';
import type { CampaignWorkload } from '../../../src/domain/portfolio/workload';
import { recomputeForecast, type RecomputeForecastPorts } from '../../../src/usecases/panel/recompute-forecast';
import { writePlanRollup } from '../../../src/usecases/portfolio/write-rollup';
import type { PortfolioStorePort } from '../../../src/usecases/ports/portfolio-store';
import { done, KEYS, PEOPLE, record, snapshot } from '../../domain/metrics/fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');

function portfolioWorld(fail = false) {
  const saved: PortfolioRollup[] = [];
  const workloads: (CampaignWorkload | undefined)[] = [];
  const portfolio: Pick<PortfolioStorePort, 'save' | 'saveIfAbsent'> = {
    save: async (r, w) => {
      if (fail) throw new Error('KVS is busy');
      saved.push(r);
      workloads.push(w);
    },
    saveIfAbsent: async (r, w) => {
      if (saved.some((s) => s.epicKey === r.epicKey)) return false;
      saved.push(r);
      workloads.push(w);
      return true;
    },
  };
  return { portfolio, saved, workloads };
}

function consumerPorts(world: ReturnType<typeof portfolioWorld>, actualCost: number | null = null): RecomputeForecastPorts {
  const rec = record();
  let stored: StoredForecast | undefined;
  const snap = snapshot({ design: { ...done('2026-11-20'), actualCost } });
  return {
    records: { get: async () => rec },
    snapshots: {
      load: async () => ({
        snapshot: snap,
        meta: {
          epicKey: KEYS.epic,
          buildId: 'b',
          builtAt: NOW.toISOString(),
          shardCount: 1,
          version: 4,
          refreshedAt: NOW.toISOString(),
          throughputDays: [],
          people: PEOPLE,
          epicId: '10001',
        },
      }),
    },
    campaigns: { all: async () => [rec] },
    forecasts: {
      load: async () => stored,
      save: async (f) => void (stored = f),
      clearQueued: async () => undefined,
    },
    clock: { now: () => NOW },
    portfolio: world.portfolio,
    signOffRecord: { entries: async () => [] },
    actuals: { load: async () => ({ kpiSeries: [], channelSpend: [] }) },
  };
}

describe('the portfolio roll-up, written where the app computes a campaign anyway', () => {
  it('is written by the forecast consumer with the forecast it computed, and again when the forecast is current', async () => {
    const world = portfolioWorld();
    const ports = consumerPorts(world);
    expect(await recomputeForecast({ epicKey: KEYS.epic }, ports)).toMatchObject({ computed: true });
    expect(world.saved).toHaveLength(1);
    expect(world.saved[0]).toMatchObject({ epicKey: KEYS.epic, snapshotVersion: 1, updatedAt: NOW.toISOString() });
    expect(world.saved[0]?.forecastP85).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await recomputeForecast({ epicKey: KEYS.epic }, ports)).toEqual({ computed: false, reason: 'current' });
    expect(world.saved).toHaveLength(2);
    expect(world.saved[1]?.forecastP85).toBe(world.saved[0]?.forecastP85);
  });

  it('carries a cost the forecast does not depend on', async () => {
    const world = portfolioWorld();
    await recomputeForecast({ epicKey: KEYS.epic }, consumerPorts(world, 700));
    expect(world.saved[0]?.actual).toBe(700);
  });

  it('never fails the consumer when storage refuses it', async () => {
    const world = portfolioWorld(true);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await recomputeForecast({ epicKey: KEYS.epic }, consumerPorts(world))).toMatchObject({ computed: true });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('was not stored'));
    } finally {
      warn.mockRestore();
    }
  });

  it('of a created campaign comes from its plan, and never replaces a computed one', async () => {
    const world = portfolioWorld();
    await recomputeForecast({ epicKey: KEYS.epic }, consumerPorts(world));
    await writePlanRollup(record(), NOW, world);
    expect(world.saved).toHaveLength(1);
    const fresh = portfolioWorld();
    await writePlanRollup(record(), NOW, fresh);
    expect(fresh.saved).toMatchObject([{ epicKey: KEYS.epic, snapshotVersion: -1, actual: 0 }]);
  });

  it('carries the plan’s audiences and channels, and its open sign-offs with their approvers', async () => {
    const world = portfolioWorld();
    const rec = record();
    const targeted = { ...rec, plan: { ...rec.plan, audiences: ['prospects'], channels: ['email', 'sms'] } };
    await writePlanRollup(targeted, NOW, world);
    expect(world.saved[0]).toMatchObject({ audiences: ['prospects'], channels: ['email', 'sms'] });
    expect(world.saved[0]?.gates).toEqual(
      rec.plan.gates.map((g) => ({
        dueDate: g.dueDate,
        approvers: g.approverAccountIds.map((accountId) => ({ accountId, displayName: '' })),
      })),
    );
    await recomputeForecast({ epicKey: KEYS.epic }, consumerPorts(world));
    const computed = world.saved[1];
    expect(computed?.gates?.length).toBeGreaterThan(0);
    // The workload goes with each roll-up: the plan's open assigned tasks, then the snapshot's (names from its people).
    const [planned, fromSnapshot] = world.workloads;
    expect(planned?.tasks.length).toBe(
      rec.plan.rows.filter((r) => r.kind === 'task' && r.assigneeAccountId && r.estimateBusinessDays > 0).length,
    );
    expect(fromSnapshot?.epicKey).toBe(KEYS.epic);
    expect(fromSnapshot?.tasks.every(([, , at]) => (fromSnapshot.assignees[at]?.displayName ?? '') !== '')).toBe(true);
    expect(computed?.gates?.every((g) => g.approvers.every((a) => a.displayName !== ''))).toBe(true);
  });
});
