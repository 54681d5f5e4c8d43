import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError, jiraNotFound } from '../../http/jira-errors';
import { findComment, getCommentProperty, insertComment, listComments } from '../store/comments';
import { validateProperties } from './edit/property-input';
import { actorId, editableIssue, visibleIssue } from './access';
import { intParam, isRecord, listParam, requireObjectBody } from './params';
import { isAdfDoc } from './render/adf';
import { commentJson } from './render/comments';
import { pathParam } from '../../http/path-param';

function listIssueComments(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const startAt = Math.max(0, intParam(req.query, 'startAt', 0));
  const maxResults = Math.min(Math.max(1, intParam(req.query, 'maxResults', 5000)), 5000);
  const rendered = (listParam(req.query, 'expand') ?? []).includes('renderedBody');
  let all = listComments(req.db, issue.id);
  if (req.query.get('orderBy') === '-created') all = all.reverse();
  const comments = all.slice(startAt, startAt + maxResults).map((c) => commentJson(req.db, req.baseUrl, issue.id, c, rendered));
  return { status: 200, body: { startAt, maxResults, total: all.length, comments }, cost: { users: comments.length } };
}

function addComment(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const body = requireObjectBody(req.body);
  if (body.body === undefined || body.body === null) throw jiraError(400, [], { comment: 'Comment body can not be empty!' });
  if (!isAdfDoc(body.body))
    throw jiraError(400, [], { comment: 'Comment body must be an Atlassian Document (see the Atlassian Document Format).' });
  const visibility = body.visibility;
  if (
    visibility !== undefined &&
    (!isRecord(visibility) || !['group', 'role'].includes(String(visibility.type)) || typeof visibility.value !== 'string')
  )
    throw jiraError(400, [], { commentLevel: 'Visibility must have a type of group or role and a value.' });
  const properties = body.properties === undefined ? [] : validateProperties(body.properties);
  if (typeof properties === 'string') throw jiraError(400, [properties]);
  const author = actorId(req.principal) as string;
  const row = req.db.transaction(() =>
    insertComment(req.db, {
      issueId: issue.id,
      authorId: author,
      body: body.body,
      visibility: visibility === undefined ? undefined : { identifier: visibility.value, ...visibility },
      created: new Date().toISOString(),
      properties,
    }),
  )();
  const rendered = (listParam(req.query, 'expand') ?? []).includes('renderedBody');
  return { status: 201, body: commentJson(req.db, req.baseUrl, issue.id, row, rendered) };
}

/** `GET /rest/api/3/comment/{commentId}/properties/{propertyKey}`: 404 for a comment on an issue the caller cannot see. */
function getCommentPropertyRoute(req: RouteRequest): RouteResponse {
  const id = Number(pathParam(req, 'commentId'));
  const comment = Number.isInteger(id) ? findComment(req.db, id) : undefined;
  if (!comment) throw jiraNotFound('Can not find a comment for the id: ' + pathParam(req, 'commentId') + '.');
  visibleIssue(req, String(comment.issue_id));
  const key = pathParam(req, 'propertyKey');
  const value = getCommentProperty(req.db, comment.id, key);
  if (value === undefined) throw jiraNotFound(`The property with key '${key}' does not exist.`);
  return { status: 200, body: { key, value } };
}

export function commentRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/comment/{commentId}/properties/{propertyKey}', handler: getCommentPropertyRoute },
    { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/comment', handler: listIssueComments },
    { method: 'POST', pattern: '/rest/api/3/issue/{issueIdOrKey}/comment', handler: addComment },
  ];
}
