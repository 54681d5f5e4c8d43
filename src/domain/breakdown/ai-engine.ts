import { z } from 'zod';
import { DomainError } from '../errors';
import { OwnerRole, type Language } from '../model';
import { EngineOutput, MAX_BREAKDOWN_TASKS } from './schema';
import { firstIssue, firstUnknownKey, problemMessage } from '../zod-issues';
import { nested, type Message } from '../../wording/messages';

export interface AiPromptInput {
  goal: string;
  channels: readonly string[];
  language: Language;
  reasonLanguage: Language;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The instructions and the goal, asking for exactly the pattern engine's JSON shape. */
export function aiMessages(input: AiPromptInput): ChatMessage[] {
  const lang = (l: Language): string => (l === 'fr' ? 'French' : 'English');
  const system = [
    'You break a marketing campaign goal down into concrete tasks.',
    `Answer with one JSON object only, no prose: {"tasks":[{"taskId","summary","ownerRole","estimateBusinessDays","dependsOn","reasons"}]} with 1 to ${MAX_BREAKDOWN_TASKS} tasks.`,
    'taskId: a lower-case slug unique in the answer. summary: at most 255 characters, in ' + lang(input.language) + '.',
    `ownerRole: one of ${OwnerRole.options.join(', ')}. estimateBusinessDays: an integer from 1 to 60.`,
    'dependsOn: taskIds of tasks in the same answer that must finish first. reasons: 1 to 5 short phrases in ' +
      lang(input.reasonLanguage) +
      ' saying which words of the goal call for the task.',
  ].join('\n');
  const user = [`Goal:\n${input.goal}`, input.channels.length ? `Campaign channels: ${input.channels.join(', ')}` : '']
    .filter(Boolean)
    .join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** A reply wrapped in a Markdown code fence is still read; anything else must be the JSON object itself. */
function unfence(text: string): string {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i.exec(text);
  return (m?.[1] ?? text).trim();
}

const fieldOf = (issue: z.ZodIssue): string => issue.path.join('.') || 'answer';

/**
 * The model's answer, held to the same schema as the pattern engine's output. Anything else (not JSON, a missing
 * or unknown field, a role that does not exist, a dependency on no task) is refused as UPSTREAM, naming what was wrong.
 */
export function parseAiAnswer(text: string): EngineOutput {
  let json: unknown;
  try {
    json = JSON.parse(unfence(text));
  } catch {
    throw new DomainError('UPSTREAM', { key: 'errors.aiNotJson' }, 'engine');
  }
  const parsed = EngineOutput.safeParse(json);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    // What was wrong is the field's problem, worded like a payload's (and in the reader's language).
    const what: Message =
      issue.code === 'unrecognized_keys'
        ? { key: 'errors.fieldNotAccepted', params: { field: [...issue.path, firstUnknownKey(issue)].join('.') } }
        : problemMessage(issue, fieldOf(issue));
    throw new DomainError('UPSTREAM', { key: 'errors.aiWrongShape', params: nested('problem', what, '') }, 'engine');
  }
  return parsed.data;
}
