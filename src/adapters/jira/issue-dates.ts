import { route } from '@forge/api';
import { z } from 'zod';
import { requestJira } from './request';

const SearchPage = z.object({
  issues: z.array(
    z.object({
      key: z.string(),
      fields: z.object({ duedate: z.string().nullable().optional(), status: z.object({ statusCategory: z.object({ key: z.string() }) }) }),
    }),
  ),
  nextPageToken: z.string().optional(),
});

export interface IssueDates {
  key: string;
  dueDate: string | null;
  done: boolean;
}

/** Jira accepts at most this many keys in one `issuekey in (...)` page we ask for. */
const PAGE = 100;

/** Due date and done-ness of the given issues, read as the user (issues they cannot see are simply absent). */
export async function readIssueDates(keys: readonly string[]): Promise<Map<string, IssueDates>> {
  const out = new Map<string, IssueDates>();
  for (let i = 0; i < keys.length; i += PAGE) {
    const jql = `issuekey in (${keys.slice(i, i + PAGE).join(',')})`;
    let nextPageToken: string | undefined;
    do {
      const page = await requestJira(route`/rest/api/3/search/jql`, {
        as: 'user',
        schema: SearchPage,
        method: 'POST',
        body: { jql, fields: ['duedate', 'status'], maxResults: PAGE, ...(nextPageToken ? { nextPageToken } : {}) },
      });
      for (const issue of page.issues) {
        out.set(issue.key, {
          key: issue.key,
          dueDate: issue.fields.duedate ?? null,
          done: issue.fields.status.statusCategory.key === 'done',
        });
      }
      nextPageToken = page.nextPageToken;
    } while (nextPageToken);
  }
  return out;
}
