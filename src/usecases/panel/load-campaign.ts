import { differenceInHours, differenceInMinutes } from 'date-fns';
import { DomainError } from '../../domain/errors';
import type { CampaignRecord, CampaignSnapshot, SnapshotIssue } from '../../domain/model';
import {
  applySnapshotChanges,
  campaignRowsOf,
  changesFor,
  epicAccessOf,
  epicKeyOf,
  inStoredOrder,
  readChangeCheck,
  toSnapshotIssue,
  viewProvesEpic,
} from '../../domain/snapshot';
import type { CampaignHintsPort, CampaignIssuesPort } from '../ports/campaign-issues';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import type { SnapshotStorePort, StoredSnapshot } from '../ports/snapshot-store';

/** A full re-read at least this often catches what events and the change check cannot see (deleted issues). */
export const MAX_SNAPSHOT_AGE_HOURS = 12;
/** Slack added to the change check's window (JQL dates are per minute; clocks differ a little). */
export const CLOCK_MARGIN_MINUTES = 1;
/**
 * Issue events keep a snapshot current; a change check asks Jira at most this often per campaign (on a view) for
 * what an event may have missed. Views in between cost no REST call when the context proves what the user sees.
 */
export const CHANGE_CHECK_EVERY_MINUTES = 5;

export type CampaignLoad =
  | { kind: 'none' }
  | {
      kind: 'campaign';
      record: CampaignRecord;
      snapshot: CampaignSnapshot;
      people: Record<string, string>;
      refresh: 'cold' | 'incremental' | 'cache';
      dataAsOf: string;
      /** Jira's id of the campaign's project, when known (the portfolio's permission check takes ids). */
      projectId?: string;
    };

export interface LoadCampaignPorts {
  /** Asked as the user: what they cannot see is not loaded. */
  jira: CampaignIssuesPort;
  records: CampaignRecordsPort;
  snapshots: SnapshotStorePort;
  directory: PeopleDirectoryPort;
  /** Campaigns issues were found in (none: every view looks its issue up). */
  hints?: CampaignHintsPort;
}

/** Where the view comes from: the Forge context of the module (the issue panel names its issue and project). */
export interface ViewContext {
  issueKey?: string;
  projectKey?: string;
}

export interface LoadOptions {
  refresh: boolean;
  now: Date;
  context?: ViewContext;
}

/** Reads the whole campaign as the user in one pass and stores it; `none` when they cannot see the epic. */
async function coldBuild(record: CampaignRecord, now: Date, ports: LoadCampaignPorts): Promise<CampaignLoad> {
  const startedAt = now.toISOString();
  const [costFields, throughputDays, people] = await Promise.all([
    ports.jira.costFieldIds(),
    ports.jira.throughputDays(record.plan.projectKey),
    ports.directory.list(),
  ]);
  const fetched = await ports.jira.readCampaign(record.epicKey, costFields);
  const epic = fetched.find((i) => i.key === record.epicKey);
  if (!epic) return { kind: 'none' };
  const rows = campaignRowsOf(record);
  const issues: Record<string, SnapshotIssue> = {};
  for (const issue of fetched) if (epicKeyOf(issue) === record.epicKey) issues[issue.key] = toSnapshotIssue(issue, costFields, rows);
  const snapshot: CampaignSnapshot = { epicKey: record.epicKey, issues, throughputDays, refreshedAt: startedAt, version: 0 };
  const peopleByAccount = Object.fromEntries(people.map((p) => [p.accountId, p.displayName]));
  const epicAccess = epicAccessOf(epic);
  const meta = await ports.snapshots.saveFull(
    snapshot,
    { people: peopleByAccount, epicId: epic.id, ...(epicAccess ? { epicAccess } : {}) },
    startedAt,
  );
  return {
    kind: 'campaign',
    record,
    snapshot: { ...snapshot, issues: inStoredOrder(issues, meta.shardCount), version: meta.version },
    people: peopleByAccount,
    refresh: 'cold',
    dataAsOf: startedAt,
    ...(epicAccess?.projectId ? { projectId: epicAccess.projectId } : {}),
  };
}

const tooOld = (stored: StoredSnapshot, now: Date): boolean =>
  differenceInHours(now, new Date(stored.meta.builtAt)) >= MAX_SNAPSHOT_AGE_HOURS;

/**
 * The stored snapshot, served as it is when the user is known to see the epic and Jira was checked less than
 * CHANGE_CHECK_EVERY_MINUTES ago; else after one change check (which also proves the epic visible when nothing else
 * did), changed issues arriving with their fields in the same call.
 */
