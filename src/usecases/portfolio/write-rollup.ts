import { z } from 'zod';
import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { CampaignRecord, CampaignSnapshot } from '../../domain/model';
import { rollupOfPanel, rollupOfPlan } from '../../domain/portfolio/rollup';
import { workloadOf } from '../../domain/portfolio/workload';
import type { PortfolioStorePort } from '../ports/portfolio-store';
import {
  buildCampaignPanel,
  campaignActivities,
  campaignIssues,
  planActivities,
  type DeadlineForecast,
  type ForecastSource,
} from '../../domain/metrics';
import type { CampaignActualsPort } from '../ports/campaign-actuals';
import type { SignOffRecordPort } from '../ports/signoff-record';

/** The portfolio's storage, where a use case computes a campaign anyway (none: nothing is written, as in unit tests). */
export interface RollupWriterPorts {
  portfolio?: Pick<PortfolioStorePort, 'save' | 'saveIfAbsent'>;
}

/** Audience and channel, when the campaign's plan keeps them (read loosely: older records have neither). */
const Targeting = z.object({ audiences: z.array(z.string()).optional(), channels: z.array(z.string()).optional() }).passthrough();

function targetingOf(record: CampaignRecord): { audiences?: string[]; channels?: string[] } {
  const parsed = Targeting.safeParse(record.plan);
  if (!parsed.success) return {};
  const { audiences, channels } = parsed.data;
  return { ...(audiences ? { audiences } : {}), ...(channels ? { channels } : {}) };
}

/**
 * Stores the portfolio line of a campaign just computed (panel load, forecast consumer, status report): no Jira call,
 * two KVS writes. A failure is logged, never the caller's failure: the next computation writes it again.
 */
export async function writePanelRollup(
  computed: { panel: CampaignPanel; record: CampaignRecord; snapshot: CampaignSnapshot; people: Readonly<Record<string, string>> },
  context: { now: Date; projectId?: string | undefined },
  ports: RollupWriterPorts,
): Promise<void> {
  if (!ports.portfolio) return;
  const { panel, record, snapshot, people } = computed;
  const rollup = rollupOfPanel(panel, snapshot, {
    record,
    people,
    updatedAt: context.now.toISOString(),
    projectId: context.projectId,
    ...targetingOf(record),
  });
  const workload = workloadOf(
    { epicKey: record.epicKey, projectKey: record.plan.projectKey, calendar: record.plan.holidayCalendar, updatedAt: rollup.updatedAt },
    campaignActivities(record.epicKey, campaignIssues(record.plan, Object.values(snapshot.issues))),
    people,
  );
  try {
    await ports.portfolio.save(rollup, workload);
  } catch (e) {
    console.warn(`[campaign-control] the portfolio roll-up of ${record.epicKey} was not stored: ${String(e)}`);
  }
}

/**
 * A campaign just created gets its portfolio line from its plan, unless a computed one exists already; with `replace`
 * (a re-plan of a campaign never computed), the plan's line replaces the stored one.
 */
export async function writePlanRollup(
  record: CampaignRecord,
  now: Date,
  ports: RollupWriterPorts,
  options: { replace?: boolean } = {},
): Promise<void> {
  if (!ports.portfolio) return;
  const updatedAt = now.toISOString();
  const workload = workloadOf(
    { epicKey: record.epicKey, projectKey: record.plan.projectKey, calendar: record.plan.holidayCalendar, updatedAt },
    planActivities(record.epicKey, record.plan),
    {},
  );
  try {
    const rollup = rollupOfPlan({ record, people: {}, updatedAt, ...targetingOf(record) });
    await (options.replace ? ports.portfolio.save(rollup, workload) : ports.portfolio.saveIfAbsent(rollup, workload));
  } catch (e) {
    console.warn(`[campaign-control] the portfolio roll-up of ${record.epicKey} was not stored: ${String(e)}`);
  }
}

/** What the forecast consumer needs besides its own inputs to word the campaign's numbers as the panel does. */
export interface ConsumerRollupPorts extends RollupWriterPorts {
  signOffRecord?: Pick<SignOffRecordPort, 'entries'>;
  actuals?: CampaignActualsPort;
}

/**
 * The forecast consumer's portfolio line: the panel's numbers from the stored snapshot and the forecast it just
 * computed (or found current), with the sign-off record and the actuals from app storage. No Jira call.
 */
export async function writeSourceRollup(
  source: ForecastSource,
  forecast: DeadlineForecast,
  now: Date,
  ports: ConsumerRollupPorts,
): Promise<void> {
  if (!ports.portfolio || !ports.signOffRecord || !ports.actuals) return;
  const { record, snapshot } = source;
  const [signOffEntries, actuals] = await Promise.all([ports.signOffRecord.entries(record.epicKey), ports.actuals.load(record.epicKey)]);
  const panel = buildCampaignPanel({
    ...source,
    actingAccountId: record.createdBy,
    issueKey: record.epicKey,
    underEpic: true,
    refresh: 'cache',
    dataAsOf: snapshot.refreshedAt,
    signOffEntries,
    kpiSeries: actuals.kpiSeries,
    channelSpend: actuals.channelSpend,
    forecast,
  });
  await writePanelRollup({ panel, record, snapshot, people: source.people }, { now }, ports);
}
