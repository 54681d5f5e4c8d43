import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraNotFound } from '../../http/jira-errors';
import { findProject, listFields, listIssueTypes, listProjectIssueTypes } from '../store/catalog';
import { listForgeFields } from '../store/forge-fields';
import { canBrowseProject, requireSignedIn } from './access';
import { fieldJson, issueTypeJson, projectJson } from './render/config';
import { userRef } from './render/users';
import { pathParam } from '../../http/path-param';

function getProject(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const projectIdOrKey = pathParam(req, 'projectIdOrKey');
  const project = findProject(req.db, projectIdOrKey);
  if (!project || !canBrowseProject(req.db, req.principal, project))
    throw jiraNotFound(`No project could be found with key '${projectIdOrKey}'.`);
  const lead = userRef(req.db, req.baseUrl, project.lead_account_id);
  return {
    status: 200,
    body: projectJson(req.baseUrl, project, lead ?? undefined, listProjectIssueTypes(req.db, project.id)),
    cost: { objects: 1, users: lead ? 1 : 0 },
  };
}

function issueTypes(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  return { status: 200, body: listIssueTypes(req.db).map((t) => issueTypeJson(req.baseUrl, t)) };
}

function fields(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  // Forge app fields show the app's field key rather than their id.
  const forgeKeys = new Map(listForgeFields(req.db).map((f) => [f.field_id, f.field_key]));
  return { status: 200, body: listFields(req.db).map((f) => ({ ...fieldJson(f), key: forgeKeys.get(f.id) ?? f.id })) };
}

export function metaRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/project/{projectIdOrKey}', handler: getProject },
    { method: 'GET', pattern: '/rest/api/3/issuetype', handler: issueTypes },
    { method: 'GET', pattern: '/rest/api/3/field', handler: fields },
  ];
}
