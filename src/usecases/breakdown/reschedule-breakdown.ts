import type { RescheduleBreakdownResult } from '../../contracts/breakdown';
import { rescheduleBreakdown as reschedule, type BreakdownTask } from '../../domain/breakdown';
import type { ActingUser } from '../acting-user';
import type { IssueDueDatesPort } from '../ports/breakdown-planning';
import type { Clock } from '../ports/clock';
import { breakdownContext, type BreakdownContextPorts } from './breakdown-context';
import { milestoneOptions, pickedMilestone } from './milestone-options';
import { wordStored } from '../../wording/messages';

export interface RescheduleBreakdownPorts extends BreakdownContextPorts {
  dates: IssueDueDatesPort;
  clock: Clock;
}

/**
 * New dates for the modal's tasks once an estimate changed: that task and the tasks it waits for are scheduled back
 * from the milestone's due date (in Jira now) over the campaign's business days and holidays, as `suggestBreakdown`
 * schedules them; the others keep theirs. Errors: those of `breakdownContext`; INVALID_INPUT `changedTaskId` and
 * `dependsOn` from the domain.
 */
export async function rescheduleBreakdown(
  input: { issueKey: string; milestoneKey?: string | undefined; changedTaskId?: string | undefined; tasks: readonly BreakdownTask[] },
  user: ActingUser,
  ports: RescheduleBreakdownPorts,
): Promise<RescheduleBreakdownResult> {
  const { record, target } = await breakdownContext(input.issueKey, user, ports, input.milestoneKey);
  const milestone = pickedMilestone(await milestoneOptions(record, ports.dates), target.milestoneKey, target.milestone);
  const { tasks, warnings } = reschedule({
    tasks: input.tasks,
    changedTaskId: input.changedTaskId,
    milestoneDueDate: milestone.dueDate,
    calendar: record.plan.holidayCalendar,
    // The UTC day, as the planner's `today`.
    today: ports.clock.now().toISOString().slice(0, 10),
  });
  return { milestone, tasks, warnings: wordStored(user.locale, warnings) };
}
