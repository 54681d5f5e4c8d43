import type { CampaignPanel } from '../../contracts/campaign-panel';
import { buildCampaignPanel } from '../../domain/metrics';
import type { SignOffEntry } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import type { CampaignActualsPort } from '../ports/campaign-actuals';
import type { SignOffRecordPort } from '../ports/signoff-record';
import type { Risk } from '../../contracts/risks';
import { loadCampaignForUser, type CampaignLoad, type LoadCampaignPorts, type ViewContext } from './load-campaign';
import { forecastSourceOf, type ForecastSourcePorts } from './forecast-source';
import { panelForecast, type PanelForecastPorts } from './panel-forecast';
import { writePanelRollup, type RollupWriterPorts } from '../portfolio/write-rollup';

export interface CampaignPanelPorts
  extends LoadCampaignPorts, Omit<ForecastSourcePorts, 'snapshots'>, PanelForecastPorts, RollupWriterPorts {
  signOffRecord: Pick<SignOffRecordPort, 'entries'>;
  actuals: CampaignActualsPort;
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
  options: { refresh: boolean; now: Date; inlineForecast?: boolean; context?: ViewContext },
  ports: CampaignPanelPorts,
): Promise<ComputedPanel> {
  const loaded = await loadCampaignForUser(
    issueKey,
    { refresh: options.refresh, now: options.now, ...(options.context ? { context: options.context } : {}) },
    ports,
  );
  if (loaded.kind === 'none') return { kind: 'none' };
  return panelFromLoad(loaded, issueKey, user, options, ports);
}

/** The panel of a campaign already loaded (from Jira, or from the stored snapshot alone while Jira's quota is short). */
export async function panelFromLoad(
  loaded: Extract<CampaignLoad, { kind: 'campaign' }>,
  issueKey: string,
  user: ActingUser,
  options: { now: Date; inlineForecast?: boolean },
  ports: CampaignPanelPorts,
): Promise<Extract<ComputedPanel, { kind: 'panel' }>> {
  const { now } = options;
  // Gates show the real decisions: their states are replayed from the sign-off record.
  // KPI actuals (pushed and imported) and imported channel spend live in app storage: no Jira call.
  const [signOffEntries, actuals, { source, register }] = await Promise.all([
    ports.signOffRecord.entries(loaded.record.epicKey),
    ports.actuals.load(loaded.record.epicKey),
    forecastSourceOf(loaded, now, ports),
  ]);
  // The forecast is never computed on a panel load (the consumer does), unless asked inline (the status report).
  const { forecast, state } = await panelForecast(source, { inline: options.inlineForecast === true, now }, ports);
  const { today } = source;
  const panel = buildCampaignPanel({
    ...source,
    actingAccountId: user.accountId,
    issueKey,
    // The loader finds the campaign from the issue's parent: any issue it reaches is under the epic.
    underEpic: true,
    refresh: loaded.refresh,
    dataAsOf: loaded.dataAsOf,
    signOffEntries,
    kpiSeries: actuals.kpiSeries,
    channelSpend: actuals.channelSpend,
    ...(forecast !== undefined ? { forecast } : {}),
  });
  panel.forecast = state;
  // The portfolio's line of this campaign, from the numbers just computed (no Jira call).
  await writePanelRollup(
    { panel, record: loaded.record, snapshot: loaded.snapshot, people: loaded.people },
    { now, projectId: loaded.projectId },
    ports,
  );
  return { kind: 'panel', panel, loaded, signOffEntries, today, risks: register };
}
