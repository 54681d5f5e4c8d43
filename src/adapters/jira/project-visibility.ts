import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import type { ProjectVisibilityPort } from '../../usecases/ports/portfolio-store';
import { requestJira } from './request';

/** Jira checks at most 1,000 projects in one bulk permission check. */
export const MAX_PROJECTS_PER_CHECK = 1000;

const BulkPermissionGrants = z
  .object({
    projectPermissions: z.array(z.object({ permission: z.string(), projects: z.array(z.number()).default([]) }).passthrough()).default([]),
  })
  .passthrough();

const ProjectRef = z.object({ id: z.string(), key: z.string() }).passthrough();
const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;

/**
 * Which of these projects the acting user may browse: Jira's bulk permission check (`POST /rest/api/3/permissions/check`),
 * asked as the user, one call for every project of the portfolio (Jira takes up to 1,000 ids).
 */
export async function browsableProjects(projectIds: readonly string[], retry?: RetryGate): Promise<Set<string>> {
  const ids = projectIds.filter((id) => /^\d+$/.test(id)).map(Number);
  if (ids.length === 0) return new Set();
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += MAX_PROJECTS_PER_CHECK) {
    const body = { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ids.slice(i, i + MAX_PROJECTS_PER_CHECK) }] };
    // A read (POST only for its body), so safe to retry.
    const answer = await requestJira(route`/rest/api/3/permissions/check`, {
      as: 'user',
      schema: BulkPermissionGrants,
      method: 'POST',
      body,
      ...(retry ? { retry } : {}),
    });
    for (const grant of answer.projectPermissions)
      if (grant.permission === 'BROWSE_PROJECTS') for (const p of grant.projects) out.add(String(p));
  }
  return out;
}

/** A project's id, as the user: undefined when it does not exist for them (Jira answers 404 to a project they cannot browse). */
export async function projectIdAsUser(projectKey: string, retry?: RetryGate): Promise<string | undefined> {
  if (!PROJECT_KEY.test(projectKey)) return undefined;
  try {
    return (await requestJira(route`/rest/api/3/project/${projectKey}`, { as: 'user', schema: ProjectRef, ...(retry ? { retry } : {}) }))
      .id;
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return undefined;
    throw e;
  }
}

export const jiraProjectVisibility = (retry?: RetryGate): ProjectVisibilityPort => ({
  browsable: (ids) => browsableProjects(ids, retry),
  projectId: (key) => projectIdAsUser(key, retry),
});
