import type { BudgetBurn, GateStatus, Health, KpiStatus, MilestoneRisk, Reason } from '../../contracts/campaign-panel';
import type { HolidayCalendar, IsoDate } from '../model';
import { BusinessCalendar } from './business-calendar';

/** How many reasons the panel shows. */
export const MAX_REASONS = 3;
/** A gate this many business days late puts the campaign off track (fewer: at risk). */
export const GATE_LATE_OFF_TRACK_DAYS = 5;
/** An open gate due within this many business days is worth a mention. */
export const GATE_DUE_SOON_DAYS = 2;
/** Forecast above budget × this puts the campaign off track (above budget: at risk). */
export const FORECAST_OFF_TRACK_RATIO = 1.1;
/** Spend ahead of work done by this share of the budget (and past a quarter of it) is a warning sign. */
export const SPEND_AHEAD_MARGIN = 0.2;
const SPEND_AHEAD_FLOOR = 0.25;

export interface HealthInput {
  budget: BudgetBurn;
  milestones: readonly MilestoneRisk[];
  gates: readonly GateStatus[];
  kpis: readonly KpiStatus[];
  today: IsoDate;
  calendar: HolidayCalendar;
  /** False when the campaign has no milestones and no tasks to judge. */
  hasWork: boolean;
}

const SEVERITY_RANK: Record<Health, number> = { off_track: 0, at_risk: 1, on_track: 2 };
const CODE_RANK: Record<Reason['code'], number> = {
  over_budget: 0,
  milestone_late: 1,
  gate_late: 2,
  milestone_at_risk: 3,
  dependency_overdue: 4,
  forecast_over_budget: 5,
  spend_ahead_of_work: 6,
  budget_80: 7,
  kpi_behind_pace: 8,
  gate_due_soon: 9,
  no_data: 10,
};

/** A reason with how bad it is within its code (more days late = worse), for ordering only. */
interface Candidate {
  reason: Reason;
  magnitude: number;
}

const reason = (code: Reason['code'], severity: Health, params: Reason['params'], magnitude = 0): Candidate => ({
  reason: { code, severity, params },
  magnitude,
});
const compare = (a: Candidate, b: Candidate): number =>
  SEVERITY_RANK[a.reason.severity] - SEVERITY_RANK[b.reason.severity] ||
  CODE_RANK[a.reason.code] - CODE_RANK[b.reason.code] ||
  b.magnitude - a.magnitude;
const round = (ratio: number): number => Math.round(ratio * 100) / 100;

function budgetReasons(b: BudgetBurn): Candidate[] {
  const out: Candidate[] = [];
  if (b.actual > b.planned) out.push(reason('over_budget', 'off_track', { spent: round(b.percentSpent) }, b.percentSpent));
  else if (b.alerts.includes('budget_80')) out.push(reason('budget_80', 'at_risk', { spent: round(b.percentSpent) }, b.percentSpent));
  const eac = b.forecastAtCompletion;
  if (eac !== null && eac > b.planned) {
    out.push(
      reason(
        'forecast_over_budget',
        eac > b.planned * FORECAST_OFF_TRACK_RATIO ? 'off_track' : 'at_risk',
        { forecast: eac, budget: b.planned },
        eac,
      ),
    );
  }
  if (b.percentSpent >= SPEND_AHEAD_FLOOR && b.percentSpent - b.percentComplete >= SPEND_AHEAD_MARGIN) {
    out.push(
      reason(
        'spend_ahead_of_work',
        'at_risk',
        { spent: round(b.percentSpent), done: round(b.percentComplete) },
        b.percentSpent - b.percentComplete,
      ),
    );
  }
  return out;
}

function scheduleReasons(input: HealthInput): Candidate[] {
  const { today } = input;
  const calendar = new BusinessCalendar(input.calendar);
  const names = new Map(input.milestones.map((m) => [m.key, m.name]));
  const out: Candidate[] = [];
  for (const m of input.milestones) {
    if (m.status === 'done') continue;
    const late = m.dueDate ? calendar.overdue(m.dueDate, today) : 0;
    if (late > 0) out.push(reason('milestone_late', 'off_track', { milestone: m.name, days: late }, late));
    else if (m.dueDate && m.p85 && m.p85 > m.dueDate)
      out.push(
        reason(
          'milestone_at_risk',
          m.risk === 'off_track' ? 'off_track' : 'at_risk',
          { milestone: m.name, p85: m.p85, dueDate: m.dueDate },
          calendar.between(m.dueDate, m.p85),
        ),
      );
    for (const d of m.overdueDependencies) {
      const days = calendar.overdue(d.dueDate, today);
      out.push(reason('dependency_overdue', 'at_risk', { task: d.summary, days, blocks: m.name }, days));
    }
  }
  for (const g of input.gates) {
    const blocks = g.milestoneKey ? names.get(g.milestoneKey) : undefined;
    const where: Reason['params'] = blocks ? { blocks } : {};
    if (g.late)
      out.push(
        reason(
          'gate_late',
          g.businessDaysLate >= GATE_LATE_OFF_TRACK_DAYS ? 'off_track' : 'at_risk',
          { gate: g.name, days: g.businessDaysLate, ...where },
          g.businessDaysLate,
        ),
      );
    else if (g.state === 'open' && g.pending.length > 0 && g.dueDate >= today) {
      const days = calendar.between(today, g.dueDate);
      if (days <= GATE_DUE_SOON_DAYS) out.push(reason('gate_due_soon', 'on_track', { gate: g.name, days }, GATE_DUE_SOON_DAYS - days));
    }
  }
  return out;
}

const kpiReasons = (kpis: readonly KpiStatus[]): Candidate[] =>
  kpis
    .filter((k) => k.onPace === false)
    .map((k) =>
      reason('kpi_behind_pace', 'at_risk', {
        kpi: k.name,
        ...(k.actual !== null ? { actual: k.actual } : {}),
        ...(k.expectedByNow !== null ? { expected: k.expectedByNow } : {}),
      }),
    );

/** Distinct kinds of problem first, so three late gates do not hide an overspend; then the next worst. */
function pick(sorted: readonly Candidate[]): Candidate[] {
  const seen = new Set<Reason['code']>();
  const first = sorted.filter((c) => !seen.has(c.reason.code) && seen.add(c.reason.code)).slice(0, MAX_REASONS);
  const rest = sorted.filter((c) => !first.includes(c)).slice(0, MAX_REASONS - first.length);
  return [...first, ...rest].sort(compare);
}

/**
 * Campaign health: the worst severity among all reasons (on track when there are none), with the two or three most
 * important reasons as codes and parameters for the panel to word: most severe first.
 */
export function campaignHealth(input: HealthInput): { status: Health; reasons: Reason[] } {
  const all = [...budgetReasons(input.budget), ...scheduleReasons(input), ...kpiReasons(input.kpis)];
  if (!input.hasWork && all.length === 0) all.push(reason('no_data', 'on_track', {}));
  const sorted = all.sort(compare);
  const status = sorted[0]?.reason.severity ?? 'on_track';
  return { status, reasons: pick(sorted).map((c) => c.reason) };
}
