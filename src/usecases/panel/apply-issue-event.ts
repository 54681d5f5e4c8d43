import { applySnapshotChanges, changesFor, epicKeyOf, eventAction, type IssueEvent, type SnapshotChange } from '../../domain/snapshot';
import type { CampaignIssuesPort } from '../ports/campaign-issues';
import type { CampaignRecordListPort, CampaignRecordsPort } from '../ports/campaign-records';
import type { SnapshotStorePort, StoredSnapshot } from '../ports/snapshot-store';
import { requestForecast, type ForecastRequestPorts } from './panel-forecast';

export type EventOutcome = { applied: false; reason: string } | { applied: true; epicKeys: string[] };

export interface ApplyIssueEventPorts {
  /** Asked as the app: a trigger has no user. */
  jira: Pick<CampaignIssuesPort, 'costFieldIds' | 'fetch'>;
  records: CampaignRecordsPort;
  campaigns: CampaignRecordListPort;
  snapshots: Pick<SnapshotStorePort, 'load' | 'meta' | 'saveChanges'>;
  /** The forecast consumer: a changed campaign's forecast is recomputed in the background (none: not queued). */
  forecastRequests?: ForecastRequestPorts;
}

/** Applies changes to one campaign's stored snapshot, when there is one. */
async function applyTo(
  snapshots: ApplyIssueEventPorts['snapshots'],
  epicKey: string,
  changes: (stored: StoredSnapshot) => SnapshotChange[],
): Promise<boolean> {
  const stored = await snapshots.load(epicKey);
  if (!stored) return false; // no snapshot yet (or a broken one): the next panel load builds it cold
  const list = changes(stored);
  if (list.length === 0) return false;
  const next = applySnapshotChanges(stored.snapshot, list);
  await snapshots.saveChanges(
    stored,
    next,
    list.map((c) => (c.type === 'upsert' ? c.issue.key : c.key)),
  );
  return true;
}

/** Campaigns whose snapshot may hold the key: the hinted one, else every campaign with a snapshot (tens at most). */
async function candidateEpics(hint: string | undefined, ports: ApplyIssueEventPorts): Promise<string[]> {
  if (hint) return [hint];
  const records = await ports.campaigns.list();
  const withSnapshot = await Promise.all(records.map(async (r) => ((await ports.snapshots.meta(r.epicKey)) ? r.epicKey : undefined)));
  return withSnapshot.filter((k): k is string => k !== undefined);
}

const dropKey =
  (key: string) =>
  (s: StoredSnapshot): SnapshotChange[] =>
    s.snapshot.issues[key] ? [{ type: 'delete', key }] : [];

/** The changed campaigns' forecasts are queued for recomputation, once while one waits to start. */
async function outcomeOf(touched: string[], key: string, ports: ApplyIssueEventPorts): Promise<EventOutcome> {
  if (touched.length === 0) return { applied: false, reason: `${key} is in no stored campaign` };
  const requests = ports.forecastRequests;
  if (requests) for (const epicKey of touched) await requestForecast(epicKey, requests);
  return { applied: true, epicKeys: touched };
}

/**
 * Keeps campaign snapshots current from a Jira issue event (created/updated/deleted issue): re-reads only the issue
 * concerned (as the app) and updates the one shard holding it. Throws only what the ports throw (the trigger logs it).
 */
export async function applyIssueEvent(event: IssueEvent, ports: ApplyIssueEventPorts): Promise<EventOutcome> {
  const action = eventAction(event);
  if (action.type === 'ignore') return { applied: false, reason: action.reason };

  if (action.type === 'delete') {
    const touched: string[] = [];
    for (const epicKey of await candidateEpics(action.epicKeyHint, ports))
      if (await applyTo(ports.snapshots, epicKey, dropKey(action.key))) touched.push(epicKey);
    return outcomeOf(touched, action.key, ports);
  }

  // Only a campaign with a stored snapshot needs the issue: skip the REST call when the hinted epic has none.
  if (action.epicKeyHint && !(await ports.snapshots.meta(action.epicKeyHint)))
    return { applied: false, reason: `${action.epicKeyHint} has no stored snapshot` };
  const costFields = await ports.jira.costFieldIds();
  const [issue] = await ports.jira.fetch([action.issueId], costFields);
  const epicKey = issue ? epicKeyOf(issue) : action.epicKeyHint;
  const touched: string[] = [];
  if (epicKey) {
    const record = await ports.records.get(epicKey);
    if (
      record &&
      (await applyTo(ports.snapshots, epicKey, () => changesFor(record, costFields, issue ? [issue] : [], issue ? [] : [action.key])))
    )
      touched.push(epicKey);
  }
  // Moved out of a campaign: the hinted (old) campaign drops it.
  if (action.epicKeyHint && action.epicKeyHint !== epicKey && (await applyTo(ports.snapshots, action.epicKeyHint, dropKey(action.key))))
    touched.push(action.epicKeyHint);
  return outcomeOf(touched, action.key, ports);
}
