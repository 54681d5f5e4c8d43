import type { CampaignRecord, PlanRow } from '../model';
import { EPIC_ROW_ID } from '../creation/issue-payloads';

export interface BreakdownTarget {
  /** What the action was opened on. */
  kind: 'epic' | 'milestone';
  /** The milestone the new tasks are due for and linked to. */
  milestone: PlanRow;
  milestoneKey: string;
}

/**
 * Where a breakdown of `issueKey` goes: its own milestone, or on the epic, the milestone due on or just before
 * launch (the campaign's main deliverable), else the first one after it. Undefined when `issueKey` is neither.
 */
export function breakdownTarget(record: CampaignRecord, issueKey: string): BreakdownTarget | undefined {
  const rowId = Object.entries(record.issueKeys).find(([, key]) => key === issueKey)?.[0];
  if (!rowId) return undefined;
  const milestones = record.plan.rows.filter((r) => r.kind === 'milestone' && record.issueKeys[r.rowId]);
  if (rowId === EPIC_ROW_ID) {
    const byDate = [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const launch = record.plan.launchDate;
    const chosen = [...byDate].reverse().find((m) => m.dueDate <= launch) ?? byDate[0];
    return chosen ? { kind: 'epic', milestone: chosen, milestoneKey: record.issueKeys[chosen.rowId] } : undefined;
  }
  const milestone = milestones.find((m) => m.rowId === rowId);
  return milestone ? { kind: 'milestone', milestone, milestoneKey: record.issueKeys[milestone.rowId] } : undefined;
}
