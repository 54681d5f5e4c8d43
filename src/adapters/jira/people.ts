import { route } from '@forge/api';
import { z } from 'zod';
import { requestJira } from './request';

const Users = z.array(
  z
    .object({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional(), active: z.boolean().optional() })
    .passthrough(),
);

export interface Person {
  accountId: string;
  displayName: string;
}

const PEOPLE_PAGE = 100;

/** Active human users of the site (the people a PM can map roles to). */
export async function listPeople(): Promise<Person[]> {
  const users = await requestJira(route`/rest/api/3/users/search?maxResults=${PEOPLE_PAGE}`, { as: 'user', schema: Users });
  return users
    .filter((u) => u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
