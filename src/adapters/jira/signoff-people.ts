import { route } from '@forge/api';
import { z } from 'zod';
import type { RetryGate } from '../http/retry';
import { requestJira, type Actor } from './request';

const Users = z.array(z.object({ accountId: z.string(), displayName: z.string() }).passthrough());
const PAGE = 100;
/** A site has a few hundred people at most here; past that, names fall back to account ids. */
const MAX_PAGES = 10;

/** accountId → display name of the site's users, as the user (resolvers) or the app (triggers). */
export async function peopleNames(as: Actor, retry: RetryGate): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (let page = 0; page < MAX_PAGES; page++) {
    const startAt = page * PAGE;
    const users =
      as === 'user'
        ? await requestJira(route`/rest/api/3/users/search?startAt=${startAt}&maxResults=${PAGE}`, { as: 'user', schema: Users, retry })
        : await requestJira(route`/rest/api/3/users/search?startAt=${startAt}&maxResults=${PAGE}`, { as: 'app', schema: Users, retry });
    for (const u of users) names[u.accountId] = u.displayName;
    if (users.length < PAGE) break;
  }
  return names;
}
