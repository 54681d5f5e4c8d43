import { z } from 'zod';
import { SAFE_REQUEST_ID } from '../adapters/jira/issue-search';
import { MAX_BREAKDOWN_TASKS } from '../domain/breakdown';
import { BreakdownTask } from '../domain/breakdown/schema';
import { createBreakdown } from '../usecases/breakdown/create-breakdown';
import { suggestBreakdown } from '../usecases/breakdown/suggest-breakdown';
import { createBreakdownPorts, suggestBreakdownPorts } from '../wiring/breakdown';
import { defineResolver } from './define';

const IssueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-1');

const SuggestPayload = z
  .object({
    issueKey: IssueKey,
    goalText: z.string().max(4000, 'must be at most 4000 characters').optional(),
    engine: z.enum(['patterns', 'ai']).default('patterns'),
  })
  .strict();

const CreatePayload = z
  .object({
    requestId: z.string().regex(SAFE_REQUEST_ID, 'must be 8 to 100 letters, digits, - or _ (one per "Create" click)'),
    issueKey: IssueKey,
    tasks: z.array(BreakdownTask).min(1, 'must hold at least one task').max(MAX_BREAKDOWN_TASKS),
  })
  .strict();

/** Tasks that would reach the goal of a campaign epic or milestone, scheduled before the milestone (editors). */
export const suggestBreakdownResolver = defineResolver(SuggestPayload, (input, caller) => suggestBreakdown(input, { accountId: caller.accountId, locale: caller.locale }, suggestBreakdownPorts()));

/** Creates the edited tasks as children of the epic tied to the milestone, with the campaign's own creation job. */
export const createBreakdownResolver = defineResolver(CreatePayload, (input, caller) => createBreakdown(input, { accountId: caller.accountId, locale: caller.locale }, createBreakdownPorts()));
