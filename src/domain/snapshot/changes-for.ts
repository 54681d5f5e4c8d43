import type { CampaignRecord } from '../model';
import type { SnapshotChange } from './apply-change';
import { campaignRowsOf, epicKeyOf, toSnapshotIssue, type CostFieldIds, type JiraCampaignIssue } from './jira-issue';

/** Jira issues → snapshot changes for one campaign: an issue no longer under the epic leaves the snapshot. */
export function changesFor(
  record: CampaignRecord,
  costFields: CostFieldIds,
  fetched: readonly JiraCampaignIssue[],
  gone: readonly string[] = [],
): SnapshotChange[] {
  const rows = campaignRowsOf(record);
  const changes: SnapshotChange[] = fetched.map((issue) =>
    epicKeyOf(issue) === record.epicKey
      ? { type: 'upsert', issue: toSnapshotIssue(issue, costFields, rows) }
      : { type: 'delete', key: issue.key },
  );
  const fetchedKeys = new Set(fetched.map((i) => i.key));
  return [...changes, ...gone.filter((k) => !fetchedKeys.has(k)).map((key): SnapshotChange => ({ type: 'delete', key }))];
}
