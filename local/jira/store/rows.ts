/** Row shapes of the Jira tables, as better-sqlite3 returns them. */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface ProjectRow {
  id: string;
  key: string;
  name: string;
  project_type_key: string;
  description: string;
  lead_account_id: string;
  next_number: number;
}

export interface IssueTypeRow {
  id: string;
  name: string;
  description: string;
  subtask: number;
  hierarchy_level: number;
  avatar_id: number;
}

export interface StatusRow {
  id: string;
  name: string;
  description: string;
  category: StatusCategoryKey;
}

export interface TransitionRow {
  id: string;
  name: string;
  to_status_id: string;
}

export interface FieldRow {
  id: string;
  name: string;
  custom: number;
  schema_json: string;
  navigable: number;
  orderable: number;
  searchable: number;
  settable: number;
  options_json: string | null;
}

export interface IssueRow {
  id: number;
  key: string;
  project_id: string;
  issue_type_id: string;
  status_id: string;
  parent_id: number | null;
  summary: string;
  assignee_account_id: string | null;
  reporter_account_id: string | null;
  creator_account_id: string | null;
  due_date: string | null;
  labels_json: string;
  resolution: string | null;
  created: string;
  updated: string;
  resolved: string | null;
  status_changed: string;
  extra_json: string;
}

export interface CommentRow {
  id: number;
  issue_id: number;
  author_id: string;
  update_author_id: string;
  body_json: string;
  visibility_json: string | null;
  created: string;
  updated: string;
}

export interface ChangelogRow {
  id: number;
  issue_id: number;
  author_id: string | null;
  created: string;
}

export interface ChangelogItemRow {
  changelog_id: number;
  position: number;
  field: string;
  field_type: string;
  field_id: string;
  from_value: string | null;
  from_string: string | null;
  to_value: string | null;
  to_string: string | null;
}

export interface LinkTypeRow {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export interface IssueLinkRow {
  id: number;
  type_id: string;
  inward_issue_id: number;
  outward_issue_id: number;
}

export interface RemoteLinkRow {
  id: number;
  issue_id: number;
  global_id: string | null;
  relationship: string | null;
  application_json: string | null;
  object_json: string;
}
