import { buildCampaignPanel } from '../../../src/domain/metrics';
import type { CampaignRecord, CampaignSnapshot } from '../../../src/domain/model';
import { otherCampaignWork, readingOnce } from '../../../src/usecases/portfolio/other-campaigns';
import type { StoredSnapshot } from '../../../src/usecases/ports/snapshot-store';
import { KEYS, LEA, NOAH, PEOPLE, record, snapshot } from '../../domain/metrics/fixtures';

const TODAY = '2026-11-12';
const rename = (key: string): string => key.replace('MKT-', 'OTH-');

/** The same campaign again under other keys (project OTH), its design task `designDays` long and due sooner than ours. */
function otherCampaign(designDays: number): { record: CampaignRecord; stored: StoredSnapshot } {
  const base = snapshot({ design: { estimateDays: designDays, assigneeAccountId: NOAH, dueDate: '2026-11-13' } });
  const issues = Object.fromEntries(
    Object.values(base.issues).map((i) => [
      rename(i.key),
      { ...i, key: rename(i.key), ...(i.milestoneKey ? { milestoneKey: rename(i.milestoneKey) } : {}), blockedBy: i.blockedBy.map(rename) },
    ]),
  );
  const snap: CampaignSnapshot = { ...base, epicKey: 'OTH-1', issues };
  const rec: CampaignRecord = {
    ...record(),
    epicKey: 'OTH-1',
    issueKeys: Object.fromEntries(Object.entries(record().issueKeys).map(([k, v]) => [k, rename(v)])),
  };
  return {
    record: rec,
    stored: {
      meta: {
        epicKey: 'OTH-1',
        buildId: 'b',
        builtAt: TODAY,
        shardCount: 1,
        version: 1,
        refreshedAt: TODAY,
        throughputDays: [],
        people: {},
        epicId: '20001',
      },
      snapshot: snap,
    },
  };
}

const ports = (others: ReturnType<typeof otherCampaign>[]) => ({
  campaigns: { all: async () => [record(), ...others.map((o) => o.record)] },
  snapshots: { load: async (epicKey: string) => others.find((o) => o.record.epicKey === epicKey)?.stored },
});

function creativeP50(otherActivities: Awaited<ReturnType<typeof otherCampaignWork>>): string | null {
  const panel = buildCampaignPanel({
    record: record(),
    snapshot: snapshot({ design: { assigneeAccountId: NOAH } }),
    today: TODAY,
    people: PEOPLE,
    actingAccountId: LEA,
    issueKey: KEYS.epic,
    dataAsOf: TODAY,
    refresh: 'cache',
    otherActivities,
  });
  return panel.milestones.find((m) => m.key === KEYS.creative)?.p50 ?? null;
}

describe('other campaigns in the forecast', () => {
  it('reads the open work of every other campaign from storage, names blanked, and none of this one', async () => {
    const work = await otherCampaignWork(KEYS.epic, ports([otherCampaign(3)]));
    expect(work.length).toBeGreaterThan(0);
    expect(new Set(work.map((a) => a.campaign))).toEqual(new Set(['OTH-1']));
    expect(work.every((a) => a.name === '' && !a.done)).toBe(true);
    expect(work.find((a) => a.key === 'OTH-4')).toMatchObject({ assignee: NOAH, workDays: 3, predecessors: [] });
  });

  it("moves this campaign's forecast when the same designer holds more work elsewhere", async () => {
    const alone = creativeP50([]);
    const light = creativeP50(await otherCampaignWork(KEYS.epic, ports([otherCampaign(1)])));
    const heavy = creativeP50(await otherCampaignWork(KEYS.epic, ports([otherCampaign(12)])));
    expect(alone).not.toBeNull();
    expect((light ?? '') >= (alone ?? '')).toBe(true);
    expect((heavy ?? '') > (light ?? '')).toBe(true);
  });

  it('counts a campaign whose roll-up was never built (just created) as its stored plan', async () => {
    const never = otherCampaign(5);
    const work = await otherCampaignWork(KEYS.epic, {
      campaigns: { all: async () => [never.record] },
      snapshots: { load: async () => undefined },
    });
    const rows = never.record.plan.rows;
    expect(work.map((a) => a.key)).toEqual(rows.map((r) => `OTH-1:${r.rowId}`));
    expect(work.every((a) => a.name === '' && a.campaign === 'OTH-1')).toBe(true);
    const task = rows.find((r) => r.kind === 'task' && r.assigneeAccountId);
    expect(work.find((a) => a.key === `OTH-1:${task?.rowId ?? ''}`)).toMatchObject({
      assignee: task?.assigneeAccountId,
      workDays: task?.estimateBusinessDays,
    });
  });
});

describe('readingOnce', () => {
  it('reads the records and each snapshot once for conflicts and collisions of one request', async () => {
    let lists = 0;
    const loads: string[] = [];
    const records = [{ epicKey: 'MKT-1' }, { epicKey: 'MKT-2' }] as unknown as CampaignRecord[];
    const once = readingOnce({
      campaigns: { all: async () => (lists++, records) },
      snapshots: { load: async (key: string) => (loads.push(key), undefined) },
    });
    await Promise.all([once.campaigns.all(), once.campaigns.all()]);
    await Promise.all(['MKT-1', 'MKT-2', 'MKT-1'].map((k) => once.snapshots.load(k)));
    expect([lists, loads]).toEqual([1, ['MKT-1', 'MKT-2']]);
  });
});
