import type { Database } from '../../../db/sqlite';
import { findField, findProjectIssueType, issueTypeById } from '../../store/catalog';
import { findIssue } from '../../store/issues';
import type { FieldRow } from '../../store/rows';
import { findUser } from '../../../identity/permissions';
import { hasJiraPermission } from '../../../identity/permissions';
import { projectById } from '../../store/catalog';
import { isAdfDoc } from '../render/adf';
import { fieldSchemaOf } from '../render/config';
import { isRecord } from '../params';
import type { IssueDraft } from './draft';
import { forgeObjectValueError } from './forge-field-value';
import { valueText } from '../../../shared/value-text';
import { setTimeTracking } from './time-tracking';

/** Sets one field on a draft from a request value; returns Jira's error text for that field, or undefined. */
type Setter = (db: Database, draft: IssueDraft, value: unknown) => string | undefined;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string): boolean => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

function refOf(value: unknown): { id?: string; key?: string; name?: string; accountId?: string } | undefined {
  if (!isRecord(value)) return undefined;
  const pick = (k: string): string | undefined =>
    typeof value[k] === 'string' || typeof value[k] === 'number' ? String(value[k]) : undefined;
  return { id: pick('id'), key: pick('key'), name: pick('name'), accountId: pick('accountId') };
}

function userSetter(column: 'assignee_account_id' | 'reporter_account_id', allowNull: boolean): Setter {
  return (db, draft, value) => {
    if (value === null) {
      if (!allowNull) return 'Reporter is required.';
      draft.row[column] = null;
      return undefined;
    }
    const ref = refOf(value);
    const accountId = ref?.accountId ?? ref?.id;
    if (!accountId) return 'Specify a valid value for the user field (an object with an accountId).';
    const user = findUser(db, accountId);
    const project = projectById(db, draft.row.project_id);
    if (!user || !hasJiraPermission(db, { kind: 'user', accountId }, project.key, 'BROWSE_PROJECTS'))
      return column === 'assignee_account_id'
        ? `User '${accountId}' cannot be assigned issues.`
        : `Specified reporter ${accountId} does not exist.`;
    draft.row[column] = accountId;
    return undefined;
  };
}

const SYSTEM_SETTERS: Record<string, Setter> = {
  summary: (_db, d, v) => {
    if (typeof v !== 'string' || v.trim() === '') return 'You must specify a summary of the issue.';
    if (v.length > 255) return 'Summary must be less than 255 characters.';
    d.row.summary = v;
    return undefined;
  },
  description: (_db, d, v) => {
    if (v === null) {
      delete d.extra.description;
      return undefined;
    }
    if (!isAdfDoc(v)) return 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
    d.extra.description = v;
    return undefined;
  },
  assignee: userSetter('assignee_account_id', true),
  reporter: userSetter('reporter_account_id', false),
  labels: (_db, d, v) => {
    if (v === null) {
      d.labels = [];
      return undefined;
    }
    if (!Array.isArray(v) || v.some((l) => typeof l !== 'string')) return 'Labels must be an array of strings.';
    const bad = (v as string[]).find((l) => /\s/.test(l) || l === '');
    if (bad !== undefined) return `The label '${bad}' contains spaces which is invalid.`;
    d.labels = [...new Set(v as string[])];
    return undefined;
  },
  duedate: (_db, d, v) => {
    if (v === null || v === '') {
      d.row.due_date = null;
      return undefined;
    }
    if (typeof v !== 'string' || !validDate(v)) return `Error parsing date string: ${valueText(v)}`;
    d.row.due_date = v;
    return undefined;
  },
  parent: (db, d, v) => {
    if (v === null || (isRecord(v) && v.none === true)) {
      if (issueTypeById(db, d.row.issue_type_id).subtask === 1) return 'Sub-tasks must have a parent.';
      d.row.parent_id = null;
      return undefined;
    }
    const ref = refOf(v);
    const parent = ref ? findIssue(db, ref.key ?? ref.id ?? '') : undefined;
    if (!parent || parent.project_id !== d.row.project_id) return 'Could not find issue by id or key.';
    if (parent.id === d.row.id) return 'An issue cannot be its own parent.';
    const childLevel = issueTypeById(db, d.row.issue_type_id).hierarchy_level;
    if (issueTypeById(db, parent.issue_type_id).hierarchy_level !== childLevel + 1)
      return 'Given parent issue does not belong to appropriate hierarchy.';
    d.row.parent_id = parent.id;
    return undefined;
  },
  timetracking: (_db, d, v) => setTimeTracking(d, v),
  issuetype: (db, d, v) => {
    const ref = refOf(v);
    const type = ref ? findProjectIssueType(db, d.row.project_id, ref.id ?? ref.name ?? '') : undefined;
    if (!type) return 'The issue type selected is invalid.';
    const current = issueTypeById(db, d.row.issue_type_id);
    if (type.hierarchy_level !== current.hierarchy_level) return 'The issue type selected is invalid.';
    d.row.issue_type_id = type.id;
    return undefined;
  },
};

interface FieldOption {
  id: string;
  value: string;
}

function customSetter(field: FieldRow): Setter {
  const schema = fieldSchemaOf(field);
  return (db, d, v) => {
    if (v === null) {
      const { [field.id]: _cleared, ...kept } = d.extra;
      d.extra = kept;
      return undefined;
    }
    switch (schema.type) {
      case 'date':
        if (typeof v !== 'string' || !validDate(v)) return `Error parsing date string: ${valueText(v)}`;
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) return `Operation value must be a number`;
        break;
      case 'string':
        if (schema.custom?.endsWith(':textarea')) {
          if (!isAdfDoc(v)) return 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
        } else if (typeof v !== 'string') return 'Operation value must be a string';
        else if (v.length > 255) return 'Text fields are limited to 255 characters.';
        break;
      case 'option': {
        const options = JSON.parse(field.options_json ?? '[]') as FieldOption[];
        const ref = refOf(v);
        const opt = options.find((o) => (ref?.id !== undefined && o.id === ref.id) || (isRecord(v) && o.value === v.value));
        if (!opt) return `Option value '${valueText(isRecord(v) ? (v.value ?? v.id) : v)}' is not valid`;
        d.extra[field.id] = { id: opt.id, value: opt.value };
        return undefined;
      }
      case 'object': {
        // Forge object fields: validated against the manifest module's JSON schema.
        if (!isRecord(v)) return 'Operation value must be an object';
        const err = forgeObjectValueError(db, field, v);
        if (err) return err;
        break;
      }
      default:
        break;
    }
    d.extra[field.id] = v;
    return undefined;
  };
}

export const notSettable = (fieldId: string): string =>
  `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

/** The setter for a field id, or undefined when the field is unknown or not settable (status, created, ...). */
export function setterFor(db: Database, fieldId: string): Setter | undefined {
  const field = findField(db, fieldId);
  if (!field || field.settable !== 1) return undefined;
  if (field.custom === 1) return customSetter(field);
  return SYSTEM_SETTERS[fieldId];
}
