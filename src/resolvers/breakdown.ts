import { createHash } from 'node:crypto';
import { readGoalIssue, type GoalIssue } from '../adapters/jira/goal-issue';
import { readIssueDates } from '../adapters/jira/issue-dates';
import { listPeople } from '../adapters/jira/people';
import { myProjectPermissions } from '../adapters/jira/permissions';
import { forgeLanguageModel, type LanguageModel } from '../adapters/llm/forge-llm';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { getRoleAssignments } from '../adapters/storage/role-assignments';
import { addRowsPlan, aiMessages, breakdownTarget, goalTextOf, parseAiAnswer, scheduleBreakdown, suggestFromPatterns, type BreakdownTarget } from '../domain/breakdown';
import type { EngineOutput } from '../domain/breakdown/schema';
import { languageOf, type CampaignRecord } from '../domain/model';
import { builtInTemplate } from '../domain/templates';
import { AppError } from '../shared/result';
import { contractResolver } from './define';
import { queueCreationJob } from './creation';
import { todayIso } from './planning';

interface BreakdownContext {
  issue: GoalIssue;
  record: CampaignRecord;
  target: BreakdownTarget;
}

/** The campaign epic or milestone behind `issueKey`, as the user sees it, and their right to create issues there. */
async function breakdownContext(issueKey: string): Promise<BreakdownContext> {
  const issue = await readGoalIssue(issueKey);
  const perms = await myProjectPermissions(issue.projectKey, ['BROWSE_PROJECTS', 'CREATE_ISSUES']);
  if (!perms.CREATE_ISSUES) throw new AppError('FORBIDDEN', `issueKey: you cannot create issues in project ${issue.projectKey}, so you cannot break ${issueKey} down`, 'issueKey');
  const record = (await getCampaignRecord(issue.key)) ?? (issue.parentKey ? await getCampaignRecord(issue.parentKey) : undefined);
  const target = record ? breakdownTarget(record, issue.key) : undefined;
  if (!record || !target) {
    throw new AppError('INVALID_INPUT', `issueKey: ${issueKey} is not a campaign epic or milestone created by Campaign Control`, 'issueKey');
  }
  return { issue, record, target };
}

/** Channels the campaign was planned with: its template's and its brief's. */
function channelsOf(record: CampaignRecord): string[] {
  const fromBrief = record.plan.brief?.values.find((v) => v.field === 'channels')?.value;
  const brief = Array.isArray(fromBrief) ? fromBrief.filter((c): c is string => typeof c === 'string') : [];
  return [...new Set([...(builtInTemplate(record.plan.templateId)?.channels ?? []), ...brief])];
}

/** The resolver, with its language model given (Forge LLMs, through the adapter). */
function makeSuggestBreakdown(llm: LanguageModel) {
  return contractResolver('suggestBreakdown', async (input, caller) => {
    const { issue, record, target } = await breakdownContext(input.issueKey);
    const goal = input.goalText?.trim() || goalTextOf(issue.summary, issue.description);
    const language = record.plan.language;
    const reasonLanguage = languageOf(caller.locale);
    const channels = channelsOf(record);
    const model = await llm.activeModel();

    let output: EngineOutput;
    if (input.engine === 'ai') {
      if (!model) throw new AppError('INVALID_INPUT', 'engine: AI suggestions are not available on this site', 'engine');
      output = parseAiAnswer(await llm.chat(model, aiMessages({ goal, channels, language, reasonLanguage })));
    } else {
      output = suggestFromPatterns({ goal, channels, language, reasonLanguage });
    }

    const [dates, roles, people] = await Promise.all([readIssueDates([target.milestoneKey]), getRoleAssignments(record.plan.projectKey), listPeople()]);
    const milestoneDueDate = dates.get(target.milestoneKey)?.dueDate ?? target.milestone.dueDate;
    const scheduled = scheduleBreakdown({ tasks: output.tasks, milestoneDueDate, calendar: record.plan.holidayCalendar, today: todayIso(), roleAssignments: roles ?? {} });
    const reasonsOf = new Map(output.tasks.map((t) => [t.taskId, t.reasons]));
    return {
      issueKey: issue.key,
      target: target.kind,
      epicKey: record.epicKey,
      milestone: { key: target.milestoneKey, summary: target.milestone.summary, dueDate: milestoneDueDate },
      engine: input.engine,
      aiAvailable: model !== undefined,
      goal,
      tasks: scheduled.tasks.map((t) => ({ ...t, reasons: reasonsOf.get(t.taskId) ?? [] })),
      warnings: scheduled.warnings,
      people,
    };
  });
}

export const suggestBreakdownResolver = makeSuggestBreakdown(forgeLanguageModel);

/** Creates the edited tasks as children of the epic tied to the milestone, with the campaign's own creation job. */
export const createBreakdownResolver = contractResolver('createBreakdown', async (input, caller) => {
  const { record, target } = await breakdownContext(input.issueKey);
  const prefix = `bd${createHash('sha256').update(input.requestId).digest('hex').slice(0, 6)}`;
  const work = addRowsPlan(record, target, input.tasks, prefix);
  const { jobId } = await queueCreationJob(input.requestId, caller, work);
  return { jobId, epicKey: record.epicKey, milestoneKey: target.milestoneKey };
});
