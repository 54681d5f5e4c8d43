import { addDays, format, parseISO } from 'date-fns';
import { CampaignPlan, type PlanRow } from '../../../src/domain/model';
import { CAMILLE, NOAH } from '../../../local/identity/demo-users';

const day = (launch: string, offset: number): string => format(addDays(parseISO(launch), offset), 'yyyy-MM-dd');

/**
 * A hand-written plan: `milestones` milestones, each with `tasksPerMilestone` tasks; every task after the first
 * of a milestone depends on the one before it. Total rows = milestones × (1 + tasksPerMilestone).
 */
export function planWith(milestones: number, tasksPerMilestone: number, label = 'campaign-test'): CampaignPlan {
  const launch = '2026-12-15';
  const rows: PlanRow[] = [];
  for (let m = 0; m < milestones; m++) {
    const milestoneId = `milestone-${m + 1}`;
    const due = day(launch, -10 * (milestones - m));
    rows.push({
      rowId: milestoneId,
      kind: 'milestone',
      summary: `Milestone ${m + 1}`,
      ownerRole: 'pm',
      assigneeAccountId: CAMILLE.accountId,
      startDate: due,
      dueDate: due,
      estimateBusinessDays: 0,
      dependsOn: [],
    });
    for (let t = 0; t < tasksPerMilestone; t++) {
      const taskDue = day(due, -(tasksPerMilestone - t));
      rows.push({
        rowId: `task-${m + 1}-${t + 1}`,
        kind: 'task',
        parentRowId: milestoneId,
        summary: `Task ${t + 1} of milestone ${m + 1}`,
        ownerRole: 'designer',
        assigneeAccountId: NOAH.accountId,
        startDate: day(taskDue, -1),
        dueDate: taskDue,
        estimateBusinessDays: 1,
        plannedCost: 100 * (t + 1),
        costCategory: 'production',
        dependsOn: t > 0 ? [{ rowId: `task-${m + 1}-${t}`, lagBusinessDays: 0 }] : [],
      });
    }
  }
  return CampaignPlan.parse({
    templateId: 'test-template',
    templateVersion: 1,
    language: 'en',
    projectKey: 'MKT',
    name: `Test campaign ${label}`,
    launchDate: launch,
    holidayCalendar: 'FR',
    budget: { amount: 50000, currency: 'EUR' },
    campaignLabel: label,
    rows,
    gates: [],
    kpis: [
      {
        kpiId: 'ctr',
        name: 'Click-through rate',
        unit: 'percent',
        target: 2.5,
        direction: 'higher_is_better',
        windowStart: launch,
        windowEnd: day(launch, 14),
      },
    ],
    brief: {
      pageId: '1638403',
      title: 'Black Friday 2026',
      url: 'http://localhost/wiki/spaces/MKT/pages/1638403',
      version: 1,
      values: [],
      problems: [],
    },
  });
}

/** Links the plan implies: one per task (to its milestone) plus one per dependency. */
export const expectedLinkCount = (plan: CampaignPlan): number =>
  plan.rows.filter((r) => r.kind === 'task').length + plan.rows.reduce((n, r) => n + r.dependsOn.length, 0);
