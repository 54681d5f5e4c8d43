import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { forbidden, jiraError, jiraNotFound } from '../../http/jira-errors';
import { findLinkType, listLinkTypes } from '../store/catalog';
import { recordChange } from '../store/changelog';
import { insertComment } from '../store/comments';
import { findIssue, issueById } from '../store/issues';
import { deleteIssueLink, findIssueLink, insertIssueLink, remoteLinksOfIssue, upsertRemoteLink } from '../store/links';
import type { IssueRow, LinkTypeRow } from '../store/rows';
import { publishJiraIssueEvents, type JiraIssueEvent } from '../store/issue-events';
import { actorId, canBrowseIssue, canEditIssue, editableIssue, requireSignedIn, visibleIssue } from './access';
import { isRecord, requireObjectBody } from './params';
import { isAdfDoc } from './render/adf';
import { linkTypeJson } from './render/config';
import { issueStub } from './render/issue';
import { pathParam } from '../../http/path-param';
import { valueText } from '../../shared/value-text';

function listTypes(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  return { status: 200, body: { issueLinkTypes: listLinkTypes(req.db).map((t) => linkTypeJson(req.baseUrl, t)) } };
}

function issueRef(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  if (typeof v.key === 'string') return v.key;
  if (typeof v.id === 'string' || typeof v.id === 'number') return String(v.id);
  return undefined;
}

/**
 * Both sides' "Link" changelog entries, worded as Jira words them, and the events to publish once committed:
 * an issue update per side, then the link event (source = the side the outward phrase describes).
 */
function linkChange(
  req: RouteRequest,
  type: LinkTypeRow,
  inward: IssueRow,
  outward: IssueRow,
  linkId: number,
  adding: boolean,
  now: string,
): JiraIssueEvent[] {
  const author = actorId(req.principal);
  const entry = (on: IssueRow, other: IssueRow, phrase: string): JiraIssueEvent => {
    const text = `This issue ${phrase} ${other.key}`;
    const items = [
      adding
        ? { field: 'Link', fieldtype: 'jira' as const, fieldId: 'issuelinks', from: null, fromString: null, to: other.key, toString: text }
        : { field: 'Link', fieldtype: 'jira' as const, fieldId: 'issuelinks', from: other.key, fromString: text, to: null, toString: null },
    ];
    const id = recordChange(req.db, on.id, author, now, items) as number;
    return { kind: 'issue_updated', issue: on, actor: req.principal, at: now, changelog: { id, items } };
  };
  return [
    entry(outward, inward, type.outward),
    entry(inward, outward, type.inward),
    {
      kind: adding ? 'issuelink_created' : 'issuelink_deleted',
      link: { id: linkId, type, sourceIssueId: outward.id, destinationIssueId: inward.id },
      actor: req.principal,
      at: now,
    },
  ];
}

function createLink(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  const typeRef = isRecord(body.type) ? body.type : {};
  const type = findLinkType(req.db, {
    id: typeof typeRef.id === 'string' ? typeRef.id : undefined,
    name: typeof typeRef.name === 'string' ? typeRef.name : undefined,
  });
  if (!type) throw jiraNotFound(`No issue link type with name '${valueText(typeRef.name ?? typeRef.id ?? '')}' found.`);
  const inwardRef = issueRef(body.inwardIssue);
  const outwardRef = issueRef(body.outwardIssue);
  const inward = inwardRef ? findIssue(req.db, inwardRef) : undefined;
  const outward = outwardRef ? findIssue(req.db, outwardRef) : undefined;
  if (!inward || !canBrowseIssue(req.db, req.principal, inward)) throw jiraNotFound(`Issue Does Not Exist: ${inwardRef ?? ''}`);
  if (!outward || !canBrowseIssue(req.db, req.principal, outward)) throw jiraNotFound(`Issue Does Not Exist: ${outwardRef ?? ''}`);
  if (!canEditIssue(req.db, req.principal, inward) || !canEditIssue(req.db, req.principal, outward))
    throw forbidden('You do not have the permission to link issues.');
  if (inward.id === outward.id) throw jiraError(400, ['You cannot link an issue to itself.']);
  const comment = isRecord(body.comment) ? body.comment : undefined;
  if (comment && !isAdfDoc(comment.body)) throw jiraError(400, [], { comment: 'Comment body must be an Atlassian Document.' });
  const now = new Date().toISOString();
  const { id, events } = req.db.transaction(() => {
    const linkId = insertIssueLink(req.db, type.id, inward.id, outward.id);
    const changes = linkChange(req, type, inward, outward, linkId, true, now);
    if (comment)
      insertComment(req.db, { issueId: outward.id, authorId: actorId(req.principal) as string, body: comment.body, created: now });
    return { id: linkId, events: changes };
  })();
  publishJiraIssueEvents(req.db, events);
  return { status: 201, body: {}, headers: { Location: `${req.baseUrl}/rest/api/3/issueLink/${id}` } };
}

