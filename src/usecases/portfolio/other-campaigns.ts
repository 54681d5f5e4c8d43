import type { Activity, GateDue } from '../../domain/forecast';
import { campaignActivities, campaignIssues, planActivities, planGates } from '../../domain/metrics';
import type { CampaignRecord, CampaignSnapshot } from '../../domain/model';
import type { CampaignRecordIndexPort } from '../ports/campaign-record-index';
import type { SnapshotStorePort } from '../ports/snapshot-store';

export interface OtherCampaignWorkPorts {
  campaigns: CampaignRecordIndexPort;
  snapshots: Pick<SnapshotStorePort, 'load'>;
}

export interface OtherCampaigns {
  activities: Activity[];
  gates: GateDue[];
}

/** A gate is closed once its milestone is done in Jira (its decision is then history). */
function closedGates(record: CampaignRecord, snapshot: CampaignSnapshot): Set<string> {
  const done = (rowId: string): boolean => {
    const key = record.issueKeys[rowId];
    return key !== undefined && snapshot.issues[key]?.statusCategory === 'done';
  };
  return new Set(record.plan.gates.filter((g) => done(g.milestoneRowId)).map((g) => g.gateId));
}

/**
 * The open work and sign-offs of every campaign the app manages but `epicKey` (null: all of them), from app
 * storage only (no Jira call): the same people work on them, so forecasts and conflicts must see their load. Names
 * are blanked: the reader may not see those projects, and only who does how much, when, matters. A campaign whose
 * roll-up was never built (just created, nobody opened it yet) counts as its stored plan: its issues are as planned.
 */
export async function otherCampaigns(epicKey: string | null, ports: OtherCampaignWorkPorts): Promise<OtherCampaigns> {
  const records = (await ports.campaigns.all()).filter((r) => r.epicKey !== epicKey);
  const loaded = await Promise.all(records.map(async (record) => ({ record, stored: await ports.snapshots.load(record.epicKey) })));
  const out: OtherCampaigns = { activities: [], gates: [] };
  for (const { record, stored } of loaded) {
    if (!stored) {
      out.activities.push(...planActivities(record.epicKey, record.plan).map((a) => ({ ...a, name: '' })));
      out.gates.push(...planGates(record.epicKey, record.plan).map((g) => ({ ...g, name: '' })));
      continue;
    }
    const items = campaignIssues(record.plan, Object.values(stored.snapshot.issues));
    out.activities.push(
      ...campaignActivities(record.epicKey, items)
        .filter((a) => !a.done)
        .map((a) => ({ ...a, name: '' })),
    );
    out.gates.push(...planGates(record.epicKey, record.plan, closedGates(record, stored.snapshot)).map((g) => ({ ...g, name: '' })));
  }
  return out;
}

/** Only the open work of the other campaigns (the panel's forecast). */
export const otherCampaignWork = async (epicKey: string, ports: OtherCampaignWorkPorts): Promise<Activity[]> =>
  (await otherCampaigns(epicKey, ports)).activities;
