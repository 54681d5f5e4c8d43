import type { SuggestBreakdownResult } from '../../contracts/breakdown';
import { aiMessages, goalTextOf, parseAiAnswer, scheduleBreakdown, suggestFromPatterns, type EngineOutput } from '../../domain/breakdown';
import { DomainError } from '../../domain/errors';
import { languageOf, type CampaignRecord } from '../../domain/model';
import { builtInTemplate } from '../../domain/templates';
import type { ActingUser } from '../acting-user';
import type { IssueDueDatesPort, PeoplePort, RoleAssignmentsPort } from '../ports/breakdown-planning';
import type { Clock } from '../ports/clock';
import type { LanguageModelPort } from '../ports/language-model';
import { breakdownContext, type BreakdownContextPorts } from './breakdown-context';
import { milestoneOptions, pickedMilestone } from './milestone-options';
import { wordStored } from '../../wording/messages';

export interface SuggestBreakdownPorts extends BreakdownContextPorts {
  llm: LanguageModelPort;
  dates: IssueDueDatesPort;
  roles: RoleAssignmentsPort;
  people: PeoplePort;
  clock: Clock;
}

/** Channels the campaign was planned with: its template's and its brief's. */
function channelsOf(record: CampaignRecord): string[] {
  const fromBrief = record.plan.brief?.values.find((v) => v.field === 'channels')?.value;
  const brief = Array.isArray(fromBrief) ? fromBrief.filter((c): c is string => typeof c === 'string') : [];
  return [...new Set([...(builtInTemplate(record.plan.templateId)?.channels ?? []), ...brief])];
}

/**
 * Tasks that would reach the goal of a campaign epic or milestone, scheduled before the milestone's due date, by the
 * patterns engine or the site's language model. Errors: those of `breakdownContext`; INVALID_INPUT `engine` when AI
 * is asked for and the site has no model; the model's own failures (UPSTREAM, INVALID_INPUT for an unusable answer).
 */
export async function suggestBreakdown(
  input: { issueKey: string; goalText?: string | undefined; engine: 'patterns' | 'ai'; milestoneKey?: string | undefined },
  user: ActingUser,
  ports: SuggestBreakdownPorts,
): Promise<SuggestBreakdownResult> {
  const { issue, record, target } = await breakdownContext(input.issueKey, user, ports, input.milestoneKey);
  const goal = input.goalText?.trim() || goalTextOf(issue.summary, issue.description);
  const prompt = { goal, channels: channelsOf(record), language: record.plan.language, reasonLanguage: languageOf(user.locale) };
  const model = await ports.llm.activeModel();

  let output: EngineOutput;
  if (input.engine === 'ai') {
    if (!model) throw new DomainError('INVALID_INPUT', { key: 'errors.aiUnavailable' }, 'engine');
    output = parseAiAnswer(await ports.llm.chat(model, aiMessages(prompt)));
  } else {
    output = suggestFromPatterns(prompt);
  }

  const [milestones, roles, people] = await Promise.all([
    milestoneOptions(record, ports.dates),
    ports.roles.get(record.plan.projectKey),
    ports.people.list(),
  ]);
  const milestone = pickedMilestone(milestones, target.milestoneKey, target.milestone);
  const milestoneDueDate = milestone.dueDate;
  // The UTC day, as the planner's `today`.
  const today = ports.clock.now().toISOString().slice(0, 10);
  const scheduled = scheduleBreakdown({
    tasks: output.tasks,
    milestoneDueDate,
    calendar: record.plan.holidayCalendar,
    today,
    roleAssignments: roles ?? {},
  });
  const reasonsOf = new Map(output.tasks.map((t) => [t.taskId, t.reasons]));
  return {
    issueKey: issue.key,
    target: target.kind,
    epicKey: record.epicKey,
    milestone,
    milestones,
    engine: input.engine,
    aiAvailable: model !== undefined,
    goal,
    tasks: scheduled.tasks.map((t) => ({ ...t, reasons: reasonsOf.get(t.taskId) ?? [] })),
    warnings: wordStored(user.locale, scheduled.warnings),
    people,
  };
}
