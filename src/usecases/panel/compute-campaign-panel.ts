import { formatISO } from 'date-fns';
import type { CampaignPanel } from '../../contracts/campaign-panel';
import { buildCampaignPanel } from '../../domain/metrics';
import type { SignOffEntry } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import type { CampaignActualsPort } from '../ports/campaign-actuals';
import type { SignOffRecordPort } from '../ports/signoff-record';
import type { CampaignRecordIndexPort } from '../ports/campaign-record-index';
import type { CapacityPort } from '../ports/capacity-store';
import type { RiskRegisterPort } from '../ports/risk-register';
import { riskView } from '../../domain/risks/register';
import type { Risk } from '../../contracts/risks';
import { loadCampaignForUser, type CampaignLoad, type LoadCampaignPorts } from './load-campaign';
import { otherCampaignWork } from '../portfolio/other-campaigns';

export interface CampaignPanelPorts extends LoadCampaignPorts {
  signOffRecord: Pick<SignOffRecordPort, 'entries'>;
  actuals: CampaignActualsPort;
  /** Every campaign the app manages: their open work loads the same people. */
  campaigns: CampaignRecordIndexPort;
  /** People's capacity settings (none: everyone at 100 % on business days). */
  capacity?: CapacityPort;
  /** Campaigns' risk registers (none: no risks in the forecast). */
  risks?: Pick<RiskRegisterPort, 'list'>;
}

/** A computed panel with what it was computed from (the status report words the same numbers). */
export type ComputedPanel =
  | { kind: 'none' }
  | {
      kind: 'panel';
      panel: CampaignPanel;
      loaded: Extract<CampaignLoad, { kind: 'campaign' }>;
      signOffEntries: SignOffEntry[];
      today: string;
      /** The campaign's risk register, as the panel's forecast read it. */
      risks: Risk[];
    };

/**
 * The campaign panel of `issueKey` as `user` sees it at `now`: shared by the panel and the status report.
 * Errors: NOT_FOUND `issueKey` when the user cannot see the issue.
 */
export async function computeCampaignPanel(
  issueKey: string,
  user: ActingUser,
  options: { refresh: boolean; now: Date },
  ports: CampaignPanelPorts,
): Promise<ComputedPanel> {
  const { now } = options;
  const loaded = await loadCampaignForUser(issueKey, { refresh: options.refresh, now }, ports);
  if (loaded.kind === 'none') return { kind: 'none' };
  // Gates show the real decisions: their states are replayed from the sign-off record.
  // KPI actuals (pushed and imported) and imported channel spend live in app storage: no Jira call.
  const [signOffEntries, actuals, otherActivities, capacity, risks] = await Promise.all([
    ports.signOffRecord.entries(loaded.record.epicKey),
    ports.actuals.load(loaded.record.epicKey),
    otherCampaignWork(loaded.record.epicKey, ports),
    ports.capacity?.all() ?? Promise.resolve([]),
    ports.risks?.list(loaded.record.epicKey) ?? Promise.resolve([]),
  ]);
  const today = formatISO(now, { representation: 'date' });
  const register = risks.map((r) => riskView(r, loaded.people));
  const panel = buildCampaignPanel({
    record: loaded.record,
    snapshot: loaded.snapshot,
    today,
    people: loaded.people,
    actingAccountId: user.accountId,
    issueKey,
    refresh: loaded.refresh,
    dataAsOf: loaded.dataAsOf,
    signOffEntries,
    kpiSeries: actuals.kpiSeries,
    channelSpend: actuals.channelSpend,
    otherActivities,
    capacity,
    risks: register,
  });
  return { kind: 'panel', panel, loaded, signOffEntries, today, risks: register };
}
