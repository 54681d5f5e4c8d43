import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { hasGlobalJiraPermission, hasJiraPermission } from '../../identity/permissions';
import type { JiraPermission } from '../../identity/demo-users';
import { findIssue } from '../store/issues';
import { findProject, listProjects, projectById } from '../store/catalog';
import { canBrowseIssue, requireSignedIn } from './access';

/**
 * Jira's project permissions the emulator knows, each decided by one of the three grants a demo user can hold
 * (browse, edit, administer). Real Jira has a permission scheme per project; the demo site has one simple scheme.
 */
interface PermissionInfo {
  id: string;
  name: string;
  description: string;
  /** The project grant that decides it, or `global` for a site-wide permission (ADMINISTER). */
  grant: JiraPermission | 'global';
}

export const PERMISSIONS: Record<string, PermissionInfo> = {
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Browse Projects',
    description: 'Ability to browse projects and the issues within them.',
    grant: 'BROWSE_PROJECTS',
  },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', description: 'Ability to create issues.', grant: 'EDIT_ISSUES' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', description: 'Ability to edit issues.', grant: 'EDIT_ISSUES' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', description: 'Ability to assign issues to other people.', grant: 'EDIT_ISSUES' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', description: 'Ability to comment on issues.', grant: 'EDIT_ISSUES' },
  DELETE_ISSUES: { id: '16', name: 'Delete Issues', description: 'Ability to delete issues.', grant: 'EDIT_ISSUES' },
  LINK_ISSUES: { id: '21', name: 'Link Issues', description: 'Ability to link issues together.', grant: 'EDIT_ISSUES' },
  ADMINISTER_PROJECTS: {
    id: '23',
    name: 'Administer Projects',
    description: 'Ability to administer a project in Jira.',
    grant: 'ADMINISTER_PROJECTS',
  },
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
    grant: 'global',
  },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', description: 'Ability to transition issues.', grant: 'EDIT_ISSUES' },
};

/** `GET /rest/api/3/mypermissions`: what the caller may do in a project or on an issue (or anywhere, without either). */
function myPermissions(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const requested = (req.query.get('permissions') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (requested.length === 0) throw jiraError(400, ['The permissions query parameter is required.']);
  const known: { key: string; p: PermissionInfo }[] = [];
  const unknown: string[] = [];
  for (const key of requested) {
    const p = PERMISSIONS[key];
    if (p) known.push({ key, p });
    else unknown.push(key);
  }
  if (unknown.length > 0) throw jiraError(404, [`No permissions with key ${unknown.join(', ')} could be found.`]);
  const issueRef = req.query.get('issueKey') ?? req.query.get('issueId');
  const projectRef = req.query.get('projectKey') ?? req.query.get('projectId');
  let projectKeys: string[];
  if (issueRef) {
    const issue = findIssue(req.db, issueRef);
    if (!issue || !canBrowseIssue(req.db, req.principal, issue))
      throw jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
    projectKeys = [projectById(req.db, issue.project_id).key];
  } else if (projectRef) {
    const project = findProject(req.db, projectRef);
    if (!project || !hasJiraPermission(req.db, req.principal, project.key, 'BROWSE_PROJECTS'))
      throw jiraError(404, ["No project could be found with key '" + projectRef + "'."]);
    projectKeys = [project.key];
  } else {
    // No context: Jira answers whether the caller holds the permission in at least one project.
    projectKeys = listProjects(req.db).map((p) => p.key);
  }
  const permissions = Object.fromEntries(
    known.map(({ key, p }) => {
      const { grant } = p;
      if (grant === 'global') {
        const havePermission = hasGlobalJiraPermission(req.db, req.principal, 'ADMINISTER');
        return [key, { id: p.id, key, name: p.name, type: 'GLOBAL', description: p.description, havePermission }];
      }
      const havePermission = projectKeys.some((k) => hasJiraPermission(req.db, req.principal, k, grant));
      return [key, { id: p.id, key, name: p.name, type: 'PROJECT', description: p.description, havePermission }];
    }),
  );
  return { status: 200, body: { permissions } };
}

export function myPermissionsRoutes(): Route[] {
  return [{ method: 'GET', pattern: '/rest/api/3/mypermissions', handler: myPermissions }];
}
