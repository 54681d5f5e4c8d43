import type { DraftStatusReportAnswer, ProposeBreakdownAnswer } from '../../contracts/rovo';
import { DomainError } from '../../domain/errors';
import { assistantWords } from '../../wording/catalog/assistant';
import { manifestWords } from '../../wording/catalog/manifest';
import { languageOf } from '../../wording/locale';
import type { ActingUser } from '../acting-user';
import { suggestBreakdown, type SuggestBreakdownPorts } from '../breakdown/suggest-breakdown';
import { draftStatusReport, type PublishStatusReportPorts } from '../report/publish-status-report';
import { campaignKeyOf, frameOf, issuePath } from './frame';

/**
 * "Draft a status report": the status report use case, written as a Confluence draft (the same numbers and the same
 * rule: the campaign's PM and project admins), never published nor linked from the epic by the agent.
 */
export async function draftReport(
  input: { campaignKey?: string | undefined; contextIssueKey?: string | undefined },
  user: ActingUser,
  ports: Omit<PublishStatusReportPorts, 'links'>,
): Promise<DraftStatusReportAnswer> {
  const drafted = await draftStatusReport({ epicKey: campaignKeyOf(input, input.contextIssueKey) }, user, ports);
  return {
    ...frameOf(user),
    campaign: { key: drafted.epicKey, name: drafted.name, launchDate: drafted.launchDate, path: issuePath(drafted.epicKey) },
    kind: drafted.kind,
    draft: { pageId: drafted.page.id, title: drafted.page.title, url: drafted.page.url },
    note: assistantWords[languageOf(user.locale)].draftNote,
  };
}

/**
 * "Propose a breakdown for this goal": the "Break down goal" suggestion (the patterns engine, the same rules: people
 * who may create issues in the project), shown only. Nothing is created: the answer sends the PM to the issue's
 * "Break down goal", where they review the tasks and create them.
 */
export async function proposeBreakdown(
  input: { issueKey?: string | undefined; goal?: string | undefined; contextIssueKey?: string | undefined },
  user: ActingUser,
  ports: SuggestBreakdownPorts,
): Promise<ProposeBreakdownAnswer> {
  const issueKey = input.issueKey ?? input.contextIssueKey;
  if (!issueKey) throw new DomainError('INVALID_INPUT', { key: 'errors.issueKeyOutsideIssue' }, 'issueKey');
  const suggestion = await suggestBreakdown({ issueKey, engine: 'patterns', ...(input.goal ? { goalText: input.goal } : {}) }, user, ports);
  const lang = languageOf(user.locale);
  return {
    ...frameOf(user),
    issueKey: suggestion.issueKey,
    milestone: { key: suggestion.milestone.key, name: suggestion.milestone.summary, dueDate: suggestion.milestone.dueDate },
    goal: suggestion.goal,
    tasks: suggestion.tasks.map((t) => ({
      summary: t.summary,
      ownerRole: t.ownerRole,
      estimateBusinessDays: t.estimateBusinessDays,
      startDate: t.startDate,
      dueDate: t.dueDate,
      dependsOn: t.dependsOn,
    })),
    created: false,
    confirmIn: {
      path: issuePath(suggestion.issueKey),
      text: assistantWords[lang].confirmBreakdown(manifestWords[lang].modules.breakdown.title),
    },
  };
}
