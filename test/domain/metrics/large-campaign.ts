import {
  CampaignRecord,
  CampaignSnapshot,
  type CampaignPlan,
  type PlanGate,
  type PlanRow,
  type SnapshotIssue,
} from '../../../src/domain/model';
import { addBusinessDays } from '../../../src/domain/schedule/business-days';

export const LARGE_TODAY = '2027-03-01';
const LAUNCH = '2027-06-01';
const MILESTONES = 50;
const PLANNED_TASKS_PER_MILESTONE = 9;

/**
 * A 5,000-issue campaign: epic, 50 milestones and 450 planned tasks (the plan's 500-row limit), plus 4,499 tasks
 * people added by hand (costs and estimates on the issues). Every third task is done at 110% of its planned cost;
 * each task is blocked by the previous one of its milestone. Built by rule, so tests can recompute any total.
 */
export function largeCampaign(withHistory: boolean): { record: CampaignRecord; snapshot: CampaignSnapshot } {
  const rows: PlanRow[] = [];
  const issues: SnapshotIssue[] = [];
  const issueKeys: Record<string, string> = { epic: 'MKT-1' };
  const base = (key: string, kind: SnapshotIssue['kind'], summary: string, dueDate: string | null): SnapshotIssue => ({
    key,
    id: key.slice(4),
    kind,
    summary,
    statusCategory: 'new',
    dueDate,
    created: '2027-01-04T09:00:00.000+0100',
    resolved: null,
    assigneeAccountId: null,
    estimateDays: null,
    plannedCost: null,
    actualCost: null,
    committedCost: null,
    costCategory: null,
    blockedBy: [],
    updated: '2027-01-04T09:00:00.000+0100',
  });
  issues.push(base('MKT-1', 'epic', 'Big launch', null));

  const milestoneDue: string[] = [];
  for (let m = 0; m < MILESTONES; m += 1) {
    const due = addBusinessDays(LAUNCH, -(MILESTONES - m) * 2, 'US');
    const rowId = `m${m}`;
    const key = `MKT-${2 + m}`;
    milestoneDue.push(due);
    issueKeys[rowId] = key;
    rows.push({
      rowId,
      kind: 'milestone',
      summary: `Milestone ${m}`,
      ownerRole: 'pm',
      startDate: due,
      dueDate: due,
      estimateBusinessDays: 0,
      dependsOn: [],
    });
    issues.push(base(key, 'milestone', `Milestone ${m}`, due));
  }

  const totalTasks = 5000 - 1 - MILESTONES;
  const lastOf = new Map<number, string>();
  for (let n = 0; n < totalTasks; n += 1) {
    const m = n % MILESTONES;
    const key = `MKT-${2 + MILESTONES + n}`;
    const planned = 10 + (n % 7) * 5;
    const estimate = 1 + (n % 4);
    const due = milestoneDue[m]!;
    const isDone = n % 3 === 0;
    const inPlan = n < MILESTONES * PLANNED_TASKS_PER_MILESTONE;
    const rowId = `t${n}`;
    if (inPlan) {
      issueKeys[rowId] = key;
      rows.push({
        rowId,
        kind: 'task',
        parentRowId: `m${m}`,
        summary: `Task ${n}`,
        ownerRole: 'designer',
        startDate: addBusinessDays(due, -(estimate - 1), 'US'),
        dueDate: due,
        estimateBusinessDays: estimate,
        plannedCost: planned,
        costCategory: 'production',
        dependsOn: [],
      });
    }
    const previous = lastOf.get(m);
    issues.push({
      ...base(key, inPlan ? 'task' : 'other', `Task ${n}`, due),
      ...(inPlan ? { rowId } : {}),
      milestoneKey: `MKT-${2 + m}`,
      statusCategory: isDone ? 'done' : 'indeterminate',
      resolved: isDone ? '2027-02-15T12:00:00.000+0100' : null,
      assigneeAccountId: n % 10 === 0 ? null : `acc-${n % 25}`,
      // Planned rows carry no estimate or cost of their own on the issue: the plan provides them.
      estimateDays: inPlan ? null : estimate,
      plannedCost: inPlan ? null : planned,
      actualCost: isDone ? Math.round(planned * 1.1 * 100) / 100 : null,
      committedCost: n % 5 === 0 ? planned : null,
      costCategory: inPlan ? null : 'media',
      blockedBy: previous ? [previous] : [],
    });
    lastOf.set(m, key);
  }

  const gates: PlanGate[] = Array.from({ length: 10 }, (_, g) => ({
    gateId: `g${g}`,
    name: `Gate ${g}`,
    milestoneRowId: `m${g * 5}`,
    approverRoles: ['legal'],
    approverAccountIds: ['acc-1', 'acc-2'],
    quorum: { kind: 'all' },
    ...(g > 0 ? { afterGateId: `g${g - 1}` } : {}),
    dueDate: milestoneDue[g * 5]!,
    declineNeedsReason: true,
  }));
  const plannedTotal = issues.reduce((s, i) => s + (i.plannedCost ?? 0), 0) + rows.reduce((s, r) => s + (r.plannedCost ?? 0), 0);
  const plan: CampaignPlan = {
    templateId: 'big',
    templateVersion: 1,
    language: 'en',
    projectKey: 'MKT',
    name: 'Big launch',
    launchDate: LAUNCH,
    holidayCalendar: 'US',
    budget: { amount: Math.round(plannedTotal * 1.05), currency: 'USD' },
    campaignLabel: 'campaign-big-launch',
    rows,
    gates,
    kpis: [],
    warnings: [],
  };
  const throughputDays: string[] = [];
  if (withHistory)
    for (let d = 1; d <= 60; d += 1) for (let k = 0; k < 3; k += 1) throughputDays.push(addBusinessDays(LARGE_TODAY, -d, 'US'));
  return {
    record: CampaignRecord.parse({
      epicKey: 'MKT-1',
      requestId: 'req-big',
      createdAt: '2027-01-04T09:00:00.000Z',
      createdBy: 'acc-camille',
      plan,
      issueKeys,
    }),
    snapshot: CampaignSnapshot.parse({
      epicKey: 'MKT-1',
      issues: Object.fromEntries(issues.map((i) => [i.key, i])),
      throughputDays,
      refreshedAt: '2027-03-01T08:00:00.000Z',
      version: 12,
    }),
  };
}
