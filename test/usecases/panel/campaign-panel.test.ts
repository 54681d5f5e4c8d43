import type { CampaignSnapshot } from '../../../src/domain/model';
import { IssueEvent, type JiraCampaignIssue, type SnapshotMeta } from '../../../src/domain/snapshot';
import { applyIssueEvent } from '../../../src/usecases/panel/apply-issue-event';
import { getCampaignPanel, type GetCampaignPanelPorts } from '../../../src/usecases/panel/get-campaign-panel';
import { loadCampaignForUser } from '../../../src/usecases/panel/load-campaign';
import type { StoredSnapshot } from '../../../src/usecases/ports/snapshot-store';
import { KEYS, LEA, record } from '../../domain/metrics/fixtures';

const NOW = new Date('2026-11-18T10:00:00.000Z');
const VIEWER = { browse: true, createIssues: false, editIssues: false, administer: false };
const PARENT: Record<string, string | undefined> = { [KEYS.creative]: KEYS.epic, [KEYS.launch]: KEYS.epic, [KEYS.design]: KEYS.epic };

function jiraIssue(key: string): JiraCampaignIssue {
  const parent = PARENT[key];
  return {
    id: `1${key.split('-')[1]}`,
    key,
    fields: {
      summary: key,
      status: { statusCategory: { key: 'new' } },
      issuetype: { name: key === KEYS.epic ? 'Epic' : 'Task' },
      ...(parent ? { parent: { key: parent } } : {}),
      created: '2026-11-02T09:00:00.000+0100',
      updated: '2026-11-02T09:00:00.000+0100',
      issuelinks: [],
    },
  };
}

/** In-memory panel ports: the Jira issues the user sees, the stored snapshot, and what was asked. */
function panelWorld(options: { visible?: string[]; stored?: StoredSnapshot } = {}) {
  const visible = new Set(options.visible ?? [KEYS.epic, KEYS.creative, KEYS.launch, KEYS.design]);
  const calls: string[] = [];
  let stored = options.stored;
  const ports: GetCampaignPanelPorts = {
    jira: {
      lookup: async (key) => (calls.push(`lookup ${key}`), visible.has(key) ? jiraIssue(key) : undefined),
      costFieldIds: async () => ({}),
      issueIds: async () => (calls.push('ids'), [...visible]),
      throughputDays: async () => [],
      fetch: async (keys) => (calls.push(`fetch ${keys.join(',')}`), keys.filter((k) => visible.has(k)).map(jiraIssue)),
      changesSince: async () => (
        calls.push('changes'),
        { seen: visible.has(KEYS.epic) ? [{ key: KEYS.epic, updated: '2026-11-02T09:00:00.000+0100' }] : [], more: false }
      ),
    },
    records: { get: async (epicKey) => (epicKey === KEYS.epic ? record() : undefined) },
    snapshots: {
      load: async () => stored,
      meta: async () => stored?.meta,
      saveFull: async (snapshot: CampaignSnapshot, extra, builtAt): Promise<SnapshotMeta> => {
        const meta: SnapshotMeta = {
          epicKey: snapshot.epicKey,
          buildId: 'b1',
          builtAt,
          shardCount: 1,
          version: 1,
          refreshedAt: snapshot.refreshedAt,
          throughputDays: [],
          ...extra,
        };
        stored = { meta, snapshot: { ...snapshot, version: 1 } };
        return meta;
      },
      saveChanges: async (s, next) => ((stored = { meta: s.meta, snapshot: next }), s.meta),
      markChecked: async () => void calls.push('checked'),
    },
    directory: { list: async () => [{ accountId: LEA, displayName: 'Léa Martin' }] },
    signOffRecord: { entries: async () => [] },
    actuals: { load: async () => ({ kpiSeries: [], channelSpend: [] }) },
    campaigns: { all: async () => [record()] },
    clock: { now: () => NOW },
    grants: { grantsIn: async (projectKey) => (calls.push(`grants ${projectKey}`), VIEWER) },
  };
  return { ports, calls, stored: () => stored };
}

describe('loadCampaignForUser (use case)', () => {
  it('builds cold, then serves the fresh snapshot after one change check', async () => {
    const w = panelWorld();
    const cold = await loadCampaignForUser(KEYS.creative, { refresh: false, now: NOW }, w.ports);
    expect(cold).toMatchObject({ kind: 'campaign', refresh: 'cold' });
    expect(Object.keys(w.stored()?.snapshot.issues ?? {}).sort()).toEqual([KEYS.epic, KEYS.creative, KEYS.launch, KEYS.design].sort());
    w.calls.length = 0;
    const cached = await loadCampaignForUser(KEYS.creative, { refresh: false, now: new Date(NOW.getTime() + 60_000) }, w.ports);
    expect(cached).toMatchObject({ kind: 'campaign', refresh: 'cache' });
    expect(w.calls).toEqual([`lookup ${KEYS.creative}`, 'changes', 'checked']);
  });

  it('is NOT_FOUND on an issue the user cannot see, and none outside a campaign', async () => {
    await expect(loadCampaignForUser(KEYS.creative, { refresh: false, now: NOW }, panelWorld({ visible: [] }).ports)).rejects.toMatchObject(
      { code: 'NOT_FOUND', field: 'issueKey' },
    );
    await expect(
      loadCampaignForUser(KEYS.creative, { refresh: false, now: NOW }, panelWorld({ visible: [KEYS.creative] }).ports),
    ).resolves.toEqual({ kind: 'none' });
  });
});

describe('getCampaignPanel (use case)', () => {
  it("computes the panel of the payload's issue, else the context's", async () => {
    const out = await getCampaignPanel({ contextIssueKey: KEYS.epic }, { accountId: LEA }, panelWorld().ports);
    expect(out.mode).toBe('epic');
  });

  it("says what the user may do on the panel, asking the campaign project's grants once", async () => {
    const w = panelWorld();
    const out = await getCampaignPanel({ issueKey: KEYS.creative }, { accountId: 'acc-ines', locale: 'fr_FR' }, w.ports);
    if (out.mode === 'none') throw new Error('expected a panel');
    expect(out.actions).toMatchObject({ role: 'viewer', publishReport: { allowed: false }, importCsv: { allowed: false } });
    expect(out.actions?.publishReport.reason).toMatch(/^Seuls le chef de projet/);
    expect(w.calls.filter((c) => c.startsWith('grants'))).toEqual(['grants MKT']);
  });

  it('needs an issue outside an issue view', async () => {
    await expect(getCampaignPanel({}, { accountId: LEA }, panelWorld().ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issueKey',
    });
  });
});

describe('applyIssueEvent (use case, as the app)', () => {
  it('drops a deleted issue from the snapshot holding it', async () => {
    const w = panelWorld();
    await loadCampaignForUser(KEYS.epic, { refresh: true, now: NOW }, w.ports);
    const event = { eventType: 'avi:jira:deleted:issue', issue: { id: '14', key: KEYS.design, fields: { parent: { key: KEYS.epic } } } };
    const out = await applyIssueEvent(IssueEvent.parse(event), { ...w.ports, campaigns: { list: async () => [record()] } });
    expect(out).toEqual({ applied: true, epicKeys: [KEYS.epic] });
    expect(w.stored()?.snapshot.issues[KEYS.design]).toBeUndefined();
  });
});
