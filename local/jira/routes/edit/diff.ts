import type { Database } from '../../../db/sqlite';
import { customFields, issueTypeById, statusById } from '../../store/catalog';
import { issueById } from '../../store/issues';
import type { ChangeItem } from '../../store/changelog';
import { findUser } from '../../../identity/permissions';
import { adfPlainText, isAdfDoc } from '../render/adf';
import type { IssueDraft } from './draft';
import { RESOLUTION_DONE } from '../render/issue';
import { valueText } from '../../../shared/value-text';
import { ORIGINAL, REMAINING, originalSeconds, remainingSeconds } from './time-tracking';

/** The changelog items between two versions of an issue, named and valued as Jira records them. */
export function diffDrafts(db: Database, before: IssueDraft, after: IssueDraft): ChangeItem[] {
  const items: ChangeItem[] = [];
  const push = (
    field: string,
    fieldId: string,
    from: string | null,
    fromString: string | null,
    to: string | null,
    toString: string | null,
    fieldtype: 'jira' | 'custom' = 'jira',
  ): void => {
    if (from === to && fromString === toString) return;
    items.push({ field, fieldtype, fieldId, from, fromString, to, toString });
  };
  const b = before.row;
  const a = after.row;
  const userName = (id: string | null): string | null => (id ? (findUser(db, id)?.display_name ?? id) : null);
  const issueKey = (id: number | null): string | null => (id === null ? null : (issueById(db, id)?.key ?? String(id)));
  const text = (v: unknown): string | null => (v === undefined || v === null ? null : isAdfDoc(v) ? adfPlainText(v) : valueText(v));

  push('summary', 'summary', null, b.summary, null, a.summary);
  push('description', 'description', null, text(before.extra.description), null, text(after.extra.description));
  push(
    'issuetype',
    'issuetype',
    b.issue_type_id,
    issueTypeById(db, b.issue_type_id).name,
    a.issue_type_id,
    issueTypeById(db, a.issue_type_id).name,
  );
  push(
    'assignee',
    'assignee',
    b.assignee_account_id,
    userName(b.assignee_account_id),
    a.assignee_account_id,
    userName(a.assignee_account_id),
  );
  push(
    'reporter',
    'reporter',
    b.reporter_account_id,
    userName(b.reporter_account_id),
    a.reporter_account_id,
    userName(a.reporter_account_id),
  );
  push('labels', 'labels', null, before.labels.join(' ') || null, null, after.labels.join(' ') || null);
  push('duedate', 'duedate', b.due_date, b.due_date, a.due_date, a.due_date);
  push(
    'IssueParentAssociation',
    'parent',
    b.parent_id === null ? null : String(b.parent_id),
    issueKey(b.parent_id),
    a.parent_id === null ? null : String(a.parent_id),
    issueKey(a.parent_id),
  );
  push('status', 'status', b.status_id, statusById(db, b.status_id).name, a.status_id, statusById(db, a.status_id).name);
  push(
    'resolution',
    'resolution',
    b.resolution ? RESOLUTION_DONE.id : null,
    b.resolution,
    a.resolution ? RESOLUTION_DONE.id : null,
    a.resolution,
  );
  // Jira logs estimates in seconds under their own field ids.
  const seconds = (v: number | null): string | null => (v === null ? null : String(v));
  for (const [id, of] of [
    [ORIGINAL, originalSeconds],
    [REMAINING, remainingSeconds],
  ] as const)
    push(id, id, seconds(of(before.extra)), seconds(of(before.extra)), seconds(of(after.extra)), seconds(of(after.extra)));
  for (const f of customFields(db)) {
    const from = before.extra[f.id];
    const to = after.extra[f.id];
    const show = (v: unknown): string | null => (v !== null && typeof v === 'object' && 'value' in v ? String(v.value) : text(v));
    push(f.name, f.id, null, show(from), null, show(to), 'custom');
  }
  return items;
}
