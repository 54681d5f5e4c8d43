import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { childrenOf, deleteIssue, issueById, saveIssue } from '../store/issues';
import { issueTypeById } from '../store/catalog';
import { recordChange } from '../store/changelog';
import { actorId, editableIssue, requireSignedIn, visibleIssue } from './access';
import { boolParam, listParam, requireObjectBody } from './params';
import { parseFieldSelection } from './render/field-selection';
import { issueJson } from './render/issue';
import { draftFromBody, rowOf } from './edit/draft';
import { diffDrafts } from './edit/diff';
import { createIssueFrom } from './edit/create-issue';
import { validateProperties } from './edit/property-input';
import { setProperty } from '../store/properties';
import { publishJiraIssueEvents } from '../store/issue-events';
import { pathParam } from '../../http/path-param';

const nowIso = (): string => new Date().toISOString();

function createIssue(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  const outcome = req.db.transaction(() => createIssueFrom(req, body, nowIso()))();
  if (!outcome.ok) throw jiraError(outcome.status, outcome.errorMessages, outcome.errors);
  const { issue } = outcome;
  publishJiraIssueEvents(req.db, [{ kind: 'issue_created', issue, actor: req.principal, at: issue.created }]);
  return { status: 201, body: { id: String(issue.id), key: issue.key, self: `${req.baseUrl}/rest/api/3/issue/${issue.id}` } };
}

function getIssue(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const body = issueJson(req.db, req.baseUrl, issue, {
    fields: parseFieldSelection(listParam(req.query, 'fields'), '*all'),
    properties: listParam(req.query, 'properties'),
    expand: listParam(req.query, 'expand'),
  });
  return { status: 200, body, cost: { objects: 1 } };
}

function editIssue(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const body = requireObjectBody(req.body);
  const { before, after, errors } = draftFromBody(req.db, issue, body);
  const properties = body.properties === undefined ? [] : validateProperties(body.properties);
  if (typeof properties === 'string') errors.properties = properties;
  if (Object.keys(errors).length > 0) throw jiraError(400, [], errors);
  const now = nowIso();
  const change = req.db.transaction(() => {
    const items = diffDrafts(req.db, before, after);
    let changelogId: number | undefined;
    if (items.length > 0) {
      after.row.updated = now;
      saveIssue(req.db, rowOf(after));
      changelogId = recordChange(req.db, issue.id, actorId(req.principal), now, items);
    }
    if (typeof properties !== 'string') for (const p of properties) setProperty(req.db, issue.id, p.key, p.valueJson);
    return changelogId === undefined ? undefined : { id: changelogId, items };
  })();
  const saved = change ? issueById(req.db, issue.id) : undefined;
  if (change && saved)
    publishJiraIssueEvents(req.db, [{ kind: 'issue_updated', issue: saved, actor: req.principal, at: now, changelog: change }]);
  if (boolParam(req.query, 'returnIssue')) {
    const fresh = visibleIssue(req, String(issue.id));
    return {
      status: 200,
      body: issueJson(req.db, req.baseUrl, fresh, { fields: parseFieldSelection(undefined, '*all') }),
      cost: { objects: 1 },
    };
  }
  return { status: 204 };
}

function removeIssue(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const subtasks = childrenOf(req.db, issue.id).filter((c) => issueTypeById(req.db, c.issue_type_id).subtask === 1);
  const deleteSubtasks = req.query.get('deleteSubtasks') === 'true';
  if (subtasks.length > 0 && !deleteSubtasks)
    throw jiraError(400, [`The issue '${issue.key}' has subtasks. To delete it, set deleteSubtasks=true.`]);
  req.db.transaction(() => {
    for (const s of subtasks) deleteIssue(req.db, s.id);
    deleteIssue(req.db, issue.id);
  })();
  const at = nowIso();
  publishJiraIssueEvents(
    req.db,
    [...subtasks, issue].map((row) => ({ kind: 'issue_deleted' as const, issue: row, actor: req.principal, at })),
  );
  return { status: 204 };
}

export function issueRoutes(): Route[] {
  return [
    { method: 'POST', pattern: '/rest/api/3/issue', handler: createIssue },
    { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}', handler: getIssue },
    { method: 'PUT', pattern: '/rest/api/3/issue/{issueIdOrKey}', handler: editIssue },
    { method: 'DELETE', pattern: '/rest/api/3/issue/{issueIdOrKey}', handler: removeIssue },
  ];
}
