import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { findTransition, listTransitions, statusById } from '../store/catalog';
import { recordChange } from '../store/changelog';
import { issueById, saveIssue } from '../store/issues';
import { publishJiraIssueEvents } from '../store/issue-events';
import { actorId, editableIssue, visibleIssue } from './access';
import { isRecord, requireObjectBody } from './params';
import { statusJson } from './render/config';
import { draftFromBody, rowOf } from './edit/draft';
import { diffDrafts } from './edit/diff';
import { moveToStatus } from './edit/status-change';
import { pathParam } from '../../http/path-param';

/** The workflow is "any status to any other": every transition except the one to the current status. */
function getTransitions(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const only = req.query.get('transitionId');
  const transitions = listTransitions(req.db)
    .filter((t) => t.to_status_id !== issue.status_id && (only === null || t.id === only))
    .map((t) => ({
      id: t.id,
      name: t.name,
      to: statusJson(req.baseUrl, statusById(req.db, t.to_status_id)),
      hasScreen: false,
      isGlobal: true,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      isLooped: false,
    }));
  return { status: 200, body: { expand: 'transitions', transitions } };
}

function doTransition(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const body = requireObjectBody(req.body);
  const ref = body.transition;
  const id = isRecord(ref) && (typeof ref.id === 'string' || typeof ref.id === 'number') ? String(ref.id) : undefined;
  if (!id) throw jiraError(400, ['Missing transition id.']);
  const transition = findTransition(req.db, id);
  if (!transition || transition.to_status_id === issue.status_id)
    throw jiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
  const { before, after, errors } = draftFromBody(req.db, issue, body);
  if (Object.keys(errors).length > 0) throw jiraError(400, [], errors);
  const now = new Date().toISOString();
  moveToStatus(req.db, after, transition.to_status_id, now);
  after.row.updated = now;
  const items = diffDrafts(req.db, before, after);
  const changelogId = req.db.transaction(() => {
    saveIssue(req.db, rowOf(after));
    return recordChange(req.db, issue.id, actorId(req.principal), now, items);
  })();
  const saved = issueById(req.db, issue.id);
  if (saved && changelogId !== undefined)
    publishJiraIssueEvents(req.db, [
      { kind: 'issue_updated', issue: saved, actor: req.principal, at: now, changelog: { id: changelogId, items } },
    ]);
  return { status: 204 };
}

export function transitionRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: getTransitions },
    { method: 'POST', pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: doTransition },
  ];
}
