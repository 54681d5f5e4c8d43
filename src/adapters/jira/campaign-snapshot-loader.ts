import { differenceInMinutes, differenceInHours } from 'date-fns';
import type { CampaignRecord, CampaignSnapshot, SnapshotIssue } from '../../domain/model';
import { applySnapshotChanges, campaignRowsOf, epicKeyOf, readChangeCheck, toSnapshotIssue, type CostFieldIds, type SnapshotChange } from '../../domain/snapshot';
import type { RetryGate } from '../http/retry';
import { AppError } from '../../shared/result';
import { getCampaignRecord } from '../storage/campaign-records';
import { loadSnapshot, markSnapshotChecked, saveFullSnapshot, saveSnapshotChanges } from '../storage/snapshots';
import { findCostFieldIds } from './campaign-cost-fields';
import { bulkFetchCampaignIssues, checkCampaignChanges, lookupIssueAsUser, readCampaignIssueIds, readThroughputDays } from './campaign-reader';
import { listPeople } from './people';

/** A full re-read at least this often catches what events and the change check cannot see (deleted issues). */
export const MAX_SNAPSHOT_AGE_HOURS = 12;
/** Slack added to the change check's window (JQL dates are per minute; clocks differ a little). */
export const CLOCK_MARGIN_MINUTES = 1;

export type CampaignLoad =
  | { kind: 'none' }
  | { kind: 'campaign'; record: CampaignRecord; snapshot: CampaignSnapshot; people: Record<string, string>; refresh: 'cold' | 'incremental' | 'cache'; dataAsOf: string };

/** Jira issues → snapshot changes for one campaign: an issue no longer under the epic leaves the snapshot. */
export function changesFor(record: CampaignRecord, costFields: CostFieldIds, fetched: Parameters<typeof toSnapshotIssue>[0][], gone: readonly string[] = []): SnapshotChange[] {
  const rows = campaignRowsOf(record);
  const changes: SnapshotChange[] = fetched.map((issue) =>
    epicKeyOf(issue) === record.epicKey ? { type: 'upsert', issue: toSnapshotIssue(issue, costFields, rows) } : { type: 'delete', key: issue.key },
  );
  const fetchedKeys = new Set(fetched.map((i) => i.key));
  return [...changes, ...gone.filter((k) => !fetchedKeys.has(k)).map((key): SnapshotChange => ({ type: 'delete', key }))];
}

/** Reads the whole campaign as the user (ids, then details in bulk) and stores it; `none` when they cannot see the epic. */
async function coldBuild(record: CampaignRecord, now: Date, retry: RetryGate): Promise<CampaignLoad> {
  const startedAt = now.toISOString();
  const [costFields, ids, throughputDays, people] = await Promise.all([
    findCostFieldIds(retry),
    readCampaignIssueIds(record.epicKey, retry),
    readThroughputDays(record.plan.projectKey, retry),
    listPeople(),
  ]);
  const fetched = await bulkFetchCampaignIssues(ids, costFields, 'user', retry);
  const epic = fetched.find((i) => i.key === record.epicKey);
  if (!epic) return { kind: 'none' };
  const rows = campaignRowsOf(record);
  const issues: Record<string, SnapshotIssue> = {};
  for (const issue of fetched) if (epicKeyOf(issue) === record.epicKey) issues[issue.key] = toSnapshotIssue(issue, costFields, rows);
  const snapshot: CampaignSnapshot = { epicKey: record.epicKey, issues, throughputDays, refreshedAt: startedAt, version: 0 };
  const peopleByAccount = Object.fromEntries(people.map((p) => [p.accountId, p.displayName]));
  const meta = await saveFullSnapshot(snapshot, { people: peopleByAccount, epicId: epic.id }, startedAt);
  return { kind: 'campaign', record, snapshot: { ...snapshot, version: meta.version }, people: peopleByAccount, refresh: 'cold', dataAsOf: startedAt };
}

/**
 * The campaign of `issueKey` as the acting user may see it, from the shared snapshot when it is fresh: one call to
 * find the issue's epic (and prove the user can browse the issue), one search that proves they can see the epic and
 * lists what changed since the last check; details of changed issues only when there are some.
 */
export async function loadCampaignForUser(issueKey: string, options: { refresh: boolean; now: Date }, retry: RetryGate): Promise<CampaignLoad> {
  const { now } = options;
  const issue = await lookupIssueAsUser(issueKey, retry);
  // Like Jira's 404: an issue the user cannot see is not "outside a campaign", it is not there for them.
  if (!issue) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} does not exist or you do not have permission to see it`, 'issueKey');
  const epicKey = epicKeyOf(issue);
  if (!epicKey) return { kind: 'none' };
  const record = await getCampaignRecord(epicKey);
  if (!record) return { kind: 'none' };

  const stored = options.refresh ? undefined : await loadSnapshot(epicKey);
  if (!stored || differenceInHours(now, new Date(stored.meta.builtAt)) >= MAX_SNAPSHOT_AGE_HOURS) return coldBuild(record, now, retry);

  const checkedAt = now.toISOString();
  const window = differenceInMinutes(now, new Date(stored.meta.refreshedAt), { roundingMethod: 'ceil' }) + CLOCK_MARGIN_MINUTES;
  // On the epic itself, the lookup above already proved the user can see it.
  const outcome = readChangeCheck(stored.snapshot, await checkCampaignChanges(epicKey, window, retry), { epicKnownVisible: issueKey === epicKey });
  if (outcome.kind === 'invisible') return { kind: 'none' };
  if (outcome.kind === 'rebuild') return coldBuild(record, now, retry);
  if (outcome.verifyEpic && !(await lookupIssueAsUser(epicKey, retry))) return { kind: 'none' };

  const people = stored.meta.people;
  const { keys } = outcome;
  if (keys.length === 0) {
    await markSnapshotChecked(epicKey, checkedAt);
    return { kind: 'campaign', record, snapshot: { ...stored.snapshot, refreshedAt: checkedAt }, people, refresh: 'cache', dataAsOf: checkedAt };
  }
  const costFields = await findCostFieldIds(retry);
  const fetched = await bulkFetchCampaignIssues(keys, costFields, 'user', retry);
  const next = applySnapshotChanges({ ...stored.snapshot, refreshedAt: checkedAt }, changesFor(record, costFields, fetched));
  await saveSnapshotChanges(stored, next, keys);
  return { kind: 'campaign', record, snapshot: next, people, refresh: 'incremental', dataAsOf: checkedAt };
}
