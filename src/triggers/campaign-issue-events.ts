import { RetryGate } from '../adapters/http/retry';
import { findCostFieldIds } from '../adapters/jira/campaign-cost-fields';
import { bulkFetchCampaignIssues } from '../adapters/jira/campaign-reader';
import { changesFor } from '../adapters/jira/campaign-snapshot-loader';
import { getCampaignRecord, listCampaignRecords } from '../adapters/storage/campaign-records';
import { getSnapshotMeta, loadSnapshot, saveSnapshotChanges } from '../adapters/storage/snapshots';
import { applySnapshotChanges, epicKeyOf, eventAction, IssueEvent, type SnapshotChange } from '../domain/snapshot';

export type EventOutcome = { applied: false; reason: string } | { applied: true; epicKeys: string[] };

/** Applies changes to one campaign's stored snapshot, when there is one. */
async function applyTo(epicKey: string, changes: (stored: NonNullable<Awaited<ReturnType<typeof loadSnapshot>>>) => SnapshotChange[]): Promise<boolean> {
  const stored = await loadSnapshot(epicKey);
  if (!stored) return false; // no snapshot yet (or a broken one): the next panel load builds it cold
  const list = changes(stored);
  if (list.length === 0) return false;
  const next = applySnapshotChanges(stored.snapshot, list);
  await saveSnapshotChanges(
    stored,
    next,
    list.map((c) => (c.type === 'upsert' ? c.issue.key : c.key)),
  );
  return true;
}

/** Campaigns whose snapshot may hold the key: the hinted one, else every campaign with a snapshot (tens at most). */
async function candidateEpics(hint: string | undefined): Promise<string[]> {
  if (hint) return [hint];
  const records = await listCampaignRecords();
  const withSnapshot = await Promise.all(records.map(async (r) => ((await getSnapshotMeta(r.epicKey)) ? r.epicKey : undefined)));
  return withSnapshot.filter((k): k is string => k !== undefined);
}

/**
 * Keeps campaign snapshots current from Jira issue events (`trigger` on created/updated/deleted issue): re-reads only
 * the issue concerned (as the app: a trigger has no user) and updates the one shard holding it. Unknown payloads are
 * logged and dropped: a trigger that throws is retried by the platform, which would not help.
 */
export async function handleCampaignIssueEvent(event: unknown): Promise<EventOutcome> {
  const parsed = IssueEvent.safeParse(event);
  if (!parsed.success) {
    console.warn('[campaign-control] ignored an issue event in an unexpected shape', parsed.error.issues.slice(0, 2));
    return { applied: false, reason: 'unexpected event shape' };
  }
  const action = eventAction(parsed.data);
  if (action.type === 'ignore') return { applied: false, reason: action.reason };

  if (action.type === 'delete') {
    const epics = await candidateEpics(action.epicKeyHint);
    const touched: string[] = [];
    for (const epicKey of epics) {
      if (await applyTo(epicKey, (s) => (s.snapshot.issues[action.key] ? [{ type: 'delete', key: action.key }] : []))) touched.push(epicKey);
    }
    return touched.length > 0 ? { applied: true, epicKeys: touched } : { applied: false, reason: `${action.key} is in no stored campaign` };
  }

  // Only a campaign with a stored snapshot needs the issue: skip the REST call when the hinted epic has none.
  if (action.epicKeyHint && !(await getSnapshotMeta(action.epicKeyHint))) return { applied: false, reason: `${action.epicKeyHint} has no stored snapshot` };
  const retry = new RetryGate();
  const costFields = await findCostFieldIds(retry);
  const [issue] = await bulkFetchCampaignIssues([action.issueId], costFields, 'app', retry);
  const epicKey = issue ? epicKeyOf(issue) : action.epicKeyHint;
  const touched: string[] = [];
  if (epicKey) {
    const record = await getCampaignRecord(epicKey);
    if (record && (await applyTo(epicKey, () => changesFor(record, costFields, issue ? [issue] : [], issue ? [] : [action.key])))) touched.push(epicKey);
  }
  // Moved out of a campaign: the hinted (old) campaign drops it.
  if (action.epicKeyHint && action.epicKeyHint !== epicKey) {
    if (await applyTo(action.epicKeyHint, (s) => (s.snapshot.issues[action.key] ? [{ type: 'delete', key: action.key }] : []))) touched.push(action.epicKeyHint);
  }
  return touched.length > 0 ? { applied: true, epicKeys: touched } : { applied: false, reason: `${action.key} is in no stored campaign` };
}

/** The `trigger` module's function (manifest: `index.onCampaignIssueEvent`), called as `(event, context)`. */
export async function onCampaignIssueEvent(event: unknown): Promise<void> {
  try {
    await handleCampaignIssueEvent(event);
  } catch (e) {
    // The next panel load's change check catches up with whatever this event missed.
    console.error('[campaign-control] could not apply an issue event to the campaign snapshot', e);
  }
}
