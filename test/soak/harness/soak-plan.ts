import { addDays, format } from 'date-fns';
import { CampaignPlan, type PlanGate, type PlanRow } from '../../../src/domain/model';
import { BLACK_FRIDAY_BRIEF_ID } from '../../../local/confluence/seed';
import { ALEX, CAMILLE, HUGO, LEA, NOAH, SOPHIE } from '../../../local/identity/demo-users';

/** The approvers of every soak gate: they decide all at once in a sign-off burst. */
export const SOAK_APPROVERS = [LEA, HUGO, SOPHIE, ALEX] as const;

export interface SoakPlanShape {
  milestones: number;
  tasksPerMilestone: number;
}

const day = (from: Date, offset: number): string => format(addDays(from, offset), 'yyyy-MM-dd');

/**
 * One soak campaign: `milestones` milestones (Camille's, so she is their reporter and assignee and never an
 * approver) of `tasksPerMilestone` chained tasks each, and one gate per milestone, all open at once (parallel),
 * each needing all four approvers.
 */
export function soakPlan(label: string, shape: SoakPlanShape, today = new Date()): CampaignPlan {
  const launch = day(today, 90);
  const rows: PlanRow[] = [];
  const gates: PlanGate[] = [];
  for (let m = 1; m <= shape.milestones; m++) {
    const milestoneId = `milestone-${m}`;
    const due = day(today, 30 + 10 * m);
    rows.push({
      rowId: milestoneId,
      kind: 'milestone',
      summary: `Soak milestone ${m}`,
      ownerRole: 'pm',
      assigneeAccountId: CAMILLE.accountId,
      startDate: due,
      dueDate: due,
      estimateBusinessDays: 0,
      dependsOn: [],
    });
    for (let t = 1; t <= shape.tasksPerMilestone; t++) {
      const taskDue = day(today, 30 + 10 * m - (shape.tasksPerMilestone - t) - 1);
      rows.push({
        rowId: `task-${m}-${t}`,
        kind: 'task',
        parentRowId: milestoneId,
        summary: `Soak task ${t} of milestone ${m}`,
        ownerRole: 'designer',
        assigneeAccountId: NOAH.accountId,
        startDate: taskDue,
        dueDate: taskDue,
        estimateBusinessDays: 1,
        plannedCost: 250 * t,
        costCategory: 'production',
        dependsOn: t > 1 ? [{ rowId: `task-${m}-${t - 1}`, lagBusinessDays: 0 }] : [],
      });
    }
    gates.push({
      gateId: `gate-${m}`,
      name: `Soak gate ${m}`,
      milestoneRowId: milestoneId,
      approverRoles: ['legal', 'brand', 'leadership', 'partner'],
      approverAccountIds: SOAK_APPROVERS.map((a) => a.accountId),
      quorum: { kind: 'all' },
      dueDate: due,
      declineNeedsReason: false,
    });
  }
  return CampaignPlan.parse({
    templateId: 'soak',
    templateVersion: 1,
    language: 'en',
    projectKey: 'MKT',
    name: `Soak campaign ${label}`,
    launchDate: launch,
    holidayCalendar: 'FR',
    budget: { amount: 20000, currency: 'EUR' },
    campaignLabel: label,
    rows,
    gates,
    kpis: [
      {
        kpiId: 'signups',
        name: 'Sign-ups',
        unit: 'count',
        target: 500,
        direction: 'higher_is_better',
        windowStart: launch,
        windowEnd: day(today, 104),
      },
    ],
    brief: {
      pageId: BLACK_FRIDAY_BRIEF_ID,
      title: 'Black Friday 2026',
      url: `http://localhost/wiki/spaces/MKT/pages/${BLACK_FRIDAY_BRIEF_ID}`,
      version: 1,
      values: [],
      problems: [],
    },
  });
}
