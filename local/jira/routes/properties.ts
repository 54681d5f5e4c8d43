import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError, jiraNotFound } from '../../http/jira-errors';
import { deleteProperty, getProperty, listPropertyKeys, setProperty } from '../store/properties';
import { editableIssue, visibleIssue } from './access';
import { propertyKeyError, propertyValueError } from './edit/property-input';
import { pathParam } from '../../http/path-param';

const propertySelf = (req: RouteRequest, issueId: number, key: string): string =>
  `${req.baseUrl}/rest/api/3/issue/${issueId}/properties/${encodeURIComponent(key)}`;

function listKeys(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const keys = listPropertyKeys(req.db, issue.id).map((key) => ({ self: propertySelf(req, issue.id, key), key }));
  return { status: 200, body: { keys } };
}

function getOne(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const key = pathParam(req, 'propertyKey');
  const value = getProperty(req.db, issue.id, key);
  if (value === undefined) throw jiraNotFound(`The property with key '${key}' does not exist.`);
  return { status: 200, body: { key, value } };
}

function putOne(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const key = pathParam(req, 'propertyKey');
  const keyError = propertyKeyError(key);
  if (keyError) throw jiraError(400, [keyError]);
  if (req.rawBody.trim() === '' || req.body === undefined) throw jiraError(400, ['The property value must be valid JSON.']);
  const valueJson = JSON.stringify(req.body);
  const valueError = propertyValueError(valueJson);
  if (valueError) throw jiraError(400, [valueError]);
  const created = req.db.transaction(() => setProperty(req.db, issue.id, key, valueJson))();
  // The spec declares a JSON body (any schema) for 200/201; an empty object keeps clients that parse it happy.
  return { status: created ? 201 : 200, body: {} };
}

function deleteOne(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const key = pathParam(req, 'propertyKey');
  const deleted = req.db.transaction(() => deleteProperty(req.db, issue.id, key))();
  if (!deleted) throw jiraNotFound(`The property with key '${key}' does not exist.`);
  return { status: 204 };
}

export function propertyRoutes(): Route[] {
  const one = '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}';
  return [
    { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/properties', handler: listKeys },
    { method: 'GET', pattern: one, handler: getOne },
    { method: 'PUT', pattern: one, handler: putOne },
    { method: 'DELETE', pattern: one, handler: deleteOne },
  ];
}
