import type { Database } from '../../db/sqlite';
import type { Principal, RouteRequest } from '../../http/types';
import { forbidden, issueNotFound, unauthorized } from '../../http/jira-errors';
import { hasJiraPermission } from '../../identity/permissions';
import { findIssue } from '../store/issues';
import { projectById } from '../store/catalog';
import type { IssueRow, ProjectRow } from '../store/rows';

/** Anonymous callers get 401 everywhere (the emulated site allows no anonymous access). */
export function requireSignedIn(req: RouteRequest): void {
  if (req.principal.kind === 'anonymous') throw unauthorized();
}

/** Account id recorded as author/reporter: the app acts as its own (pseudo) user. */
export const APP_ACCOUNT_ID = '557058:forge-app-campaign-control';

export function actorId(principal: Principal): string | null {
  if (principal.kind === 'user') return principal.accountId;
  if (principal.kind === 'app') return APP_ACCOUNT_ID;
  return null;
}

export function canBrowseProject(db: Database, principal: Principal, project: ProjectRow): boolean {
  return hasJiraPermission(db, principal, project.key, 'BROWSE_PROJECTS');
}

export function canBrowseIssue(db: Database, principal: Principal, issue: IssueRow): boolean {
  return canBrowseProject(db, principal, projectById(db, issue.project_id));
}

export function canEditIssue(db: Database, principal: Principal, issue: IssueRow): boolean {
  return hasJiraPermission(db, principal, projectById(db, issue.project_id).key, 'EDIT_ISSUES');
}

/** The issue, or the 404 Jira gives both for a missing issue and for one the caller cannot see. */
export function visibleIssue(req: RouteRequest, idOrKey: string): IssueRow {
  requireSignedIn(req);
  const issue = findIssue(req.db, idOrKey);
  if (!issue || !canBrowseIssue(req.db, req.principal, issue)) throw issueNotFound();
  return issue;
}

export function editableIssue(req: RouteRequest, idOrKey: string): IssueRow {
  const issue = visibleIssue(req, idOrKey);
  if (!canEditIssue(req.db, req.principal, issue)) throw forbidden('You do not have permission to edit issues in this project.');
  return issue;
}
