import { differenceInHours, differenceInMinutes } from 'date-fns';
import { DomainError } from '../../domain/errors';
import type { CampaignRecord, CampaignSnapshot, SnapshotIssue } from '../../domain/model';
import { applySnapshotChanges, campaignRowsOf, changesFor, epicKeyOf, readChangeCheck, toSnapshotIssue } from '../../domain/snapshot';
import type { CampaignIssuesPort } from '../ports/campaign-issues';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import type { SnapshotStorePort } from '../ports/snapshot-store';

/** A full re-read at least this often catches what events and the change check cannot see (deleted issues). */
export const MAX_SNAPSHOT_AGE_HOURS = 12;
/** Slack added to the change check's window (JQL dates are per minute; clocks differ a little). */
export const CLOCK_MARGIN_MINUTES = 1;

export type CampaignLoad =
  | { kind: 'none' }
  | {
      kind: 'campaign';
      record: CampaignRecord;
      snapshot: CampaignSnapshot;
      people: Record<string, string>;
      refresh: 'cold' | 'incremental' | 'cache';
      dataAsOf: string;
      /** Jira's id of the campaign's project, when the lookup saw it (the portfolio's permission check takes ids). */
      projectId?: string;
    };

export interface LoadCampaignPorts {
  /** Asked as the user: what they cannot see is not loaded. */
  jira: CampaignIssuesPort;
  records: CampaignRecordsPort;
  snapshots: SnapshotStorePort;
  directory: PeopleDirectoryPort;
}

/** Reads the whole campaign as the user (ids, then details in bulk) and stores it; `none` when they cannot see the epic. */
async function coldBuild(record: CampaignRecord, now: Date, ports: LoadCampaignPorts): Promise<CampaignLoad> {
  const startedAt = now.toISOString();
  const [costFields, ids, throughputDays, people] = await Promise.all([
    ports.jira.costFieldIds(),
    ports.jira.issueIds(record.epicKey),
    ports.jira.throughputDays(record.plan.projectKey),
    ports.directory.list(),
  ]);
  const fetched = await ports.jira.fetch(ids, costFields);
  const epic = fetched.find((i) => i.key === record.epicKey);
  if (!epic) return { kind: 'none' };
  const rows = campaignRowsOf(record);
  const issues: Record<string, SnapshotIssue> = {};
  for (const issue of fetched) if (epicKeyOf(issue) === record.epicKey) issues[issue.key] = toSnapshotIssue(issue, costFields, rows);
  const snapshot: CampaignSnapshot = { epicKey: record.epicKey, issues, throughputDays, refreshedAt: startedAt, version: 0 };
  const peopleByAccount = Object.fromEntries(people.map((p) => [p.accountId, p.displayName]));
  const meta = await ports.snapshots.saveFull(snapshot, { people: peopleByAccount, epicId: epic.id }, startedAt);
  return {
    kind: 'campaign',
    record,
    snapshot: { ...snapshot, version: meta.version },
    people: peopleByAccount,
    refresh: 'cold',
    dataAsOf: startedAt,
  };
}

/**
 * The campaign of `issueKey` as the acting user may see it, from the shared snapshot when it is fresh: one call to
 * find the issue's epic (and prove the user can browse the issue), one search that proves they can see the epic and
 * lists what changed since the last check; details of changed issues only when there are some.
 * Errors: NOT_FOUND `issueKey` when the user cannot see the issue (like Jira's 404).
 */
export async function loadCampaignForUser(
  issueKey: string,
  options: { refresh: boolean; now: Date },
  ports: LoadCampaignPorts,
): Promise<CampaignLoad> {
  let project: { id: string; key: string } | undefined;
  const loaded = await loadCampaign(issueKey, options, {
    ...ports,
    jira: {
      ...ports.jira,
      lookup: async (key) => {
        const found = await ports.jira.lookup(key);
        if (key === issueKey) project = found?.fields.project;
        return found;
      },
    },
  });
  // The looked-up issue is under the epic: its project is the campaign's when the keys agree.
  if (loaded.kind !== 'campaign' || project?.key !== loaded.record.plan.projectKey || !/^\d+$/.test(project.id)) return loaded;
  return { ...loaded, projectId: project.id };
}

async function loadCampaign(issueKey: string, options: { refresh: boolean; now: Date }, ports: LoadCampaignPorts): Promise<CampaignLoad> {
  const { now } = options;
  const issue = await ports.jira.lookup(issueKey);
  // Like Jira's 404: an issue the user cannot see is not "outside a campaign", it is not there for them.
  if (!issue) throw new DomainError('NOT_FOUND', { key: 'errors.issueNotVisible', params: { field: 'issueKey', issueKey } }, 'issueKey');
  const epicKey = epicKeyOf(issue);
  if (!epicKey) return { kind: 'none' };
  const record = await ports.records.get(epicKey);
  if (!record) return { kind: 'none' };

  const stored = options.refresh ? undefined : await ports.snapshots.load(epicKey);
  if (!stored || differenceInHours(now, new Date(stored.meta.builtAt)) >= MAX_SNAPSHOT_AGE_HOURS) return coldBuild(record, now, ports);

  const checkedAt = now.toISOString();
  const window = differenceInMinutes(now, new Date(stored.meta.refreshedAt), { roundingMethod: 'ceil' }) + CLOCK_MARGIN_MINUTES;
  // On the epic itself, the lookup above already proved the user can see it.
  const outcome = readChangeCheck(stored.snapshot, await ports.jira.changesSince(epicKey, window), {
    epicKnownVisible: issueKey === epicKey,
  });
  if (outcome.kind === 'invisible') return { kind: 'none' };
  if (outcome.kind === 'rebuild') return coldBuild(record, now, ports);
  if (outcome.verifyEpic && !(await ports.jira.lookup(epicKey))) return { kind: 'none' };

  const people = stored.meta.people;
  const { keys } = outcome;
  if (keys.length === 0) {
    await ports.snapshots.markChecked(epicKey, checkedAt);
    return {
      kind: 'campaign',
      record,
      snapshot: { ...stored.snapshot, refreshedAt: checkedAt },
      people,
      refresh: 'cache',
      dataAsOf: checkedAt,
    };
  }
  const costFields = await ports.jira.costFieldIds();
  const fetched = await ports.jira.fetch(keys, costFields);
  const next = applySnapshotChanges({ ...stored.snapshot, refreshedAt: checkedAt }, changesFor(record, costFields, fetched));
  await ports.snapshots.saveChanges(stored, next, keys);
  return { kind: 'campaign', record, snapshot: next, people, refresh: 'incremental', dataAsOf: checkedAt };
}
