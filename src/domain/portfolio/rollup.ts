import { z } from 'zod';
import { Health, Reason, type CampaignPanel, type KpiStatus } from '../../contracts/campaign-panel';
import { IsoDate, Money, type CampaignRecord, type CampaignSnapshot } from '../model';

/** Reasons a roll-up keeps: the portfolio shows the first few, the panel has them all. */
export const ROLLUP_REASONS = 5;

/** An open sign-off of a campaign: its due date and its approvers with their names as the app last knew them. */
export const RollupGate = z
  .object({ dueDate: IsoDate, approvers: z.array(z.object({ accountId: z.string(), displayName: z.string() }).strict()) })
  .strict();
export type RollupGate = z.infer<typeof RollupGate>;

/**
 * One campaign's line of the portfolio, stored in app storage whenever the app computes the campaign anyway (panel
 * load, forecast consumer, creation): language-neutral (reasons are codes with parameters, worded for each reader).
 */
export const PortfolioRollup = z
  .object({
    epicKey: z.string(),
    name: z.string(),
    projectKey: z.string(),
    /** Jira's id of the project (the bulk permission check takes ids), once the app has seen it. */
    projectId: z.string().regex(/^\d+$/).optional(),
    ownerAccountId: z.string(),
    ownerName: z.string(),
    health: z.object({ level: Health, reasons: z.array(Reason).max(ROLLUP_REASONS) }).strict(),
    firstWorkDate: IsoDate.nullable(),
    launchDate: IsoDate,
    forecastP85: IsoDate.nullable(),
    budget: Money,
    actual: z.number(),
    eac: z.number().nullable(),
    signoff: z.object({ approved: z.number().int(), total: z.number().int(), late: z.number().int() }).strict(),
    kpiAttainment: z.number().min(0).max(1).nullable(),
    milestones: z.array(z.object({ name: z.string(), dueDate: IsoDate.nullable() }).strict()),
    audiences: z.array(z.string()).optional(),
    channels: z.array(z.string()).optional(),
    /**
     * The sign-offs still to give (neither approved nor declined): when each is due and who gives it, for the
     * portfolio's approver collisions (absent in roll-ups stored before it existed).
     */
    gates: z.array(RollupGate).max(30).optional(),
    /** The snapshot version it was computed from (-1: from the plan, before any snapshot). */
    snapshotVersion: z.number().int(),
    updatedAt: z.string(),
  })
  .strict();
export type PortfolioRollup = z.infer<typeof PortfolioRollup>;

/** The small per-campaign index entry a portfolio view lists first (which project, when it launches, how fresh). */
export const PortfolioIndexEntry = z
  .object({
    epicKey: z.string(),
    projectKey: z.string(),
    projectId: z.string().regex(/^\d+$/).optional(),
    launchDate: IsoDate,
    snapshotVersion: z.number().int(),
    updatedAt: z.string(),
  })
  .strict();
export type PortfolioIndexEntry = z.infer<typeof PortfolioIndexEntry>;

export const indexEntryOf = (r: PortfolioRollup): PortfolioIndexEntry => ({
  epicKey: r.epicKey,
  projectKey: r.projectKey,
  ...(r.projectId !== undefined ? { projectId: r.projectId } : {}),
  launchDate: r.launchDate,
  snapshotVersion: r.snapshotVersion,
  updatedAt: r.updatedAt,
});

/** One KPI's attainment, 0..1: actual against target (inverted when lower is better); undefined without an actual. */
function attainment(k: KpiStatus): number | undefined {
  if (k.actual === null) return undefined;
  if (k.direction === 'lower_is_better') return k.actual <= 0 ? 1 : Math.min(1, Math.max(0, k.target / k.actual));
  return k.target <= 0 ? 1 : Math.min(1, Math.max(0, k.actual / k.target));
}

