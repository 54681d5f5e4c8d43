import type { Database } from '../../db/sqlite';
import type { JqlIssueView } from '../jql';
import { customFields, issueTypeById, projectById, statusById } from './catalog';
import { extraOf, issueById, labelsOf } from './issues';
import { allProperties } from './properties';
import type { IssueRow } from './rows';

/**
 * What the JQL evaluator reads from an issue. Option custom fields are given as their option's text (what
 * `Team = Brand` compares against); other custom values as stored.
 */
export function jqlViewOf(db: Database, row: IssueRow): JqlIssueView {
  const extra = extraOf(row);
  const custom: Record<string, unknown> = {};
  for (const f of customFields(db)) {
    const raw = extra[f.id];
    if (raw === undefined) continue;
    const value = raw !== null && typeof raw === 'object' && 'value' in raw ? raw.value : raw;
    custom[f.id] = value;
    // Fields may share a name (an app's "Actual cost" beside the site's): JQL by name then matches any of them.
    const name = f.name.toLowerCase();
    custom[name] = name in custom ? [custom[name], value].flat() : value;
  }
  const status = statusById(db, row.status_id);
  const parent = row.parent_id === null ? undefined : issueById(db, row.parent_id);
  return {
    id: String(row.id),
    key: row.key,
    projectKey: projectById(db, row.project_id).key,
    issueType: issueTypeById(db, row.issue_type_id).name,
    status: status.name,
    statusCategory: status.category,
    ...(parent ? { parentKey: parent.key } : {}),
    labels: labelsOf(row),
    ...(row.assignee_account_id ? { assigneeAccountId: row.assignee_account_id } : {}),
    ...(row.reporter_account_id ? { reporterAccountId: row.reporter_account_id } : {}),
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    created: row.created,
    updated: row.updated,
    ...(row.resolved ? { resolved: row.resolved } : {}),
    summary: row.summary,
    properties: allProperties(db, row.id),
    customFields: custom,
  };
}
