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
  // The milestones already in Jira, with their keys.
  const milestones = record.plan.rows.flatMap((milestone) => {
    const milestoneKey = record.issueKeys[milestone.rowId];
    return milestone.kind === 'milestone' && milestoneKey ? [{ milestone, milestoneKey }] : [];
  });
  if (rowId === EPIC_ROW_ID) {
    const byDate = [...milestones].sort((a, b) => a.milestone.dueDate.localeCompare(b.milestone.dueDate));
    const launch = record.plan.launchDate;
    const chosen = [...byDate].reverse().find((m) => m.milestone.dueDate <= launch) ?? byDate[0];
    return chosen ? { kind: 'epic', ...chosen } : undefined;
  }
  const own = milestones.find((m) => m.milestone.rowId === rowId);
  return own ? { kind: 'milestone', ...own } : undefined;
}
