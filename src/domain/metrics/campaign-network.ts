import type { Activity } from '../forecast';
import { groupBy } from './group-by';
import type { CampaignIssue } from './issue-costs';

/**
 * A campaign's issues as schedule activities: tasks with their estimate as work, milestones as zero-work events
 * after their own tasks, and every Jira "Blocks" link as a finish-to-start constraint.
 */
export function campaignActivities(epicKey: string, items: readonly CampaignIssue[]): Activity[] {
  const work = items.filter((i) => i.issue.kind !== 'epic');
  const tasksOf = groupBy(
    work.filter((i) => i.issue.kind !== 'milestone'),
    (i) => i.milestoneKey,
  );
  return work.map((i): Activity => {
    const milestone = i.issue.kind === 'milestone';
    const own = milestone ? (tasksOf.get(i.issue.key) ?? []).map((t) => t.issue.key) : [];
    return {
      key: i.issue.key,
      name: i.issue.summary,
      campaign: epicKey,
      kind: milestone ? 'milestone' : 'task',
      workDays: milestone || i.done ? 0 : i.estimateDays,
      done: i.done,
      assignee: i.issue.assigneeAccountId,
      role: i.row?.ownerRole ?? null,
      predecessors: [...new Set([...i.issue.blockedBy, ...own])],
      dueDate: i.dueDate,
      start: i.row?.startDate ?? null,
    };
  });
}

/** Role → the people the campaign's rows of that role are assigned to: who unassigned work of the role falls to. */
export function rolePools(items: readonly CampaignIssue[]): Record<string, string[]> {
  const pools: Record<string, Set<string>> = {};
  for (const i of items) {
    const role = i.row?.ownerRole;
    const who = i.issue.assigneeAccountId;
    if (role && who) (pools[role] ??= new Set()).add(who);
  }
  return Object.fromEntries(Object.entries(pools).map(([role, people]) => [role, [...people].sort()]));
}
