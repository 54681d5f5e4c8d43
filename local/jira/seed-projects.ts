import type { Database } from '../db/sqlite';
import { CAMILLE } from '../identity/demo-users';
import { ISSUE_TYPES } from './store/seed-catalog';

type TypeName = (typeof ISSUE_TYPES)[number]['name'];

/**
 * The demo site's projects and their issue type schemes. MKT (the demo campaign's project) has no "Risk" type, so
 * its campaigns keep their risk registers in the app's storage; EVT (events) has one, so its campaigns keep each
 * risk as a Jira issue of type Risk under the campaign's epic.
 */
export const DEMO_PROJECTS = [
  {
    id: '10000',
    key: 'MKT',
    name: 'Marketing',
    description: 'Marketing campaigns: seasonal promotions, launches and events.',
    issueTypes: ['Epic', 'Task', 'Subtask', 'Milestone'],
  },
  {
    id: '10001',
    key: 'EVT',
    name: 'Events',
    description: 'Trade shows, store events and launch parties, with their known risks as Risk issues.',
    issueTypes: ['Epic', 'Task', 'Subtask', 'Milestone', 'Risk'],
  },
] as const satisfies readonly { id: string; key: string; name: string; description: string; issueTypes: readonly TypeName[] }[];

export const DEMO_PROJECT_KEYS = DEMO_PROJECTS.map((p) => p.key);

export function seedProjects(db: Database): void {
  const project = db.prepare(
    `INSERT OR IGNORE INTO jira_projects (id, key, name, project_type_key, description, lead_account_id) VALUES (?, ?, ?, 'business', ?, ?)`,
  );
  const scheme = db.prepare('INSERT OR IGNORE INTO jira_project_issue_types (project_id, issue_type_id) VALUES (?, ?)');
  for (const p of DEMO_PROJECTS) {
    project.run(p.id, p.key, p.name, p.description, CAMILLE.accountId);
    for (const name of p.issueTypes) {
      const type = ISSUE_TYPES.find((t) => t.name === name);
      if (type) scheme.run(p.id, type.id);
    }
  }
}
