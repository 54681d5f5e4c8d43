import { route } from '@forge/api';
import { z } from 'zod';
import { requestJira } from './request';

/** Sets fields on one issue as the user (Jira refuses people who may not edit it, and invalid values). */
export async function updateIssueFields(issueKey: string, fields: Record<string, unknown>): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${issueKey}`, { as: 'user', schema: z.undefined(), method: 'PUT', body: { fields } });
}
