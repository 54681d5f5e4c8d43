import type { CampaignRecord } from '../../../src/domain/model';
import type { StoredForecast } from '../../../src/domain/metrics';
import type { PersonCapacity } from '../../../src/domain/forecast';
import { recomputeForecast, type RecomputeForecastPorts } from '../../../src/usecases/panel/recompute-forecast';
import { panelForecast, requestForecast } from '../../../src/usecases/panel/panel-forecast';
import { forecastSourceOf } from '../../../src/usecases/panel/forecast-source';
import type { ForecastStorePort } from '../../../src/usecases/ports/forecast-store';
import type { StoredSnapshot } from '../../../src/usecases/ports/snapshot-store';
import { HUGO, KEYS, PEOPLE, record, snapshot } from '../../domain/metrics/fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');

/** In-memory forecast store and queue, with what was asked of them. */
function forecastWorld() {
  const saved: StoredForecast[] = [];
  const queued: string[] = [];
  const marks = new Map<string, number>();
  let stored: StoredForecast | undefined;
  const forecasts: ForecastStorePort = {
    load: async () => stored,
    save: async (f) => {
      saved.push(f);
      stored = f;
    },
    markQueued: async (epicKey, at) => {
      const last = marks.get(epicKey);
      if (last !== undefined && at.getTime() - last < 15 * 60_000) return false;
      marks.set(epicKey, at.getTime());
      return true;
    },
    clearQueued: async (epicKey) => {
      marks.delete(epicKey);
    },
  };
  const forecastQueue = { enqueue: async (epicKey: string) => (queued.push(epicKey), true) };
  return { forecasts, forecastQueue, saved, queued, marks };
}

function stored(): StoredSnapshot {
  const snap = snapshot();
  return {
    snapshot: snap,
    meta: {
      epicKey: snap.epicKey,
      buildId: 'b1',
      builtAt: NOW.toISOString(),
      shardCount: 1,
      version: 3,
      refreshedAt: NOW.toISOString(),
      throughputDays: [],
      people: PEOPLE,
      epicId: '10001',
    },
  };
}

function recomputePorts(
  world: ReturnType<typeof forecastWorld>,
  options: { capacity?: PersonCapacity[]; snapshot?: StoredSnapshot | null } = {},
) {
  const rec: CampaignRecord = record();
  const snap = options.snapshot === null ? undefined : (options.snapshot ?? stored());
  const ports: RecomputeForecastPorts = {
    records: { get: async (k) => (k === rec.epicKey ? rec : undefined) },
    snapshots: { load: async (k) => (k === rec.epicKey ? snap : undefined) },
    campaigns: { all: async () => [rec] },
    capacity: { all: async () => options.capacity ?? [] },
    forecasts: world.forecasts,
    clock: { now: () => NOW },
  };
  return ports;
}

describe('recomputeForecast (the campaign-forecast consumer)', () => {
  it('computes the Monte Carlo from the stored snapshot and stores it with its fingerprint and time', async () => {
    const world = forecastWorld();
    const outcome = await recomputeForecast({ epicKey: KEYS.epic }, recomputePorts(world));
    expect(outcome).toMatchObject({ computed: true });
    expect(world.saved).toHaveLength(1);
    const [first] = world.saved;
    expect(first?.epicKey).toBe(KEYS.epic);
    expect(first?.computedAt).toBe(NOW.toISOString());
    expect(first?.forecast.trials).toBeGreaterThan(0);
    expect(Object.keys(first?.forecast.milestones ?? {}).length).toBeGreaterThan(0);
  });

  it('does nothing the second time when nothing changed, and recomputes once the inputs change', async () => {
    const world = forecastWorld();
    await recomputeForecast({ epicKey: KEYS.epic }, recomputePorts(world));
    expect(await recomputeForecast({ epicKey: KEYS.epic }, recomputePorts(world))).toEqual({ computed: false, reason: 'current' });
    expect(world.saved).toHaveLength(1);
    // Hugo takes three weeks off: another fingerprint, another run.
    const away = [{ accountId: HUGO, availability: 1, reserved: 0, timeOff: [{ from: '2026-11-24', to: '2026-12-14' }] }];
    const outcome = await recomputeForecast({ epicKey: KEYS.epic }, recomputePorts(world, { capacity: away }));
    expect(outcome.computed).toBe(true);
    expect(world.saved).toHaveLength(2);
    expect(world.saved[1]?.fingerprint).not.toBe(world.saved[0]?.fingerprint);
  });

  it('skips a campaign without a snapshot or without a record, and clears the queued mark first', async () => {
    const world = forecastWorld();
    world.marks.set(KEYS.epic, NOW.getTime());
    expect(await recomputeForecast({ epicKey: KEYS.epic }, recomputePorts(world, { snapshot: null }))).toEqual({
      computed: false,
      reason: 'no_snapshot',
    });
    expect(world.marks.has(KEYS.epic)).toBe(false);
    expect(await recomputeForecast({ epicKey: 'MKT-999' }, recomputePorts(world))).toEqual({ computed: false, reason: 'not_a_campaign' });
    expect(world.saved).toEqual([]);
  });
});

