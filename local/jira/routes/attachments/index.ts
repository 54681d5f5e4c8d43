import type { Route, RouteRequest, RouteResponse } from '../../../http/types';
import { forbidden, jiraError, jiraNotFound } from '../../../http/jira-errors';
import { deleteAttachment, findAttachment, insertAttachment, type AttachmentRow } from '../../store/attachments';
import { recordChange, type ChangeItem } from '../../store/changelog';
import { issueById, saveIssue } from '../../store/issues';
import { publishJiraIssueEvents } from '../../store/issue-events';
import type { IssueRow } from '../../store/rows';
import { actorId, canBrowseIssue, canEditIssue, editableIssue, requireSignedIn } from '../access';
import { attachmentJson, attachmentMetadataJson } from './attachment-json';
import { parseMultipartFiles } from './multipart';
import { pathParam } from '../../../http/path-param';

const attachmentItem = (from: AttachmentRow | null, to: AttachmentRow | null): ChangeItem => ({
  field: 'Attachment',
  fieldtype: 'jira',
  fieldId: 'attachment',
  from: from ? String(from.id) : null,
  fromString: from?.filename ?? null,
  to: to ? String(to.id) : null,
  toString: to?.filename ?? null,
});

/** Bumps `updated`, records the history entry and tells the event stream, like any other issue edit. */
function commitIssueChange(req: RouteRequest, issue: IssueRow, now: string, write: () => ChangeItem[]): void {
  const result = req.db.transaction(() => {
    const items = write();
    saveIssue(req.db, { ...issue, updated: now });
    return { items, changelogId: recordChange(req.db, issue.id, actorId(req.principal), now, items) };
  })();
  const saved = issueById(req.db, issue.id);
  if (saved && result.changelogId !== undefined)
    publishJiraIssueEvents(req.db, [
      { kind: 'issue_updated', issue: saved, actor: req.principal, at: now, changelog: { id: result.changelogId, items: result.items } },
    ]);
}

/** `POST /issue/{issueIdOrKey}/attachments`: multipart parts named `file`; only the metadata is kept. */
function addAttachments(req: RouteRequest): RouteResponse {
  const issue = editableIssue(req, pathParam(req, 'issueIdOrKey'));
  // Jira refuses multipart posts without this header (XSRF protection).
  if (String(req.headers['x-atlassian-token'] ?? '').toLowerCase() !== 'no-check') throw forbidden('XSRF check failed');
  const parsed = parseMultipartFiles(req.headers['content-type'], req.rawBody);
  if (!parsed.ok) throw jiraError(400, [parsed.problem]);
  const files = parsed.files.filter((f) => f.field === 'file');
  if (files.length === 0) throw jiraError(400, ['The multipart body has no file part named "file".']);
  const now = new Date().toISOString();
  const author = actorId(req.principal) as string;
  const added: AttachmentRow[] = [];
  commitIssueChange(req, issue, now, () =>
    files.map((f) => {
      const row = insertAttachment(req.db, {
        issue_id: issue.id,
        filename: f.filename,
        size: f.size,
        mime_type: f.mimeType,
        author_id: author,
        created: now,
      });
      added.push(row);
      return attachmentItem(null, row);
    }),
  );
  return { status: 200, body: added.map((a) => attachmentJson(req.db, req.baseUrl, a)), cost: { users: added.length } };
}

/** The attachment and its issue, or Jira's 404 when either is missing or hidden from the caller. */
function visibleAttachment(req: RouteRequest): { attachment: AttachmentRow; issue: IssueRow } {
  requireSignedIn(req);
  const raw = pathParam(req, 'id');
  const id = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const attachment = Number.isNaN(id) ? undefined : findAttachment(req.db, id);
  const issue = attachment ? issueById(req.db, attachment.issue_id) : undefined;
  if (!attachment || !issue || !canBrowseIssue(req.db, req.principal, issue))
    throw jiraNotFound(`The attachment with id '${raw}' does not exist.`);
  return { attachment, issue };
}

function getAttachment(req: RouteRequest): RouteResponse {
  const { attachment } = visibleAttachment(req);
  return { status: 200, body: attachmentMetadataJson(req.db, req.baseUrl, attachment), cost: { users: 1 } };
}

function removeAttachment(req: RouteRequest): RouteResponse {
  const { attachment, issue } = visibleAttachment(req);
  if (!canEditIssue(req.db, req.principal, issue)) throw forbidden('You do not have permission to delete attachments in this project.');
  commitIssueChange(req, issue, new Date().toISOString(), () => {
    deleteAttachment(req.db, attachment.id);
    return [attachmentItem(attachment, null)];
  });
  return { status: 204 };
}

export function attachmentRoutes(): Route[] {
  return [
    { method: 'POST', pattern: '/rest/api/3/issue/{issueIdOrKey}/attachments', handler: addAttachments },
    { method: 'GET', pattern: '/rest/api/3/attachment/{id}', handler: getAttachment },
    { method: 'DELETE', pattern: '/rest/api/3/attachment/{id}', handler: removeAttachment },
  ];
}
