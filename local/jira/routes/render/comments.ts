import type { Database } from '../../../db/sqlite';
import type { CommentRow } from '../../store/rows';
import { jiraDateTime } from '../params';
import { adfHtml, type AdfNode } from './adf';
import { userRef } from './users';

/** A `Comment` bean, shaped like the recorded sample (`jsdPublic` always, `renderedBody` on expand). */
export function commentJson(db: Database, baseUrl: string, issueId: number, c: CommentRow, rendered: boolean) {
  const body = JSON.parse(c.body_json) as AdfNode;
  return {
    self: `${baseUrl}/rest/api/3/issue/${issueId}/comment/${c.id}`,
    id: String(c.id),
    author: userRef(db, baseUrl, c.author_id) ?? undefined,
    body,
    ...(rendered ? { renderedBody: adfHtml(body) } : {}),
    updateAuthor: userRef(db, baseUrl, c.update_author_id) ?? undefined,
    created: jiraDateTime(c.created),
    updated: jiraDateTime(c.updated),
    ...(c.visibility_json ? { visibility: JSON.parse(c.visibility_json) as unknown } : {}),
    jsdPublic: true,
  };
}
