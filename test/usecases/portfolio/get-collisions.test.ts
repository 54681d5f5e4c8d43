import { getCollisions, type GetCollisionsPorts } from '../../../src/usecases/portfolio/get-collisions';
import { indexEntryOf, type PortfolioRollup } from '../../../src/domain/portfolio/rollup';
import type { PortfolioSettings } from '../../../src/domain/portfolio/settings';
import { GetCollisionsResult } from '../../../src/contracts/collisions';
import { collisionText } from '../../../src/wording/catalog/collisions';
import { quote } from '../../../src/wording/typography';

const NOW = Date.parse('2026-11-24T10:00:00.000Z');

function rollup(epicKey: string, projectKey: string, projectId: string, over: Partial<PortfolioRollup> = {}): PortfolioRollup {
  return {
    epicKey,
    name: `Campagne ${epicKey}`,
    projectKey,
    projectId,
    ownerAccountId: 'acc-camille',
    ownerName: 'Camille Martin',
    health: { level: 'on_track', reasons: [] },
    firstWorkDate: '2026-10-01',
    launchDate: '2026-12-01',
    forecastP85: null,
    budget: { amount: 1000, currency: 'EUR' },
    actual: 0,
    eac: null,
    signoff: { approved: 0, total: 0, late: 0 },
    kpiAttainment: null,
    milestones: [],
    snapshotVersion: 1,
    updatedAt: '2026-11-24T09:00:00.000Z',
    ...over,
  };
}

function portsOf(rollups: PortfolioRollup[], browsable: string[], settings?: PortfolioSettings) {
  const calls = { checks: 0, rowsAsked: [] as string[][] };
  const ports: GetCollisionsPorts = {
    portfolio: {
      index: async () => rollups.map(indexEntryOf),
      rows: async (keys) => {
        calls.rowsAsked.push([...keys]);
        return rollups.filter((r) => keys.includes(r.projectKey));
      },
      learnProjectIds: async () => undefined,
    },
    visibility: {
      browsable: async (asked) => {
        calls.checks += 1;
        return new Set(asked.filter((id) => browsable.includes(id)));
      },
      projectId: async () => undefined,
    },
    settings: { get: async () => settings },
    clock: { now: () => new Date(NOW) },
  };
  return { ports, calls };
}

const FR = { accountId: 'acc-ines', locale: 'fr_FR' };
const EN = { accountId: 'acc-sam', locale: 'en_US' };
const gate = (dueDate: string, accountId = 'acc-lea', displayName = 'Léa Dubois') => ({
  dueDate,
  approvers: [{ accountId, displayName }],
});

