import type { Principal, Route, RouteRequest, RouteResponse } from '../../http/types';
import { forbidden, jiraError } from '../../http/jira-errors';
import { hasGlobalJiraPermission, hasJiraPermission } from '../../identity/permissions';
import { issueById } from '../store/issues';
import { listProjects, projectById } from '../store/catalog';
import { requireObjectBody } from './params';
import { PERMISSIONS } from './my-permissions';

/** Jira checks at most this many project ids and issue ids in one request. */
const MAX_IDS = 1000;

interface ProjectPermissionsAsk {
  permissions: string[];
  projects?: number[];
  issues?: number[];
}

const isIdList = (v: unknown): v is (number | null)[] => Array.isArray(v) && v.every((x) => x === null || Number.isInteger(x));

function asks(body: Record<string, unknown>): ProjectPermissionsAsk[] {
  const list = body.projectPermissions;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw jiraError(400, ["'projectPermissions' must be an array."]);
  return list
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((a) => {
      const permissions = Array.isArray(a.permissions) ? a.permissions.filter((p): p is string => typeof p === 'string' && p !== '') : [];
      if (permissions.length === 0) throw jiraError(400, ['At least one project permission is required.']);
      for (const k of ['projects', 'issues'] as const)
        if (a[k] !== undefined && a[k] !== null && !isIdList(a[k])) throw jiraError(400, [`'${k}' must be a list of ids.`]);
      const ids = (v: unknown): number[] | undefined => (isIdList(v) ? v.filter((x): x is number => x !== null) : undefined);
      const projects = ids(a.projects);
      const issues = ids(a.issues);
      if ((projects?.length ?? 0) > MAX_IDS || (issues?.length ?? 0) > MAX_IDS)
        throw jiraError(400, [`No more than ${MAX_IDS} project ids and ${MAX_IDS} issue ids can be checked.`]);
      return { permissions, ...(projects ? { projects } : {}), ...(issues ? { issues } : {}) };
    });
}

/** Whose permissions: the caller's; another account's only for the app (Jira: administrators and Connect apps). */
function subjectOf(req: RouteRequest, accountId: unknown): Principal {
  if (accountId === undefined || accountId === null) return req.principal;
  if (typeof accountId !== 'string' || accountId === '') throw jiraError(400, ['The account ID is not valid.']);
  if (req.principal.kind === 'user' && req.principal.accountId === accountId) return req.principal;
  if (req.principal.kind === 'app') return { kind: 'user', accountId };
  throw forbidden('Only Jira administrators can perform this operation.');
}

/**
 * `POST /rest/api/3/permissions/check`: for each project permission, the projects and issues among those asked that
 * the user holds it in (every project, when none is named); invalid ids are ignored, as Jira does. No global
 * permission is granted on the demo site. Anonymous callers hold nothing.
 */
function bulkPermissions(req: RouteRequest): RouteResponse {
  const body = requireObjectBody(req.body);
  const subject = subjectOf(req, body.accountId);
  const unknown = asks(body)
    .flatMap((a) => a.permissions)
    .filter((p) => !PERMISSIONS[p]);
  if (unknown.length > 0) throw jiraError(400, [], Object.fromEntries(unknown.map((p) => [p, 'Unrecognized permission'])));
  const projectPermissions = asks(body).flatMap((a) =>
    a.permissions.map((key) => {
      const grant = PERMISSIONS[key]?.grant ?? 'ADMINISTER_PROJECTS';
      const holds = (projectId: string): boolean => {
        const project = projectById(req.db, projectId);
        // A global permission (ADMINISTER) asked of a project holds there when the user holds it site-wide, as in Jira.
        const granted =
          grant === 'global'
            ? hasGlobalJiraPermission(req.db, subject, 'ADMINISTER')
            : hasJiraPermission(req.db, subject, project.key, grant);
        return hasJiraPermission(req.db, subject, project.key, 'BROWSE_PROJECTS') && granted;
      };
      const known = new Set(listProjects(req.db).map((p) => Number(p.id)));
      const projects = (a.projects ?? [...known]).filter((id) => known.has(id) && holds(String(id)));
      const issues = (a.issues ?? []).filter((id) => {
        const issue = issueById(req.db, id);
        return issue !== undefined && holds(issue.project_id);
      });
      return {
        permission: key,
        projects: [...new Set(projects)].sort((x, y) => x - y),
        issues: [...new Set(issues)].sort((x, y) => x - y),
      };
    }),
  );
  const globalPermissions: string[] = [];
  return { status: 200, body: { globalPermissions, projectPermissions } };
}

export function bulkPermissionRoutes(): Route[] {
  return [{ method: 'POST', pattern: '/rest/api/3/permissions/check', handler: bulkPermissions }];
}