describe('panelForecast (a panel load never runs the Monte Carlo)', () => {
  const sourceOf = async (capacity: PersonCapacity[] = []) =>
    (
      await forecastSourceOf({ record: record(), snapshot: stored().snapshot, people: PEOPLE }, NOW, {
        ...recomputePorts(forecastWorld(), { capacity }),
      })
    ).source;

  it('is pending without a stored forecast, and queues the consumer once for a burst of loads', async () => {
    const world = forecastWorld();
    const source = await sourceOf();
    const first = await panelForecast(source, { inline: false, now: NOW }, world);
    expect(first).toEqual({ forecast: null, state: { status: 'pending', computedAt: null } });
    await panelForecast(source, { inline: false, now: new Date(NOW.getTime() + 5_000) }, world);
    expect(world.queued).toEqual([KEYS.epic]);
    expect(world.saved).toEqual([]);
  });

  it('shows the stored forecast as current once the consumer ran, and as stale with its time after a change', async () => {
    const world = forecastWorld();
    await recomputeForecast({ epicKey: KEYS.epic }, recomputePorts(world));
    const current = await panelForecast(await sourceOf(), { inline: false, now: NOW }, world);
    expect(current.state).toEqual({ status: 'current', computedAt: NOW.toISOString() });
    expect(current.forecast).toEqual(world.saved[0]?.forecast);

    const away = [{ accountId: HUGO, availability: 1, reserved: 0, timeOff: [{ from: '2026-11-24', to: '2026-12-14' }] }];
    const stale = await panelForecast(await sourceOf(away), { inline: false, now: NOW }, world);
    expect(stale.state).toEqual({ status: 'stale', computedAt: NOW.toISOString() });
    expect(stale.forecast).toEqual(world.saved[0]?.forecast);
    expect(world.queued).toEqual([KEYS.epic]);
    expect(world.saved).toHaveLength(1);
  });

  it('computes and stores a missing forecast inline when asked (the status report)', async () => {
    const world = forecastWorld();
    const answer = await panelForecast(await sourceOf(), { inline: true, now: NOW }, world);
    expect(answer.state.status).toBe('current');
    expect(answer.forecast?.trials).toBeGreaterThan(0);
    expect(world.saved).toHaveLength(1);
    expect(world.queued).toEqual([]);
  });

  it('lets the next load queue again when the queue refused the push', async () => {
    const world = forecastWorld();
    const refusing = { ...world, forecastQueue: { enqueue: async () => false } };
    expect(await requestForecast(KEYS.epic, { ...refusing, clock: { now: () => NOW } })).toBe(false);
    expect(world.marks.has(KEYS.epic)).toBe(false);
    expect(await requestForecast(KEYS.epic, { ...world, clock: { now: () => NOW } })).toBe(true);
    expect(world.queued).toEqual([KEYS.epic]);
  });
});
