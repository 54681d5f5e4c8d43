import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { QuotaNotice } from '../../contracts/quota-state';
import { DomainError } from '../../domain/errors';
import { effectiveQuota, type QuotaState } from '../../domain/quota/jira-quota';
import type { ActingUser } from '../acting-user';
import type { QuotaPort } from '../ports/quota';
import { panelFromLoad, type CampaignPanelPorts } from './compute-campaign-panel';
import type { CampaignLoad } from './load-campaign';
import { panelActionsOf } from './panel-actions';

/** The Forge context proves the viewer may browse the issue the panel is open on; Jira is not asked again. */
const BROWSE_ONLY = { browse: true, createIssues: false, editIssues: false, administer: false };

/** The campaign of `issueKey` from app storage alone: its record (by epic, else by its issues) and stored snapshot. */
async function storedCampaign(
  issueKey: string,
  ports: Pick<CampaignPanelPorts, 'records' | 'campaigns' | 'snapshots'>,
): Promise<Extract<CampaignLoad, { kind: 'campaign' }> | undefined> {
  const record =
    (await ports.records.get(issueKey)) ?? (await ports.campaigns.all()).find((r) => Object.values(r.issueKeys).includes(issueKey));
  if (!record) return undefined;
  const stored = await ports.snapshots.load(record.epicKey);
  if (!stored || (issueKey !== record.epicKey && stored.snapshot.issues[issueKey] === undefined)) return undefined;
  return {
    kind: 'campaign',
    record,
    snapshot: stored.snapshot,
    people: stored.meta.people,
    refresh: 'cache',
    dataAsOf: stored.meta.refreshedAt,
  };
}

/**
 * While Jira's hourly quota is nearly spent or paused, the panel of the issue it is open on comes from the stored
 * snapshot with no Jira call: the data "as of" its last read and when Jira's quota resets. Only for the issue of the
 * Forge context (which proves the viewer may browse it); the actions are those the campaign's own roles give (its PM,
 * its approvers), since the viewer's Jira grants are not asked. Undefined when nothing is stored for that issue.
 */
export async function quotaCachedPanel(
  issueKey: string,
  user: ActingUser,
  quota: QuotaState,
  now: Date,
  ports: CampaignPanelPorts,
): Promise<CampaignPanel | undefined> {
  if (quota.level === 'ok' || quota.resumesAt === undefined) return undefined;
  const loaded = await storedCampaign(issueKey, ports);
  if (!loaded) return undefined;
  const { panel } = await panelFromLoad(loaded, issueKey, user, { now }, ports);
  const notice: QuotaNotice = { state: quota.level, asOf: loaded.dataAsOf, resumesAt: quota.resumesAt };
  const actions = await panelActionsOf(loaded.record, user, { grantsIn: () => Promise.resolve(BROWSE_ONLY) });
  return { ...panel, actions, quota: notice };
}

const isTryAgain = (e: unknown): boolean => e instanceof DomainError && e.code === 'TRY_AGAIN';

/**
 * Runs the panel's normal load unless the quota says to save Jira's points; a load that Jira's quota stops halfway
 * (TRY_AGAIN while paused) falls back to the stored snapshot too. `proven` is whether the Forge context proves the
 * viewer may browse `issueKey`; otherwise Jira must answer, and its refusal stands.
 */
export async function withQuotaFallback<T>(
  issueKey: string,
  proven: boolean,
  user: ActingUser,
  ports: CampaignPanelPorts & { quota?: QuotaPort; clock: { now(): Date } },
  load: () => Promise<T>,
): Promise<T | CampaignPanel> {
  const { quota } = ports;
  if (!quota || !proven) return load();
  const before = effectiveQuota(await quota.current(), ports.clock.now());
  const cached = await quotaCachedPanel(issueKey, user, before, ports.clock.now(), ports);
  if (cached) return cached;
  try {
    return await load();
  } catch (e) {
    if (!isTryAgain(e)) throw e;
    const after = effectiveQuota(await quota.current(), ports.clock.now());
    const fallback = after.level === 'paused' ? await quotaCachedPanel(issueKey, user, after, ports.clock.now(), ports) : undefined;
    if (fallback) return fallback;
    throw e;
  }
}