describe('getCollisions', () => {
  it('names both campaigns of two launches to the same audience within the window, in the reader’s language', async () => {
    const a = rollup('MKT-1', 'MKT', '10', { launchDate: '2026-12-01', audiences: ['prospects'], channels: ['email'] });
    const b = rollup('EVT-1', 'EVT', '20', { launchDate: '2026-12-04', audiences: ['prospects', 'customers'], channels: ['social'] });
    const { ports, calls } = portsOf([a, b], ['10', '20']);
    const view = GetCollisionsResult.parse(await getCollisions({}, FR, ports));
    expect(view.collisions).toHaveLength(1);
    const [c] = view.collisions;
    expect(c).toMatchObject({
      kind: 'audience_overlap',
      shared: ['prospects'],
      daysApart: 3,
      campaigns: [{ campaignKey: 'MKT-1' }, { campaignKey: 'EVT-1' }],
    });
    expect(c?.text).toContain(quote('fr', 'Campagne MKT-1'));
    expect(c?.text).toContain(quote('fr', 'Campagne EVT-1'));
    expect(c?.text).toMatch(/^Deux lancements vers la même cible à 3 jours d’écart/u);
    expect(view.settings).toEqual({ collisionWindowDays: 7, approverWeeklyGateLimit: 3, blackouts: [] });
    expect(view.campaigns).toBe(2);
    expect(calls.checks).toBe(1);
    const en = await getCollisions({}, EN, portsOf([a, b], ['10', '20']).ports);
    expect(en.collisions[0]?.text).toBe(collisionText('en', must(c)));
  });

  it('uses the site’s window: launches further apart than N days do not collide', async () => {
    const a = rollup('MKT-1', 'MKT', '10', { launchDate: '2026-12-01', audiences: ['prospects'] });
    const b = rollup('MKT-2', 'MKT', '10', { launchDate: '2026-12-11', audiences: ['prospects'] });
    expect((await getCollisions({}, FR, portsOf([a, b], ['10']).ports)).collisions).toEqual([]);
    const wide: PortfolioSettings = { collisionWindowDays: 14, approverWeeklyGateLimit: 3, blackouts: [] };
    const view = await getCollisions({}, FR, portsOf([a, b], ['10'], wide).ports);
    expect(view.collisions.map((c) => c.kind)).toEqual(['audience_overlap']);
    expect(view.settings.collisionWindowDays).toBe(14);
  });

  it('never shows a collision with a campaign in a project the reader may not browse', async () => {
    const a = rollup('MKT-1', 'MKT', '10', { launchDate: '2026-12-01', audiences: ['prospects'] });
    const hidden = rollup('SEC-1', 'SEC', '30', { launchDate: '2026-12-02', audiences: ['prospects'] });
    const { ports, calls } = portsOf([a, hidden], ['10']);
    const view = await getCollisions({}, FR, ports);
    expect(view.collisions).toEqual([]);
    expect(view.campaigns).toBe(1);
    expect(calls.rowsAsked).toEqual([['MKT']]);
    // Someone who may browse both sees it.
    expect((await getCollisions({}, FR, portsOf([a, hidden], ['10', '30']).ports)).collisions).toHaveLength(1);
  });

  it('finds launches in a blackout window and overloaded approvers, with the approver’s name', async () => {
    const settings: PortfolioSettings = {
      collisionWindowDays: 7,
      approverWeeklyGateLimit: 2,
      blackouts: [{ id: 'gel', name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31', channels: ['email'] }],
    };
    const a = rollup('MKT-1', 'MKT', '10', {
      launchDate: '2026-12-22',
      channels: ['email'],
      gates: [gate('2026-12-07'), gate('2026-12-08')],
    });
    const b = rollup('MKT-2', 'MKT', '10', { launchDate: '2027-02-01', gates: [gate('2026-12-09'), gate('2026-11-02')] });
    const view = await getCollisions({}, FR, portsOf([a, b], ['10'], settings).ports);
    expect(view.collisions.map((c) => c.kind)).toEqual(['blackout', 'approver_overload']);
    const overload = view.collisions[1];
    // The gate due in a week already over is not counted: three gates that week, not four.
    expect(overload).toMatchObject({ accountId: 'acc-lea', displayName: 'Léa Dubois', gates: 3, limit: 2, weekStart: '2026-12-07' });
    expect(overload?.text).toContain('Léa Dubois a 3 validations');
    expect(view.collisions[0]?.text).toContain(quote('fr', 'Gel des e-mails'));
  });

  it('leaves out launches long past, and narrows to the projects asked', async () => {
    const old = rollup('MKT-1', 'MKT', '10', { launchDate: '2026-11-10', audiences: ['prospects'] });
    const older = rollup('MKT-2', 'MKT', '10', { launchDate: '2026-11-12', audiences: ['prospects'] });
    const a = rollup('MKT-3', 'MKT', '10', { launchDate: '2026-12-01', audiences: ['prospects'] });
    const b = rollup('EVT-1', 'EVT', '20', { launchDate: '2026-12-02', audiences: ['prospects'] });
    const all = await getCollisions({}, FR, portsOf([old, older, a, b], ['10', '20']).ports);
    expect(all.collisions.map((c) => (c.kind === 'audience_overlap' ? c.campaigns.map((x) => x.campaignKey) : []))).toEqual([
      ['MKT-3', 'EVT-1'],
    ]);
    expect((await getCollisions({ projectKeys: ['MKT'] }, FR, portsOf([old, older, a, b], ['10', '20']).ports)).collisions).toEqual([]);
  });

  it('answers at most 200 collisions of a kind, the earliest, and counts the rest', async () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      rollup(`MKT-${i + 1}`, 'MKT', '10', { launchDate: '2026-12-01', audiences: ['prospects'], channels: [`c${i}`] }),
    );
    const view = await getCollisions({}, FR, portsOf(many, ['10']).ports);
    // 30 launches the same day to one audience: 435 pairs.
    expect(view.collisions).toHaveLength(200);
    expect(view.omitted).toBe(235);
    expect(view.collisions.every((c) => c.kind === 'audience_overlap')).toBe(true);
  });
});

function must<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('missing');
  return v;
}
