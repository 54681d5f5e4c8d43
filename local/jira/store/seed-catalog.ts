import type { Database } from '../../db/sqlite';

/** Configuration of the demo site: issue types, workflow, fields and link types (ids as a real site shows them). */

export const ISSUE_TYPES = [
  { id: '10001', name: 'Epic', description: 'A big user story that needs to be broken down.', subtask: 0, level: 1, avatar: 10307 },
  { id: '10002', name: 'Task', description: 'A small, distinct piece of work.', subtask: 0, level: 0, avatar: 10318 },
  {
    id: '10003',
    name: 'Subtask',
    description: 'A small piece of work that is part of a larger task.',
    subtask: 1,
    level: -1,
    avatar: 10316,
  },
  {
    id: '10004',
    name: 'Milestone',
    description: 'A checkpoint of the campaign: a date that must hold.',
    subtask: 0,
    level: 0,
    avatar: 10322,
  },
  // Only in project EVT's scheme (see local/jira/seed-projects.ts): a campaign there keeps its risk register in Jira.
  {
    id: '10005',
    name: 'Risk',
    description: 'A known risk of a campaign: its likelihood, its impact and how it is mitigated.',
    subtask: 0,
    level: 0,
    avatar: 10303,
  },
] as const;

export const STATUSES = [
  { id: '10000', name: 'To Do', category: 'new', transitionId: '11' },
  { id: '10001', name: 'In Progress', category: 'indeterminate', transitionId: '21' },
  { id: '10002', name: 'In Review', category: 'indeterminate', transitionId: '31' },
  { id: '10003', name: 'Done', category: 'done', transitionId: '41' },
] as const;

export const CUSTOM_FIELD_IDS = {
  startDate: 'customfield_10015',
  team: 'customfield_10001',
  budget: 'customfield_10030',
  actualCost: 'customfield_10031',
  channel: 'customfield_10032',
  storyPoints: 'customfield_10016',
} as const;

export const TEAM_OPTIONS = [
  { id: '10020', value: 'Brand' },
  { id: '10021', value: 'Growth' },
  { id: '10022', value: 'Content' },
  { id: '10023', value: 'Events' },
];

interface FieldSeed {
  id: string;
  name: string;
  schema: Record<string, unknown>;
  navigable?: boolean;
  settable?: boolean;
  options?: { id: string; value: string }[];
}

const sys = (id: string, name: string, schema: Record<string, unknown>, settable = true, navigable = true): FieldSeed => ({
  id,
  name,
  schema: Object.keys(schema).length === 0 ? {} : { ...schema, system: id },
  settable,
  navigable,
});

const custom = (id: string, name: string, type: string, customType: string, extra: Partial<FieldSeed> = {}): FieldSeed => ({
  id,
  name,
  schema: {
    type,
    custom: `com.atlassian.jira.plugin.system.customfieldtypes:${customType}`,
    customId: Number(id.replace('customfield_', '')),
  },
  ...extra,
});

const FIELDS: FieldSeed[] = [
  sys('summary', 'Summary', { type: 'string' }),
  sys('description', 'Description', { type: 'string' }),
  sys('issuetype', 'Issue Type', { type: 'issuetype' }),
  sys('project', 'Project', { type: 'project' }),
  sys('parent', 'Parent', {}),
  sys('status', 'Status', { type: 'status' }, false),
  sys('statuscategorychangedate', 'Status Category Changed', { type: 'datetime' }, false),
  sys('assignee', 'Assignee', { type: 'user' }),
  sys('reporter', 'Reporter', { type: 'user' }),
  sys('creator', 'Creator', { type: 'user' }, false),
  sys('labels', 'Labels', { type: 'array', items: 'string' }),
  sys('duedate', 'Due date', { type: 'date' }),
  sys('created', 'Created', { type: 'datetime' }, false),
  sys('updated', 'Updated', { type: 'datetime' }, false),
  sys('resolution', 'Resolution', { type: 'resolution' }, false),
  sys('resolutiondate', 'Resolved', { type: 'datetime' }, false),
  sys('subtasks', 'Sub-tasks', { type: 'array', items: 'issuelinks' }, false),
  sys('issuelinks', 'Linked Issues', { type: 'array', items: 'issuelinks' }, false),
  sys('comment', 'Comment', { type: 'comments-page' }, false, false),
  // Read-only here as in Jira: files are added with POST /issue/{issueIdOrKey}/attachments.
  sys('attachment', 'Attachment', { type: 'array', items: 'attachment' }, false),
  // Time tracking: set through `timetracking` ("3d", "1w 2h"), read back as seconds in the two estimate fields.
  sys('timetracking', 'Time tracking', { type: 'timetracking' }, true, false),
  sys('timeoriginalestimate', 'Original estimate', { type: 'number' }, false),
  sys('timeestimate', 'Remaining Estimate', { type: 'number' }, false),
  custom(CUSTOM_FIELD_IDS.startDate, 'Start date', 'date', 'datepicker'),
  custom(CUSTOM_FIELD_IDS.team, 'Team', 'option', 'select', { options: TEAM_OPTIONS }),
  custom(CUSTOM_FIELD_IDS.budget, 'Budget', 'number', 'float'),
  custom(CUSTOM_FIELD_IDS.actualCost, 'Actual cost', 'number', 'float'),
  custom(CUSTOM_FIELD_IDS.channel, 'Channel', 'string', 'textfield'),
  // Jira Software's "Story point estimate" (its own field type, not one of the system custom field types).
  {
    id: CUSTOM_FIELD_IDS.storyPoints,
    name: 'Story point estimate',
    schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
  },
];

/** Link types exactly as the recorded sample lists them. */
const LINK_TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10202', name: 'Post-Incident Reviews', inward: 'is reviewed by', outward: 'reviews' },
  { id: '10201', name: 'Problem/Incident', inward: 'is caused by', outward: 'causes' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

export function seedCatalog(db: Database): void {
  const type = db.prepare(
    'INSERT OR IGNORE INTO jira_issue_types (id, name, description, subtask, hierarchy_level, avatar_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const t of ISSUE_TYPES) type.run(t.id, t.name, t.description, t.subtask, t.level, t.avatar);
  const status = db.prepare('INSERT OR IGNORE INTO jira_statuses (id, name, description, category) VALUES (?, ?, ?, ?)');
  const transition = db.prepare('INSERT OR IGNORE INTO jira_transitions (id, name, to_status_id) VALUES (?, ?, ?)');
  for (const s of STATUSES) {
    status.run(s.id, s.name, '', s.category);
    transition.run(s.transitionId, s.name, s.id);
  }
  const field = db.prepare(
    'INSERT OR IGNORE INTO jira_fields (id, name, custom, schema_json, navigable, orderable, searchable, settable, options_json) VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?)',
  );
  for (const f of FIELDS)
    field.run(
      f.id,
      f.name,
      f.id.startsWith('customfield_') ? 1 : 0,
      JSON.stringify(f.schema),
      f.navigable === false ? 0 : 1,
      f.settable === false ? 0 : 1,
      f.options ? JSON.stringify(f.options) : null,
    );
  const link = db.prepare('INSERT OR IGNORE INTO jira_link_types (id, name, inward, outward) VALUES (?, ?, ?, ?)');
  for (const l of LINK_TYPES) link.run(l.id, l.name, l.inward, l.outward);
}
