import type { CampaignRecord, PlanRow } from '../model';
import { EPIC_ROW_ID } from '../creation/issue-payloads';
import { DomainError } from '../errors';

export interface BreakdownTarget {
  /** What the action was opened on. */
  kind: 'epic' | 'milestone';
  /** The milestone the new tasks are due for and linked to. */
  milestone: PlanRow;
  milestoneKey: string;
}

/** The campaign's milestones already in Jira, with their keys, by planned due date. */
export function campaignMilestones(record: CampaignRecord): { milestone: PlanRow; milestoneKey: string }[] {
  return record.plan.rows
    .flatMap((milestone) => {
      const milestoneKey = record.issueKeys[milestone.rowId];
      return milestone.kind === 'milestone' && milestoneKey ? [{ milestone, milestoneKey }] : [];
    })
    .sort((a, b) => a.milestone.dueDate.localeCompare(b.milestone.dueDate));
}

/**
 * Where a breakdown of `issueKey` goes: the milestone the user picked (`milestoneKey`, any milestone of the
 * campaign), else its own milestone, or on the epic, the milestone due on or just before launch (the campaign's
 * main deliverable), else the first one after it. Undefined when `issueKey` is neither an epic nor a milestone;
 * INVALID_INPUT `milestoneKey` for a key that is not one of the campaign's milestones.
 */
export function breakdownTarget(record: CampaignRecord, issueKey: string, milestoneKey?: string): BreakdownTarget | undefined {
  const rowId = Object.entries(record.issueKeys).find(([, key]) => key === issueKey)?.[0];
  if (!rowId) return undefined;
  const milestones = campaignMilestones(record);
  const kind = rowId === EPIC_ROW_ID ? 'epic' : 'milestone';
  const own = milestones.find((m) => m.milestone.rowId === rowId);
  if (kind === 'milestone' && !own) return undefined;
  if (milestoneKey !== undefined) {
    const picked = milestones.find((m) => m.milestoneKey === milestoneKey);
    if (!picked)
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.breakdownMilestoneUnknown', params: { milestoneKey, epicKey: record.epicKey } },
        'milestoneKey',
      );
    return { kind, ...picked };
  }
  if (own) return { kind, ...own };
  const launch = record.plan.launchDate;
  const chosen = [...milestones].reverse().find((m) => m.milestone.dueDate <= launch) ?? milestones[0];
  return chosen ? { kind, ...chosen } : undefined;
}
