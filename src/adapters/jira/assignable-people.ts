import { route } from '@forge/api';
import { z } from 'zod';
import type { AssignablePeoplePort } from '../../usecases/ports/assignable-people';
import { requestJira } from './request';

const Users = z.array(
  z.object({ accountId: z.string(), accountType: z.string().optional(), active: z.boolean().optional() }).passthrough(),
);

const PAGE = 1000;

/**
 * The active people Jira lets be assigned issues in the project (its assignable users): read-only people and
 * outsiders are not among them. Asked as the acting user.
 */
export const jiraAssignablePeople: AssignablePeoplePort = {
  async assignableIn(projectKey: string): Promise<string[]> {
    const users = await requestJira(route`/rest/api/3/user/assignable/search?project=${projectKey}&maxResults=${PAGE}`, {
      as: 'user',
      schema: Users,
    });
    return users.filter((u) => u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian').map((u) => u.accountId);
  },
};
