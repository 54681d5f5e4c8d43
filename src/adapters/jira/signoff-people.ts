import { route } from '@forge/api';
import { z } from 'zod';
import type { RetryGate } from '../http/retry';
import { requestJira, type Actor } from './request';

const UsersPage = z
  .object({ values: z.array(z.object({ accountId: z.string(), displayName: z.string() }).passthrough()).default([]) })
  .passthrough();
/** Jira's `user/bulk` takes up to 200 ids a page; 100 keeps the URL short. */
const PAGE = 100;

/**
 * accountId → display name of these people only (`GET /rest/api/3/user/bulk`), as the user (resolvers) or the app
 * (triggers): 1 point a page plus 2 per person, where the site-wide `users/search` costs 2 per person of the site.
 * Ids Jira does not know are left out.
 */
export async function peopleNamesById(accountIds: readonly string[], as: Actor, retry: RetryGate): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const ids = [...new Set(accountIds)];
  for (let start = 0; start < ids.length; start += PAGE) {
    const query = new URLSearchParams();
    for (const id of ids.slice(start, start + PAGE)) query.append('accountId', id);
    query.set('maxResults', String(PAGE));
    const page =
      as === 'user'
        ? await requestJira(route`/rest/api/3/user/bulk?${query}`, { as: 'user', schema: UsersPage, retry })
        : await requestJira(route`/rest/api/3/user/bulk?${query}`, { as: 'app', schema: UsersPage, retry });
    for (const u of page.values) names[u.accountId] = u.displayName;
  }
  return names;
}
