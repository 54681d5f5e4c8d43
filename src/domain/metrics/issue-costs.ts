import type { CampaignPlan, CostCategory, IsoDate, PlanRow, SnapshotIssue } from '../model';

/** One campaign issue with the plan row it came from (absent for issues people added by hand). */
export interface CampaignIssue {
  issue: SnapshotIssue;
  row: PlanRow | undefined;
  done: boolean;
  /** Planned cost: the issue's own field, else the plan row's. */
  planned: number;
  actual: number;
  committed: number;
  category: CostCategory | 'uncategorized';
  /** Due date in Jira, else the plan's. */
  dueDate: IsoDate | null;
  /** Estimate in business days; an issue without one counts as one day of work. */
  estimateDays: number;
  /** The milestone issue it belongs to (itself for a milestone). */
  milestoneKey: string | undefined;
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Joins the snapshot's issues to the plan rows they came from, resolving every fallback once. */
export function campaignIssues(plan: CampaignPlan, issues: readonly SnapshotIssue[]): CampaignIssue[] {
  const rows = new Map(plan.rows.map((r) => [r.rowId, r]));
  return issues.map((issue) => {
    const row = issue.rowId ? rows.get(issue.rowId) : undefined;
    return {
      issue,
      row,
      done: issue.statusCategory === 'done',
      planned: issue.plannedCost ?? row?.plannedCost ?? 0,
      actual: issue.actualCost ?? 0,
      committed: issue.committedCost ?? 0,
      category: issue.costCategory ?? row?.costCategory ?? 'uncategorized',
      dueDate: issue.dueDate ?? row?.dueDate ?? null,
      estimateDays: issue.estimateDays ?? row?.estimateBusinessDays ?? 1,
      milestoneKey: issue.kind === 'milestone' ? issue.key : issue.milestoneKey,
    };
  });
}