async function fromStored(
  record: CampaignRecord,
  stored: StoredSnapshot,
  view: { issueKey: string; epicSeen: boolean; now: Date },
  ports: LoadCampaignPorts,
): Promise<CampaignLoad> {
  const { now, epicSeen } = view;
  const { epicKey } = record;
  const projectId = stored.meta.epicAccess?.projectId;
  const base = { kind: 'campaign' as const, record, people: stored.meta.people, ...(projectId ? { projectId } : {}) };
  const sinceCheck = now.getTime() - Date.parse(stored.meta.refreshedAt);
  if (epicSeen && sinceCheck >= 0 && sinceCheck < CHANGE_CHECK_EVERY_MINUTES * 60_000)
    return { ...base, snapshot: stored.snapshot, refresh: 'cache', dataAsOf: stored.meta.refreshedAt };

  const checkedAt = now.toISOString();
  const window = differenceInMinutes(now, new Date(stored.meta.refreshedAt), { roundingMethod: 'ceil' }) + CLOCK_MARGIN_MINUTES;
  const costFields = await ports.jira.costFieldIds();
  const page = await ports.jira.changesSince(epicKey, window, costFields, { withEpic: !epicSeen });
  const outcome = readChangeCheck(stored.snapshot, page, { epicKnownVisible: epicSeen });
  if (outcome.kind === 'invisible') return { kind: 'none' };
  if (outcome.kind === 'rebuild') return coldBuild(record, now, ports);
  if (outcome.verifyEpic && !(await ports.jira.lookup(epicKey))) return { kind: 'none' };

  const changed = new Set(outcome.keys);
  // The risk register's own issues are listed but left out of `issues`: they are not the campaign's work.
  const fetched = page.issues.filter((i) => changed.has(i.key));
  if (fetched.length === 0) {
    await ports.snapshots.markChecked(epicKey, checkedAt);
    return { ...base, snapshot: { ...stored.snapshot, refreshedAt: checkedAt }, refresh: 'cache', dataAsOf: checkedAt };
  }
  const next = applySnapshotChanges({ ...stored.snapshot, refreshedAt: checkedAt }, changesFor(record, costFields, fetched));
  await ports.snapshots.saveChanges(
    stored,
    next,
    fetched.map((i) => i.key),
  );
  return { ...base, snapshot: next, refresh: 'incremental', dataAsOf: checkedAt };
}

/**
 * The view whose Forge context names the very issue asked for: the platform showed the panel on it, so the user
 * sees it, and the campaign is found without a lookup when the issue is a campaign's epic or was remembered in one
 * whose snapshot holds it. The epic is proven too when it is that issue, or an unsecured epic of the same project
 * (README, Performance). Undefined when this proves too little (the caller then looks the issue up).
 */
async function viaContext(issueKey: string, options: LoadOptions, ports: LoadCampaignPorts): Promise<CampaignLoad | undefined> {
  const hinted = await ports.hints?.epicOf(issueKey);
  // Campaign records are kept by epic key: one under this key makes the issue a campaign's epic.
  const own = hinted ? undefined : await ports.records.get(issueKey);
  const epicKey = hinted ?? own?.epicKey;
  if (!epicKey) return undefined;
  const [record, stored] = await Promise.all([
    own ?? ports.records.get(epicKey),
    options.refresh ? undefined : ports.snapshots.load(epicKey),
  ]);
  if (!record) return undefined;
  if (!stored || tooOld(stored, options.now)) {
    // One pass that lists the epic (proving it visible) and the viewed issue, if it is still under the epic.
    const built = await coldBuild(record, options.now, ports);
    return built.kind === 'campaign' && built.snapshot.issues[issueKey] ? built : undefined;
  }
  if (!stored.snapshot.issues[issueKey]) return undefined;
  const epicSeen = issueKey === epicKey || viewProvesEpic(stored.meta.epicAccess, options.context?.projectKey);
  return fromStored(record, stored, { issueKey, epicSeen, now: options.now }, ports);
}

/**
 * The campaign of `issueKey` as the acting user may see it, from the shared snapshot when it is fresh. A view from the
 * issue's own panel costs no REST call while the snapshot was checked less than CHANGE_CHECK_EVERY_MINUTES ago;
 * otherwise one lookup finds the issue's epic (and proves the user can browse the issue), and one change check at
 * most. Errors: NOT_FOUND `issueKey` when the user cannot see the issue (like Jira's 404).
 */
export async function loadCampaignForUser(issueKey: string, options: LoadOptions, ports: LoadCampaignPorts): Promise<CampaignLoad> {
  if (options.context?.issueKey === issueKey) {
    const fromContext = await viaContext(issueKey, options, ports);
    if (fromContext) return fromContext;
  }
  const { now } = options;
  const issue = await ports.jira.lookup(issueKey);
  // Like Jira's 404: an issue the user cannot see is not "outside a campaign", it is not there for them.
  if (!issue) throw new DomainError('NOT_FOUND', { key: 'errors.issueNotVisible', params: { field: 'issueKey', issueKey } }, 'issueKey');
  const epicKey = epicKeyOf(issue);
  if (!epicKey) return { kind: 'none' };
  const record = await ports.records.get(epicKey);
  if (!record) return { kind: 'none' };

  const stored = options.refresh ? undefined : await ports.snapshots.load(epicKey);
  const loaded =
    !stored || tooOld(stored, now)
      ? await coldBuild(record, now, ports)
      : await fromStored(
          record,
          stored,
          { issueKey, epicSeen: issueKey === epicKey || viewProvesEpic(stored.meta.epicAccess, issue.fields.project?.key), now },
          ports,
        );
  if (loaded.kind !== 'campaign') return loaded;
  if (loaded.snapshot.issues[issueKey]) await ports.hints?.remember(issueKey, epicKey);
  // The looked-up issue is under the epic: its project is the campaign's when the keys agree.
  const project = issue.fields.project;
  if (loaded.projectId || project?.key !== loaded.record.plan.projectKey || !/^\d+$/.test(project.id)) return loaded;
  return { ...loaded, projectId: project.id };
}
