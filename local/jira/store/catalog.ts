import type { Database } from '../../db/sqlite';
import type { FieldRow, IssueTypeRow, LinkTypeRow, ProjectRow, StatusRow, TransitionRow } from './rows';

/** Read access to the slowly-changing configuration: projects, issue types, statuses, transitions, fields, link types. */

export function findProject(db: Database, idOrKey: string): ProjectRow | undefined {
  return db.prepare('SELECT * FROM jira_projects WHERE id = ? OR key = ?').get(idOrKey, idOrKey) as ProjectRow | undefined;
}

export function projectById(db: Database, id: string): ProjectRow {
  return db.prepare('SELECT * FROM jira_projects WHERE id = ?').get(id) as ProjectRow;
}

export function listProjects(db: Database): ProjectRow[] {
  return db.prepare('SELECT * FROM jira_projects ORDER BY key').all() as ProjectRow[];
}

export function listIssueTypes(db: Database): IssueTypeRow[] {
  return db.prepare('SELECT * FROM jira_issue_types ORDER BY CAST(id AS INTEGER)').all() as IssueTypeRow[];
}

export function findIssueType(db: Database, idOrName: string): IssueTypeRow | undefined {
  return db.prepare('SELECT * FROM jira_issue_types WHERE id = ? OR lower(name) = lower(?)').get(idOrName, idOrName) as
    IssueTypeRow | undefined;
}

/** The issue types of a project's scheme, in id order. */
export function listProjectIssueTypes(db: Database, projectId: string): IssueTypeRow[] {
  return db
    .prepare(
      'SELECT t.* FROM jira_issue_types t JOIN jira_project_issue_types p ON p.issue_type_id = t.id WHERE p.project_id = ? ORDER BY CAST(t.id AS INTEGER)',
    )
    .all(projectId) as IssueTypeRow[];
}

/** An issue type by id or name, only when the project's scheme has it (Jira refuses the others in that project). */
export function findProjectIssueType(db: Database, projectId: string, idOrName: string): IssueTypeRow | undefined {
  const type = findIssueType(db, idOrName);
  if (!type) return undefined;
  const inScheme = db.prepare('SELECT 1 FROM jira_project_issue_types WHERE project_id = ? AND issue_type_id = ?').get(projectId, type.id);
  return inScheme ? type : undefined;
}

export function issueTypeById(db: Database, id: string): IssueTypeRow {
  return db.prepare('SELECT * FROM jira_issue_types WHERE id = ?').get(id) as IssueTypeRow;
}

export function statusById(db: Database, id: string): StatusRow {
  return db.prepare('SELECT * FROM jira_statuses WHERE id = ?').get(id) as StatusRow;
}

export function initialStatus(db: Database): StatusRow {
  return db.prepare("SELECT * FROM jira_statuses WHERE category = 'new' ORDER BY CAST(id AS INTEGER) LIMIT 1").get() as StatusRow;
}

export function listTransitions(db: Database): TransitionRow[] {
  return db.prepare('SELECT * FROM jira_transitions ORDER BY CAST(id AS INTEGER)').all() as TransitionRow[];
}

export function findTransition(db: Database, id: string): TransitionRow | undefined {
  return db.prepare('SELECT * FROM jira_transitions WHERE id = ?').get(id) as TransitionRow | undefined;
}

export function listFields(db: Database): FieldRow[] {
  return db.prepare('SELECT * FROM jira_fields ORDER BY custom, id').all() as FieldRow[];
}

export function findField(db: Database, id: string): FieldRow | undefined {
  return db.prepare('SELECT * FROM jira_fields WHERE id = ?').get(id) as FieldRow | undefined;
}

export function customFields(db: Database): FieldRow[] {
  return db.prepare('SELECT * FROM jira_fields WHERE custom = 1 ORDER BY id').all() as FieldRow[];
}

export function listLinkTypes(db: Database): LinkTypeRow[] {
  return db.prepare('SELECT * FROM jira_link_types ORDER BY name').all() as LinkTypeRow[];
}

export function findLinkType(db: Database, ref: { id?: string; name?: string }): LinkTypeRow | undefined {
  if (ref.id !== undefined) return db.prepare('SELECT * FROM jira_link_types WHERE id = ?').get(ref.id) as LinkTypeRow | undefined;
  if (ref.name !== undefined)
    return db.prepare('SELECT * FROM jira_link_types WHERE lower(name) = lower(?)').get(ref.name) as LinkTypeRow | undefined;
  return undefined;
}
