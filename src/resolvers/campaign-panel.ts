import { formatISO } from 'date-fns';
import type { CampaignPanel } from '../contracts/campaign-panel';
import { loadCampaignForUser, type CampaignLoad } from '../adapters/jira/campaign-snapshot-loader';
import { RetryGate } from '../adapters/http/retry';
import { listSignOffEntries } from '../adapters/storage/signoff-record';
import { loadCampaignActuals } from '../adapters/storage/kpi-actuals';
import { buildCampaignPanel } from '../domain/metrics';
import type { SignOffEntry } from '../domain/model';
import { AppError } from '../shared/result';
import { contractResolver, type CallerContext } from './define';

/** A computed panel with what it was computed from (the status report words the same numbers). */
export type ComputedPanel =
  | { kind: 'none' }
  | { kind: 'panel'; panel: CampaignPanel; loaded: Extract<CampaignLoad, { kind: 'campaign' }>; signOffEntries: SignOffEntry[]; today: string };

/** The campaign panel of `issueKey` as `caller` sees it at `now`: shared by `getCampaignPanel` and `publishStatusReport`. */
export async function computeCampaignPanel(issueKey: string, caller: CallerContext, options: { refresh: boolean; now: Date }): Promise<ComputedPanel> {
  const { now } = options;
  const loaded = await loadCampaignForUser(issueKey, { refresh: options.refresh, now }, new RetryGate());
  if (loaded.kind === 'none') return { kind: 'none' };
  // Gates show the real decisions: their states are replayed from the sign-off record.
  // KPI actuals (pushed and imported) and imported channel spend live in app storage: no Jira call.
  const [signOffEntries, actuals] = await Promise.all([listSignOffEntries(loaded.record.epicKey), loadCampaignActuals(loaded.record.epicKey)]);
  const today = formatISO(now, { representation: 'date' });
  const panel = buildCampaignPanel({
    record: loaded.record,
    snapshot: loaded.snapshot,
    today,
    people: loaded.people,
    actingAccountId: caller.accountId,
    issueKey,
    refresh: loaded.refresh,
    dataAsOf: loaded.dataAsOf,
    signOffEntries,
    kpiSeries: actuals.kpiSeries,
    channelSpend: actuals.channelSpend,
  });
  return { kind: 'panel', panel, loaded, signOffEntries, today };
}

/** The campaign issue panel: the campaign of `issueKey` (or of the issue the panel is open on), computed on the server. */
export const getCampaignPanelResolver = contractResolver('getCampaignPanel', async (input, caller) => {
  const issueKey = input.issueKey ?? caller.issueKey;
  if (!issueKey) throw new AppError('INVALID_INPUT', 'issueKey: is required outside an issue view', 'issueKey');
  const computed = await computeCampaignPanel(issueKey, caller, { refresh: input.refresh === true, now: new Date() });
  return computed.kind === 'none' ? { mode: 'none' as const, issueKey } : computed.panel;
});
