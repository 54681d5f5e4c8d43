import { route } from '@forge/api';
import { z } from 'zod';
import { requestJira } from './request';
import type { RetryGate } from '../http/retry';

const MyPermissions = z.object({ permissions: z.record(z.object({ havePermission: z.boolean() }).passthrough()) });

export type ProjectPermission = 'BROWSE_PROJECTS' | 'CREATE_ISSUES' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS';

/** What the acting user may do in a project, asked of Jira itself (one call for several permissions). */
export async function myProjectPermissions(
  projectKey: string,
  keys: ProjectPermission[],
  retry?: RetryGate,
): Promise<Record<ProjectPermission, boolean>> {
  const answer = await requestJira(route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=${keys.join(',')}`, {
    as: 'user',
    schema: MyPermissions,
    ...(retry ? { retry } : {}),
  });
  return Object.fromEntries(keys.map((k) => [k, answer.permissions[k]?.havePermission === true])) as Record<ProjectPermission, boolean>;
}

/** Whether the acting user holds Jira's global ADMINISTER permission (a site administrator). */
export async function isSiteAdmin(retry?: RetryGate): Promise<boolean> {
  const answer = await requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`, {
    as: 'user',
    schema: MyPermissions,
    ...(retry ? { retry } : {}),
  });
  return answer.permissions.ADMINISTER?.havePermission === true;
}
