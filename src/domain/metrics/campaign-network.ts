import type { Activity, GateDue } from '../forecast';
import type { CampaignPlan } from '../model';
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

/** A plan not yet in Jira (a preview, a re-plan) as activities of campaign `campaign`: its rows' work and dates. */
export function planActivities(campaign: string, plan: CampaignPlan): Activity[] {
  return plan.rows.map((r) => ({
    key: `${campaign}:${r.rowId}`,
    name: r.summary,
    campaign,
    kind: r.kind,
    workDays: r.kind === 'milestone' ? 0 : r.estimateBusinessDays,
    done: false,
    assignee: r.assigneeAccountId ?? null,
    role: r.ownerRole,
    predecessors: [
      ...r.dependsOn.map((d) => `${campaign}:${d.rowId}`),
      ...plan.rows.filter((t) => t.parentRowId === r.rowId).map((t) => `${campaign}:${t.rowId}`),
    ],
    dueDate: r.dueDate,
    start: r.startDate,
  }));
}

/** A plan's sign-offs as gates due, for approver clashes; `closedGateIds` are decided already. */
export function planGates(campaign: string, plan: CampaignPlan, closedGateIds: ReadonlySet<string> = new Set()): GateDue[] {
  return plan.gates.map((g) => ({
    campaign,
    gateId: g.gateId,
    name: g.name,
    dueDate: g.dueDate,
    approverAccountIds: g.approverAccountIds,
    closed: closedGateIds.has(g.gateId),
  }));
}