export function kpiAttainmentOf(kpis: readonly KpiStatus[]): number | null {
  const values = kpis.map(attainment).filter((v): v is number => v !== undefined);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

const earliest = (dates: readonly (string | null | undefined)[]): string | null =>
  dates.reduce<string | null>((min, d) => (d && (min === null || d < min) ? d : min), null);

const latest = (dates: readonly (string | null | undefined)[]): string | null =>
  dates.reduce<string | null>((max, d) => (d && (max === null || d > max) ? d : max), null);

/**
 * The launch milestone's P85: the milestone due on the launch date, else the last one due before it, else the latest
 * P85 of all (a plan with every milestone after launch).
 */
export function launchP85(milestones: CampaignPanel['milestones'], launchDate: string): string | null {
  const before = milestones.filter((m) => m.dueDate !== null && m.dueDate <= launchDate);
  const launch = before.reduce<(typeof milestones)[number] | undefined>(
    (last, m) => (!last || (m.dueDate ?? '') >= (last.dueDate ?? '') ? m : last),
    undefined,
  );
  return launch ? launch.p85 : latest(milestones.map((m) => m.p85));
}

/** Where the campaign lives and who owns it: the epic's assignee, else its creator. */
function ownerOf(record: CampaignRecord, snapshot: CampaignSnapshot | undefined, people: Readonly<Record<string, string>>) {
  const assignee = snapshot?.issues[record.epicKey]?.assigneeAccountId ?? null;
  const ownerAccountId = assignee ?? record.createdBy;
  return { ownerAccountId, ownerName: people[ownerAccountId] ?? '' };
}

export interface RollupContext {
  record: CampaignRecord;
  people: Readonly<Record<string, string>>;
  updatedAt: string;
  projectId?: string | undefined;
  /** Audience and channel, once the campaign record keeps them. */
  audiences?: readonly string[] | undefined;
  channels?: readonly string[] | undefined;
}

function common(c: RollupContext) {
  const { plan } = c.record;
  return {
    epicKey: c.record.epicKey,
    name: plan.name,
    projectKey: plan.projectKey,
    ...(c.projectId !== undefined ? { projectId: c.projectId } : {}),
    launchDate: plan.launchDate,
    ...(c.audiences ? { audiences: [...c.audiences] } : {}),
    ...(c.channels ? { channels: [...c.channels] } : {}),
    updatedAt: c.updatedAt,
  };
}

/** The roll-up of a computed campaign panel (the panel's own numbers, so the portfolio and the panel agree). */
export function rollupOfPanel(panel: CampaignPanel, snapshot: CampaignSnapshot, c: RollupContext): PortfolioRollup {
  const { plan } = c.record;
  const eac = panel.budget.forecastAtCompletion;
  return {
    ...common(c),
    ...ownerOf(c.record, snapshot, c.people),
    name: panel.campaign.name,
    health: { level: panel.health.status, reasons: panel.health.reasons.slice(0, ROLLUP_REASONS) },
    firstWorkDate: earliest(plan.rows.map((r) => r.startDate)),
    forecastP85: launchP85(panel.milestones, panel.campaign.launchDate),
    budget: panel.campaign.budget,
    actual: panel.budget.actual,
    eac,
    signoff: {
      approved: panel.gates.filter((g) => g.state === 'approved').length,
      total: panel.gates.length,
      late: panel.gates.filter((g) => g.late).length,
    },
    kpiAttainment: kpiAttainmentOf(panel.kpis),
    milestones: panel.milestones.map((m) => ({ name: m.name, dueDate: m.dueDate })),
    gates: panel.gates
      .filter((g) => g.state !== 'approved' && g.state !== 'declined')
      .map((g) => ({ dueDate: g.dueDate, approvers: g.approvers.map((a) => ({ accountId: a.accountId, displayName: a.displayName })) })),
    snapshotVersion: snapshot.version,
  };
}

/** The roll-up of a campaign just created, from its plan alone (no snapshot yet): nothing spent, nothing decided. */
export function rollupOfPlan(c: RollupContext): PortfolioRollup {
  const { plan } = c.record;
  return {
    ...common(c),
    ...ownerOf(c.record, undefined, c.people),
    health: { level: 'on_track', reasons: [{ code: 'no_data', severity: 'on_track', params: {} }] },
    firstWorkDate: earliest(plan.rows.map((r) => r.startDate)),
    forecastP85: null,
    budget: plan.budget,
    actual: 0,
    eac: null,
    signoff: { approved: 0, total: plan.gates.length, late: 0 },
    kpiAttainment: null,
    milestones: plan.rows.filter((r) => r.kind === 'milestone').map((r) => ({ name: r.summary, dueDate: r.dueDate })),
    gates: plan.gates.map((g) => ({
      dueDate: g.dueDate,
      approvers: g.approverAccountIds.map((accountId) => ({ accountId, displayName: c.people[accountId] ?? '' })),
    })),
    snapshotVersion: -1,
  };
}
