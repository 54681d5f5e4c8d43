import { HttpError } from './types';

/** Jira's error body: `{errorMessages: string[], errors: {field: message}}` (spec schema `ErrorCollection`). */
export interface JiraErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
  status?: number;
}

export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): HttpError {
  return new HttpError(status, { errorMessages, errors } satisfies JiraErrorCollection);
}

export const jiraNotFound = (what: string): HttpError => jiraError(404, [what]);
export const issueNotFound = (): HttpError => jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
export const unauthorized = (): HttpError =>
  jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
export const forbidden = (message = 'You do not have permission to perform this operation.'): HttpError => jiraError(403, [message]);
