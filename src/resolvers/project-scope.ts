import { AppError } from '../shared/result';
import { myProjectPermissions, type ProjectPermission } from '../adapters/jira/permissions';
import type { CallerContext } from './define';

export const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;

/** The project a call is about: the module's own context first (project page, issue panel), else the payload's. */
export function projectOf(caller: CallerContext, payloadProjectKey: string | undefined): string {
  const key = caller.projectKey ?? payloadProjectKey;
  if (!key) throw new AppError('INVALID_INPUT', { key: 'errors.projectKeyRequired' }, 'projectKey');
  return key;
}

/** Refuses unless Jira says the acting user holds `permission` in the project. `doing` is an action the wording module translates (see `catalog/errors.ts`). */
export async function requireProjectPermission(projectKey: string, permission: ProjectPermission, doing: string): Promise<void> {
  const perms = await myProjectPermissions(projectKey, ['BROWSE_PROJECTS', permission]);
  if (!perms.BROWSE_PROJECTS) throw new AppError('NOT_FOUND', { key: 'errors.projectNotVisible', params: { projectKey } });
  if (!perms[permission]) throw new AppError('FORBIDDEN', { key: 'errors.permissionNeeded', params: { permission, projectKey, action: doing } });
}
