import type { Database } from '../../../db/sqlite';
import type { AttachmentRow } from '../../store/attachments';
import { jiraDateTime } from '../params';
import { userRef } from '../render/users';

/** An `Attachment` bean, as the issue's `attachment` field and `POST .../attachments` give it. */
export function attachmentJson(db: Database, baseUrl: string, a: AttachmentRow) {
  return {
    self: `${baseUrl}/rest/api/3/attachment/${a.id}`,
    id: String(a.id),
    filename: a.filename,
    author: userRef(db, baseUrl, a.author_id) ?? undefined,
    created: jiraDateTime(a.created),
    size: a.size,
    mimeType: a.mime_type,
    content: `${baseUrl}/rest/api/3/attachment/content/${a.id}`,
  };
}

/** `AttachmentMetadata` (GET /attachment/{id}): the same facts, with a numeric id. */
export function attachmentMetadataJson(db: Database, baseUrl: string, a: AttachmentRow) {
  return { ...attachmentJson(db, baseUrl, a), id: a.id, properties: {} };
}
