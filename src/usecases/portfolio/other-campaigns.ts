import type { Activity, GateDue } from '../../domain/forecast';
import { campaignActivities, campaignIssues, planActivities, planGates } from '../../domain/metrics';
import { targetingOf, type CampaignRecord, type CampaignSnapshot } from '../../domain/model';
import type { CampaignLaunch } from '../../domain/portfolio/collisions';
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

/**
 * The same ports, with the campaign records and their stored snapshots read at most once: a preview or a re-plan
 * computes both the load conflicts and the launch collisions from them, in one request.
 */
export function readingOnce<P extends OtherCampaignWorkPorts>(ports: P): P {
  let records: Promise<CampaignRecord[]> | undefined;
  const snapshots = new Map<string, ReturnType<OtherCampaignWorkPorts['snapshots']['load']>>();
  const load = (epicKey: string): ReturnType<OtherCampaignWorkPorts['snapshots']['load']> => {
    const known = snapshots.get(epicKey) ?? ports.snapshots.load(epicKey);
    snapshots.set(epicKey, known);
    return known;
  };
  return {
    ...ports,
    campaigns: { ...ports.campaigns, all: () => (records ??= ports.campaigns.all()) },
    snapshots: { ...ports.snapshots, load },
  };
}

/** Only the open work of the other campaigns (the panel's forecast). */
export const otherCampaignWork = async (epicKey: string, ports: OtherCampaignWorkPorts): Promise<Activity[]> =>
  (await otherCampaigns(epicKey, ports)).activities;

/**
 * The launches of every campaign the app manages but `epicKey` (null: all of them), for the collision check, from
 * app storage only: launch date, name, audiences and channels from the record, and the sign-offs still open (a gate
 * is closed once its milestone is done in the stored roll-up). Names are the campaigns' own: the caller hides those the
 * reader may not see.
 */
export async function otherLaunches(epicKey: string | null, ports: OtherCampaignWorkPorts): Promise<CampaignLaunch[]> {
  const records = (await ports.campaigns.all()).filter((r) => r.epicKey !== epicKey);
  return Promise.all(
    records.map(async (record) => {
      const stored = await ports.snapshots.load(record.epicKey);
      const closed = stored ? closedGates(record, stored.snapshot) : new Set<string>();
      const { plan } = record;
      return {
        campaignKey: record.epicKey,
        name: plan.name,
        projectKey: plan.projectKey,
        launchDate: plan.launchDate,
        ...targetingOf(plan),
        gates: plan.gates
          .filter((g) => !closed.has(g.gateId))
          .map((g) => ({ approverAccountIds: g.approverAccountIds, dueDate: g.dueDate })),
      };
    }),
  );
}
