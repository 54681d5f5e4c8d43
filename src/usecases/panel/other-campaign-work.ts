import type { Activity } from '../../domain/forecast';
import { campaignActivities, campaignIssues } from '../../domain/metrics';
import type { CampaignRecordIndexPort } from '../ports/campaign-record-index';
import type { SnapshotStorePort } from '../ports/snapshot-store';

export interface OtherCampaignWorkPorts {
  campaigns: CampaignRecordIndexPort;
  snapshots: Pick<SnapshotStorePort, 'load'>;
}

/**
 * The open work of every other campaign the app manages, from app storage only (no Jira call): the same people
 * work on them, so the forecast must see their load. Names are blanked: the reader may not see those projects, and
 * the forecast only needs who does how much, when. A campaign whose roll-up was never built adds nothing yet.
 */
export async function otherCampaignWork(epicKey: string, ports: OtherCampaignWorkPorts): Promise<Activity[]> {
  const records = (await ports.campaigns.all()).filter((r) => r.epicKey !== epicKey);
  const loaded = await Promise.all(records.map(async (record) => ({ record, stored: await ports.snapshots.load(record.epicKey) })));
  return loaded.flatMap(({ record, stored }) =>
    stored
      ? campaignActivities(record.epicKey, campaignIssues(record.plan, Object.values(stored.snapshot.issues)))
          .filter((a) => !a.done)
          .map((a) => ({ ...a, name: '' }))
      : [],
  );
}
