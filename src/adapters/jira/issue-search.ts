import { route } from '@forge/api';
import { z } from 'zod';
import { FoundIssue } from '../../domain/creation/existing-issues';
import { ROW_PROPERTY_KEY } from '../../domain/model';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';
import { SAFE_REQUEST_ID } from '../../contracts/fields';

const SearchPage = z.object({ issues: z.array(FoundIssue).default([]), nextPageToken: z.string().optional() }).passthrough();
/** Jira pages `search/jql` at 100 when fields beyond id/key are asked for. */
const PAGE_SIZE = 100;
const MAX_PAGES = 60;

/** Request ids go inside a JQL string literal: only characters that need no escaping (the contract's rule). */
export { SAFE_REQUEST_ID };

/**
 * Every issue created for `requestId`, found by the row property it was born with, with its links and property.
 * A read, so safe to retry; run as the user (it must see what they created).
 */
export async function findIssuesOfRequest(requestId: string, retry: RetryGate): Promise<FoundIssue[]> {
  if (!SAFE_REQUEST_ID.test(requestId)) throw new Error(`unsafe requestId for JQL: ${requestId}`);
  const jql = `issue.property[${ROW_PROPERTY_KEY}].requestId = "${requestId}" ORDER BY key ASC`;
  const out: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await requestJira(route`/rest/api/3/search/jql`, {
      as: 'user',
      schema: SearchPage,
      method: 'POST',
      body: {
        jql,
        fields: ['key', 'issuelinks'],
        properties: [ROW_PROPERTY_KEY],
        maxResults: PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      },
      retry,
      idempotent: true,
    });
    out.push(...answer.issues);
    nextPageToken = answer.nextPageToken;
    if (!nextPageToken) return out;
  }
  throw new Error(`search for request ${requestId} did not end after ${MAX_PAGES} pages`);
}