function linkOr404(req: RouteRequest) {
  requireSignedIn(req);
  const linkId = pathParam(req, 'linkId');
  const id = Number(linkId);
  const link = Number.isInteger(id) ? findIssueLink(req.db, id) : undefined;
  const inward = link ? issueById(req.db, link.inward_issue_id) : undefined;
  const outward = link ? issueById(req.db, link.outward_issue_id) : undefined;
  const type = link ? findLinkType(req.db, { id: link.type_id }) : undefined;
  if (!link || !inward || !outward || !type) throw jiraNotFound(`No issue link with id ${linkId} exists.`);
  if (!canBrowseIssue(req.db, req.principal, inward) || !canBrowseIssue(req.db, req.principal, outward))
    throw jiraNotFound(`No issue link with id ${linkId} exists.`);
  return { link, inward, outward, type };
}

function getLink(req: RouteRequest): RouteResponse {
  const { link, inward, outward, type } = linkOr404(req);
  return {
    status: 200,
    body: {
      id: String(link.id),
      self: `${req.baseUrl}/rest/api/3/issueLink/${link.id}`,
      type: linkTypeJson(req.baseUrl, type),
      inwardIssue: issueStub(req.db, req.baseUrl, inward),
      outwardIssue: issueStub(req.db, req.baseUrl, outward),
    },
    cost: { objects: 2 },
  };
}

function removeLink(req: RouteRequest): RouteResponse {
  const { link, inward, outward, type } = linkOr404(req);
  if (!canEditIssue(req.db, req.principal, inward) || !canEditIssue(req.db, req.principal, outward))
    throw forbidden('You do not have the permission to delete links.');
  const events = req.db.transaction(() => {
    deleteIssueLink(req.db, link.id);
    return linkChange(req, type, inward, outward, link.id, false, new Date().toISOString());
  })();
  publishJiraIssueEvents(req.db, events);
  return { status: 204 };
}

function remoteLinkJson(req: RouteRequest, issueId: number, r: ReturnType<typeof remoteLinksOfIssue>[number]) {
  return {
    id: r.id,
    self: `${req.baseUrl}/rest/api/3/issue/${issueId}/remotelink/${r.id}`,
    ...(r.global_id ? { globalId: r.global_id } : {}),
    ...(r.application_json ? { application: JSON.parse(r.application_json) as unknown } : {}),
    ...(r.relationship ? { relationship: r.relationship } : {}),
    object: JSON.parse(r.object_json) as unknown,
  };
}

function listRemoteLinks(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const globalId = req.query.get('globalId');
  const links = remoteLinksOfIssue(req.db, issue.id).map((r) => remoteLinkJson(req, issue.id, r));
  if (globalId !== null) {
    const one = links.find((l) => l.globalId === globalId);
    if (!one) throw jiraNotFound(`No remote link with globalId '${globalId}' on this issue.`);
    return { status: 200, body: one };
  }
  return { status: 200, body: links };
}

function createRemoteLink(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  const body = requireObjectBody(req.body);
  const object = body.object;
  if (!isRecord(object) || typeof object.url !== 'string' || typeof object.title !== 'string')
    throw jiraError(400, [], { object: "The remote link needs an 'object' with 'url' and 'title'." });
  const { id, created } = req.db.transaction(() =>
    upsertRemoteLink(req.db, issue.id, {
      globalId: typeof body.globalId === 'string' ? body.globalId : undefined,
      relationship: typeof body.relationship === 'string' ? body.relationship : undefined,
      application: isRecord(body.application) ? body.application : undefined,
      object,
    }),
  )();
  return { status: created ? 201 : 200, body: { id, self: `${req.baseUrl}/rest/api/3/issue/${issue.id}/remotelink/${id}` } };
}

export function linkRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/issueLinkType', handler: listTypes },
    { method: 'POST', pattern: '/rest/api/3/issueLink', handler: createLink },
    { method: 'GET', pattern: '/rest/api/3/issueLink/{linkId}', handler: getLink },
    { method: 'DELETE', pattern: '/rest/api/3/issueLink/{linkId}', handler: removeLink },
    { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/remotelink', handler: listRemoteLinks },
    { method: 'POST', pattern: '/rest/api/3/issue/{issueIdOrKey}/remotelink', handler: createRemoteLink },
  ];
}
