import type { CampaignPanel, KpiStatus } from '../../contracts/campaign-panel';
import { BusinessCalendar } from '../metrics/business-calendar';
import type { HolidayCalendar, IsoDate, SignOffEntry, SnapshotIssue } from '../model';

/** A KPI at the campaign's end: its target against what was measured. */
export interface KpiOutcome {
  kpi: KpiStatus;
  /** actual − target; null when not measured. */
  difference: number | null;
  result: 'met' | 'missed' | 'not_measured';
}

export function kpiOutcomes(kpis: readonly KpiStatus[]): KpiOutcome[] {
  return kpis.map((kpi) => {
    if (kpi.actual === null) return { kpi, difference: null, result: 'not_measured' };
    const met = kpi.direction === 'higher_is_better' ? kpi.actual >= kpi.target : kpi.actual <= kpi.target;
    return { kpi, difference: kpi.actual - kpi.target, result: met ? 'met' : 'missed' };
  });
}

/** Why a milestone slipped, from the data the app has: late work under it and its sign-offs. */
export type SlipCause =
  | { kind: 'task_late'; key: string; summary: string; dueDate: IsoDate; finishedOn: IsoDate | null; businessDaysLate: number }
  | { kind: 'gate_late'; gate: string; dueDate: IsoDate; businessDaysLate: number }
  | { kind: 'signoff'; gate: string; decision: 'decline' | 'request_changes'; by: string; on: IsoDate; reason: string | null };

export interface SlippedMilestone {
  key: string;
  name: string;
  dueDate: IsoDate | null;
  /** The day it reached done; null when it never did. */
  finishedOn: IsoDate | null;
  /** Business days past its due date, up to when it finished (or today when it did not). */
  businessDaysLate: number;
  causes: SlipCause[];
}

export interface SlipInput {
  panel: CampaignPanel;
  /** The campaign's issues as the roll-up holds them (resolution dates, due dates, milestones). */
  issues: readonly SnapshotIssue[];
  signOffEntries: readonly SignOffEntry[];
  /** accountId → display name. */
  people: Readonly<Record<string, string>>;
  today: IsoDate;
  calendar: HolidayCalendar;
}

/** Jira writes the resolution date with the site's offset: its first 10 characters are that day. */
const dayOf = (iso: string | null): IsoDate | null => (iso ? iso.slice(0, 10) : null);

/**
 * Milestones that finished after their due date or not at all, each with its causes: its tasks that finished late
 * or never, its sign-offs that were late, declined or sent back (with the approver's reason), in that order.
 */
export function slippedMilestones(input: SlipInput): SlippedMilestone[] {
  const calendar = new BusinessCalendar(input.calendar);
  const byKey = new Map(input.issues.map((i) => [i.key, i]));
  const lateBy = (due: IsoDate, finishedOn: IsoDate | null): number => calendar.overdue(due, finishedOn ?? input.today);
  const out: SlippedMilestone[] = [];
  for (const m of input.panel.milestones) {
    const finishedOn = m.status === 'done' ? dayOf(byKey.get(m.key)?.resolved ?? null) : null;
    const late = m.dueDate ? lateBy(m.dueDate, finishedOn) : 0;
    const slipped = m.status !== 'done' || late > 0;
    if (!slipped) continue;
    out.push({ key: m.key, name: m.name, dueDate: m.dueDate, finishedOn, businessDaysLate: late, causes: causesOf(m.key, input, lateBy) });
  }
  return out;
}

function causesOf(milestoneKey: string, input: SlipInput, lateBy: (due: IsoDate, finishedOn: IsoDate | null) => number): SlipCause[] {
  const tasks: SlipCause[] = input.issues
    .flatMap((i) => {
      const dueDate = i.dueDate;
      if (i.kind !== 'task' || i.milestoneKey !== milestoneKey || dueDate === null) return [];
      const finishedOn = i.statusCategory === 'done' ? dayOf(i.resolved) : null;
      return [
        {
          kind: 'task_late' as const,
          key: i.key,
          summary: i.summary,
          dueDate,
          finishedOn,
          businessDaysLate: lateBy(dueDate, finishedOn),
        },
      ];
    })
    .filter((c) => c.businessDaysLate > 0)
    .sort((a, b) => b.businessDaysLate - a.businessDaysLate || a.key.localeCompare(b.key));
  const gates = input.panel.gates.filter((g) => g.milestoneKey === milestoneKey);
  const lateGates: SlipCause[] = gates
    .filter((g) => g.late)
    .map((g) => ({ kind: 'gate_late', gate: g.name, dueDate: g.dueDate, businessDaysLate: g.businessDaysLate }));
  const names = new Map(gates.map((g) => [g.gateId, g.name]));
  const pushBacks: SlipCause[] = [...input.signOffEntries]
    .sort((a, b) => a.entryId.localeCompare(b.entryId))
    .flatMap((e): SlipCause[] => {
      const gate = names.get(e.gateId);
      const { decision } = e;
      if (e.type !== 'decision' || (decision !== 'decline' && decision !== 'request_changes') || gate === undefined) return [];
      return [
        {
          kind: 'signoff',
          gate,
          decision,
          by: input.people[e.actorAccountId] ?? e.actorAccountId,
          on: e.at.slice(0, 10),
          reason: e.reason?.trim() || null,
        },
      ];
    });
  return [...tasks, ...lateGates, ...pushBacks];
}

/** Planned against actual spend for one line (a category or a milestone); variance = actual − planned. */
export interface SpendLine {
  label: string;
  planned: number;
  actual: number;
  variance: number;
}

export const spendLine = (label: string, planned: number, actual: number): SpendLine => ({
  label,
  planned,
  actual,
  variance: round2(actual - planned),
});

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The campaign has ended once its launch date has passed and every milestone is done. */
export function campaignHasEnded(panel: Pick<CampaignPanel, 'campaign' | 'milestones'>, today: IsoDate): boolean {
  return panel.campaign.launchDate < today && panel.milestones.length > 0 && panel.milestones.every((m) => m.status === 'done');
}
