import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { hasJiraPermission, listUsers } from '../../identity/permissions';
import { findProject } from '../store/catalog';
import { requireSignedIn } from './access';
import { intParam } from './params';
import { userDetails } from './render/users';

/**
 * `GET /rest/api/3/user/assignable/search?project=…`: the active people who may be assigned issues in the project.
 * The demo site's one scheme gives "Assignable user" with edit access, so read-only people and outsiders are left out.
 */
function assignableUsers(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const projectRef = req.query.get('project');
  if (!projectRef) throw jiraError(400, ['The project, issueKey or issueId query parameter needs to be provided.']);
  const project = findProject(req.db, projectRef);
  if (!project || !hasJiraPermission(req.db, req.principal, project.key, 'BROWSE_PROJECTS'))
    throw jiraError(404, [`Project '${projectRef}' not found.`]);
  const accountId = req.query.get('accountId');
  const query = req.query.get('query')?.toLowerCase();
  const users = listUsers(req.db).filter(
    (u) =>
      u.active === 1 &&
      u.account_type === 'atlassian' &&
      hasJiraPermission(req.db, { kind: 'user', accountId: u.account_id }, project.key, 'EDIT_ISSUES') &&
      (accountId === null || u.account_id === accountId) &&
      (!query || u.display_name.toLowerCase().startsWith(query) || u.email.toLowerCase().startsWith(query)),
  );
  const startAt = Math.max(0, intParam(req.query, 'startAt', 0));
  const maxResults = Math.min(Math.max(1, intParam(req.query, 'maxResults', 50)), 1000);
  const body = users.slice(startAt, startAt + maxResults).map((u) => userDetails(req.baseUrl, u));
  return { status: 200, body, cost: { users: body.length } };
}

export const assignableUserRoutes = (): Route[] => [
  { method: 'GET', pattern: '/rest/api/3/user/assignable/search', handler: assignableUsers },
];
