import type { RouteRequest } from '../../../http/types';
import { hasJiraPermission } from '../../../identity/permissions';
import { findProject, findProjectIssueType, findTransition, initialStatus, issueTypeById } from '../../store/catalog';
import { insertIssue } from '../../store/issues';
import { setProperty } from '../../store/properties';
import type { IssueRow } from '../../store/rows';
import { actorId } from '../access';
import { isRecord } from '../params';
import { applyEdits, type FieldErrors } from './apply-edits';
import { rowOf, type IssueDraft } from './draft';
import { moveToStatus } from './status-change';
import { validateProperties, type PropertyInput } from './property-input';

export type CreateOutcome = { ok: true; issue: IssueRow } | { ok: false; status: 400 | 403; errorMessages: string[]; errors: FieldErrors };

const fail = (status: 400 | 403, errors: FieldErrors, errorMessages: string[] = []): CreateOutcome => ({
  ok: false,
  status,
  errors,
  errorMessages,
});

function refText(v: unknown, ...keys: string[]): string | undefined {
  if (!isRecord(v)) return undefined;
  for (const k of keys) if (typeof v[k] === 'string' || typeof v[k] === 'number') return String(v[k]);
  return undefined;
}

/**
 * Validates one `IssueUpdateDetails` and, only when it is valid, inserts the issue (with its properties and
 * optional initial transition). Callers run it inside a transaction.
 */
export function createIssueFrom(req: RouteRequest, details: unknown, now: string): CreateOutcome {
  if (!isRecord(details)) return fail(400, {}, ['The issue must be a JSON object.']);
  const fields = details.fields === undefined ? {} : details.fields;
  if (!isRecord(fields)) return fail(400, {}, ["'fields' must be an object."]);
  const update = details.update;
  if (update !== undefined && !isRecord(update)) return fail(400, {}, ["'update' must be an object."]);

  const projectRef = refText(fields.project, 'key', 'id');
  const project = projectRef ? findProject(req.db, projectRef) : undefined;
  if (!project || !hasJiraPermission(req.db, req.principal, project.key, 'BROWSE_PROJECTS'))
    return fail(400, { project: 'Specify a valid project ID or key' });
  if (!hasJiraPermission(req.db, req.principal, project.key, 'EDIT_ISSUES'))
    return fail(403, {}, ['You do not have permission to create issues in this project.']);
  const typeRef = refText(fields.issuetype, 'id', 'name');
  if (!typeRef) return fail(400, { issuetype: 'Specify an issue type' });
  const type = findProjectIssueType(req.db, project.id, typeRef);
  if (!type) return fail(400, { issuetype: 'The issue type selected is invalid.' });

  const actor = actorId(req.principal);
  const draft: IssueDraft = {
    row: {
      id: 0,
      key: '',
      project_id: project.id,
      issue_type_id: type.id,
      status_id: initialStatus(req.db).id,
      parent_id: null,
      summary: '',
      assignee_account_id: null,
      reporter_account_id: req.principal.kind === 'user' ? actor : null,
      creator_account_id: actor,
      due_date: null,
      labels_json: '[]',
      resolution: null,
      created: now,
      updated: now,
      resolved: null,
      status_changed: now,
      extra_json: '{}',
    },
    extra: {},
    labels: [],
  };
  const errors = applyEdits(req.db, draft, fields, update, 'create');
  if (draft.row.summary === '' && !errors.summary) errors.summary = 'You must specify a summary of the issue.';
  if (issueTypeById(req.db, type.id).subtask === 1 && draft.row.parent_id === null && !errors.parent)
    errors.parent = 'Sub-tasks must have a parent.';
  let properties: PropertyInput[] = [];
  if (details.properties !== undefined) {
    const checked = validateProperties(details.properties);
    if (typeof checked === 'string') errors.properties = checked;
    else properties = checked;
  }
  const transitionId = refText(details.transition, 'id');
  const transition = transitionId ? findTransition(req.db, transitionId) : undefined;
  if (transitionId && !transition) errors.transition = `Transition id '${transitionId}' is not valid for this issue.`;
  if (Object.keys(errors).length > 0) return fail(400, errors);

  if (transition) moveToStatus(req.db, draft, transition.to_status_id, now);
  const { id: _unused, key: _key, ...newRow } = rowOf(draft);
  const issue = insertIssue(req.db, project.key, newRow);
  for (const p of properties) setProperty(req.db, issue.id, p.key, p.valueJson);
  return { ok: true, issue };
}
