import type { CampaignSnapshot } from '../../../src/domain/model';
import { IssueEvent, type JiraCampaignIssue, type SnapshotMeta } from '../../../src/domain/snapshot';
import { applyIssueEvent } from '../../../src/usecases/panel/apply-issue-event';
import { getCampaignPanel, type GetCampaignPanelPorts } from '../../../src/usecases/panel/get-campaign-panel';
import { CHANGE_CHECK_EVERY_MINUTES, loadCampaignForUser } from '../../../src/usecases/panel/load-campaign';
import { must } from '../../support/must';
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
  const hints = new Map<string, string>();
  const ports: GetCampaignPanelPorts = {
    jira: {
      lookup: async (key) => (calls.push(`lookup ${key}`), visible.has(key) ? jiraIssue(key) : undefined),
      costFieldIds: async () => ({}),
      readCampaign: async () => (calls.push('read'), [...visible].map(jiraIssue)),
      throughputDays: async () => [],
      fetch: async (keys) => (calls.push(`fetch ${keys.join(',')}`), keys.filter((k) => visible.has(k)).map(jiraIssue)),
      changesSince: async (_epic, _minutes, _fields, { withEpic }) => {
        calls.push(withEpic ? 'changes with epic' : 'changes');
        const listed = withEpic && visible.has(KEYS.epic) ? [jiraIssue(KEYS.epic)] : [];
        return { seen: listed.map((i) => ({ key: i.key, updated: i.fields.updated })), more: false, issues: listed };
      },
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
      markChecked: async (_epicKey, refreshedAt) => {
        calls.push('checked');
        if (stored) stored = { meta: { ...stored.meta, refreshedAt }, snapshot: { ...stored.snapshot, refreshedAt } };
      },
    },
    hints: {
      epicOf: async (key) => hints.get(key),
      remember: async (key, epicKey) => void hints.set(key, epicKey),
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
    expect(w.calls).toEqual([`lookup ${KEYS.creative}`, 'changes with epic', 'checked']);
  });

  it("serves a view from the issue's own panel with no Jira call while the snapshot was checked recently", async () => {
    const w = panelWorld();
    const context = { issueKey: KEYS.creative, projectKey: 'MKT' };
    // The first view looks the issue up (nothing remembered yet) and builds cold.
    await loadCampaignForUser(KEYS.creative, { refresh: false, now: NOW, context }, w.ports);
    w.calls.length = 0;
    const soon = new Date(NOW.getTime() + (CHANGE_CHECK_EVERY_MINUTES * 60_000) / 2);
    const warm = await loadCampaignForUser(KEYS.creative, { refresh: false, now: soon, context }, w.ports);
    expect(warm).toMatchObject({ kind: 'campaign', refresh: 'cache', dataAsOf: NOW.toISOString() });
    expect(w.calls).toEqual([]);
    // Past the interval, one change check without the epic (the context proves it: same project, no security level).
    const later = new Date(NOW.getTime() + CHANGE_CHECK_EVERY_MINUTES * 60_000 + 1);
    await loadCampaignForUser(KEYS.creative, { refresh: false, now: later, context }, w.ports);
    expect(w.calls).toEqual(['changes', 'checked']);
  });

  it('asks Jira when the context proves less: another issue named in the payload, another project, a secured epic', async () => {
    const w = panelWorld();
    await loadCampaignForUser(
      KEYS.creative,
      { refresh: false, now: NOW, context: { issueKey: KEYS.creative, projectKey: 'MKT' } },
      w.ports,
    );
    await loadCampaignForUser(KEYS.launch, { refresh: false, now: NOW, context: { issueKey: KEYS.launch, projectKey: 'MKT' } }, w.ports);
    const soon = new Date(NOW.getTime() + 60_000);
    w.calls.length = 0;
    await loadCampaignForUser(KEYS.launch, { refresh: false, now: soon, context: { issueKey: KEYS.creative, projectKey: 'MKT' } }, w.ports);
    expect(w.calls).toEqual([`lookup ${KEYS.launch}`, 'changes with epic', 'checked']);
    w.calls.length = 0;
    await loadCampaignForUser(
      KEYS.creative,
      { refresh: false, now: soon, context: { issueKey: KEYS.creative, projectKey: 'OPS' } },
      w.ports,
    );
    expect(w.calls).toEqual(['changes with epic', 'checked']);
    const stored = must(w.stored(), 'the stored snapshot');
    stored.meta.epicAccess = { projectKey: 'MKT', secured: true };
    w.calls.length = 0;
    await loadCampaignForUser(
      KEYS.creative,
      { refresh: false, now: soon, context: { issueKey: KEYS.creative, projectKey: 'MKT' } },
      w.ports,
    );
    expect(w.calls).toEqual(['changes with epic', 'checked']);
    // On the epic's own panel, the context proves the epic whatever its level.
    await loadCampaignForUser(KEYS.epic, { refresh: false, now: soon, context: { issueKey: KEYS.epic, projectKey: 'MKT' } }, w.ports);
    w.calls.length = 0;
    await loadCampaignForUser(KEYS.epic, { refresh: false, now: soon, context: { issueKey: KEYS.epic, projectKey: 'MKT' } }, w.ports);
    expect(w.calls).toEqual([]);
  });

  it('applies what the change check lists from its own answer, with no second read', async () => {
    const w = panelWorld();
    const context = { issueKey: KEYS.epic, projectKey: 'MKT' };
    await loadCampaignForUser(KEYS.epic, { refresh: false, now: NOW, context }, w.ports);
    const edited = {
      ...jiraIssue(KEYS.design),
      fields: { ...jiraIssue(KEYS.design).fields, summary: 'edited', updated: NOW.toISOString() },
    };
    w.ports.jira.changesSince = async () => (
      w.calls.push('changes'),
      { seen: [{ key: edited.key, updated: edited.fields.updated }], more: false, issues: [edited] }
    );
    w.calls.length = 0;
    const later = new Date(NOW.getTime() + CHANGE_CHECK_EVERY_MINUTES * 60_000 + 1);
    const out = await loadCampaignForUser(KEYS.epic, { refresh: false, now: later, context }, w.ports);
    expect(out).toMatchObject({ kind: 'campaign', refresh: 'incremental' });
    expect(w.calls).toEqual(['changes']);
    expect(w.stored()?.snapshot.issues[KEYS.design]?.summary).toBe('edited');
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
