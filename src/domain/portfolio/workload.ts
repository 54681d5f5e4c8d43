import { z } from 'zod';
import type { Activity } from '../forecast';
import { HolidayCalendar, IsoDate } from '../model';

/**
 * One campaign's open, assigned work as the portfolio's capacity view needs it (`pf:w:<EPIC>`), stored beside its
 * roll-up whenever the app computes the campaign anyway: a few KB where the snapshot is a hundred, so the heatmap
 * over 300 campaigns reads a few hundred KVS units instead of thousands. Tasks are tuples
 * `[key, summary, assignee index, start, due, work days]`, people once each in `assignees`.
 */
export const WorkloadTask = z.tuple([z.string(), z.string(), z.number().int().min(0), IsoDate.nullable(), IsoDate, z.number().positive()]);
export type WorkloadTask = z.infer<typeof WorkloadTask>;

export const CampaignWorkload = z
  .object({
    epicKey: z.string(),
    projectKey: z.string(),
    calendar: HolidayCalendar,
    assignees: z.array(z.object({ accountId: z.string(), displayName: z.string() }).strict()),
    tasks: z.array(WorkloadTask),
    updatedAt: z.string(),
  })
  .strict();
export type CampaignWorkload = z.infer<typeof CampaignWorkload>;

/** What loads people: open tasks with someone assigned, work left and a due date (the weekly load counts nothing else). */
const loads = (a: Activity): a is Activity & { assignee: string; dueDate: string } =>
  !a.done && a.kind === 'task' && a.workDays > 0 && a.assignee !== null && a.dueDate !== null;

export function workloadOf(
  campaign: { epicKey: string; projectKey: string; calendar: HolidayCalendar; updatedAt: string },
  activities: readonly Activity[],
  names: Readonly<Record<string, string>>,
): CampaignWorkload {
  const index = new Map<string, number>();
  const tasks: WorkloadTask[] = [];
  for (const a of activities) {
    if (!loads(a)) continue;
    const at = index.get(a.assignee) ?? index.size;
    index.set(a.assignee, at);
    tasks.push([a.key, a.name, at, a.start ?? null, a.dueDate, a.workDays]);
  }
  const assignees = [...index.keys()].map((accountId) => ({ accountId, displayName: names[accountId] ?? '' }));
  return { ...campaign, assignees, tasks };
}

/** The workload's tasks as the schedule model's activities (for the weekly load). */
export function activitiesOf(w: CampaignWorkload): Activity[] {
  return w.tasks.map(([key, name, at, start, dueDate, workDays]) => ({
    key,
    name,
    campaign: w.epicKey,
    kind: 'task',
    workDays,
    done: false,
    assignee: w.assignees[at]?.accountId ?? null,
    role: null,
    predecessors: [],
    dueDate,
    start,
  }));
}
