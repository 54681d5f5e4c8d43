import type { Database } from '../db/sqlite';
import { CAMILLE, HUGO, LEA, NOAH, SOPHIE, ALEX } from '../identity/demo-users';
import { seedProjects } from './seed-projects';
import { CUSTOM_FIELD_IDS as CF, ISSUE_TYPES, STATUSES, TEAM_OPTIONS, seedCatalog } from './store/seed-catalog';
import { insertIssue } from './store/issues';
import { recordChange, type ChangeItem } from './store/changelog';
import { insertComment } from './store/comments';
import { insertIssueLink } from './store/links';
import type { IssueRow } from './store/rows';
import { adfParagraphs, type AdfDoc } from './routes/render/adf';

type TypeName = (typeof ISSUE_TYPES)[number]['name'];
type StatusName = (typeof STATUSES)[number]['name'];

interface DemoIssue {
  type: TypeName;
  summary: string;
  parent?: number; // index into DEMO_ISSUES (1-based, = issue number)
  assignee?: string;
  due?: string;
  labels: string[];
  created: string;
  /** Status moves after creation: [when, who, to]. The last one is the current status. */
  moves?: [string, string, StatusName][];
  description?: AdfDoc;
  custom?: Record<string, unknown>;
}

const team = (value: string): { id: string; value: string } => TEAM_OPTIONS.find((o) => o.value === value) as { id: string; value: string };

const EPIC_DESCRIPTION: AdfDoc = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Goal' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Drive Black Friday revenue +25% vs 2025 across email, paid social, display and the website.' }],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sign-offs' }] },
    {
      type: 'bulletList',
      content: ['Legal (promo terms)', 'Brand (creative)', 'Leadership (budget)', 'Partner (co-branded ads)'].map((text) => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      })),
    },
  ],
};

/** Issue N of MKT is DEMO_ISSUES[N-1]. "Now" on the demo site is late November 2026. */
const DEMO_ISSUES: DemoIssue[] = [
  {
    type: 'Epic',
    summary: 'Black Friday 2026 — multichannel campaign',
    assignee: CAMILLE.accountId,
    due: '2026-11-27',
    labels: ['campaign', 'black-friday'],
    created: '2026-10-01T08:30:00.000Z',
    description: EPIC_DESCRIPTION,
    moves: [['2026-10-05T09:00:00.000Z', CAMILLE.accountId, 'In Progress']],
    custom: { [CF.startDate]: '2026-10-01', [CF.team]: team('Growth'), [CF.budget]: 120000, [CF.actualCost]: 41250 },
  },
  {
    type: 'Milestone',
    summary: 'Creative assets approved',
    parent: 1,
    assignee: HUGO.accountId,
    due: '2026-11-06',
    labels: ['campaign', 'sign-off'],
    created: '2026-10-02T10:00:00.000Z',
    moves: [
      ['2026-10-28T14:00:00.000Z', HUGO.accountId, 'In Review'],
      ['2026-11-05T16:20:00.000Z', HUGO.accountId, 'Done'],
    ],
    custom: { [CF.team]: team('Brand') },
  },
  {
    type: 'Task',
    summary: 'Design hero banners and social visuals',
    parent: 1,
    assignee: NOAH.accountId,
    due: '2026-11-03',
    labels: ['campaign', 'creative'],
    created: '2026-10-02T10:05:00.000Z',
    moves: [
      ['2026-10-06T08:00:00.000Z', NOAH.accountId, 'In Progress'],
      ['2026-10-27T17:30:00.000Z', NOAH.accountId, 'In Review'],
      ['2026-11-04T11:00:00.000Z', HUGO.accountId, 'Done'],
    ],
    custom: { [CF.startDate]: '2026-10-06', [CF.team]: team('Brand'), [CF.budget]: 15000, [CF.actualCost]: 13800, [CF.channel]: 'Social' },
  },
  {
    type: 'Task',
    summary: 'Legal review of promo terms & conditions',
    parent: 1,
    assignee: LEA.accountId,
    due: '2026-11-20',
    labels: ['campaign', 'legal'],
    created: '2026-10-03T09:15:00.000Z',
    moves: [
      ['2026-11-10T09:00:00.000Z', LEA.accountId, 'In Progress'],
      ['2026-11-17T15:45:00.000Z', LEA.accountId, 'In Review'],
    ],
    custom: { [CF.team]: team('Brand'), [CF.budget]: 2500 },
  },
  {
    type: 'Task',
    summary: 'Email sequence: teaser, launch, last chance',
    parent: 1,
    assignee: CAMILLE.accountId,
    due: '2026-11-21',
    labels: ['campaign', 'email'],
    created: '2026-10-03T09:30:00.000Z',
    moves: [['2026-11-02T10:00:00.000Z', CAMILLE.accountId, 'In Progress']],
    custom: { [CF.startDate]: '2026-11-02', [CF.team]: team('Content'), [CF.budget]: 8000, [CF.actualCost]: 3100, [CF.channel]: 'Email' },
  },
  {
    type: 'Milestone',
    summary: 'Campaign launch — Black Friday go-live',
    parent: 1,
    assignee: CAMILLE.accountId,
    due: '2026-11-27',
    labels: ['campaign', 'launch'],
    created: '2026-10-03T09:45:00.000Z',
    custom: { [CF.team]: team('Growth') },
  },
  {
    type: 'Task',
    summary: 'Paid social ads setup (Meta, TikTok)',
    parent: 1,
    assignee: ALEX.accountId,
    due: '2026-11-18',
    labels: ['campaign', 'paid-social'],
    created: '2026-10-04T13:00:00.000Z',
    custom: { [CF.startDate]: '2026-11-09', [CF.team]: team('Growth'), [CF.budget]: 40000, [CF.channel]: 'Paid social' },
  },
  {
    type: 'Subtask',
    summary: 'Export banner sizes for the display network',
    parent: 3,
    assignee: NOAH.accountId,
    due: '2026-11-02',
    labels: ['creative'],
    created: '2026-10-20T08:00:00.000Z',
    moves: [
      ['2026-10-29T09:00:00.000Z', NOAH.accountId, 'In Progress'],
      ['2026-11-02T12:00:00.000Z', NOAH.accountId, 'Done'],
    ],
  },
  {
    type: 'Task',
    summary: 'Landing page copy and SEO',
    parent: 1,
    assignee: HUGO.accountId,
    due: '2026-11-22',
    labels: ['campaign', 'web'],
    created: '2026-10-05T11:00:00.000Z',
    moves: [['2026-11-12T10:30:00.000Z', HUGO.accountId, 'In Progress']],
    custom: { [CF.team]: team('Content'), [CF.budget]: 6000, [CF.actualCost]: 2400, [CF.channel]: 'Web' },
  },
  {
    type: 'Epic',
    summary: 'Spring 2027 product launch',
    assignee: CAMILLE.accountId,
    due: '2027-03-15',
    labels: ['campaign', 'spring-launch'],
    created: '2026-11-16T09:00:00.000Z',
    description: adfParagraphs('Launch of the spring collection: video, press, in-store events.'),
    custom: { [CF.startDate]: '2027-01-11', [CF.team]: team('Events'), [CF.budget]: 90000 },
  },
  {
    type: 'Task',
    summary: 'Brief the agency for the spring launch video',
    parent: 10,
    assignee: SOPHIE.accountId,
    due: '2026-12-18',
    labels: ['campaign', 'video'],
    created: '2026-11-16T09:20:00.000Z',
    custom: { [CF.team]: team('Events') },
  },
];

const statusNamed = (name: StatusName) => STATUSES.find((s) => s.name === name) as (typeof STATUSES)[number];
const typeNamed = (name: TypeName) => ISSUE_TYPES.find((t) => t.name === name) as (typeof ISSUE_TYPES)[number];

function seedIssue(db: Database, n: number, spec: DemoIssue, ids: Map<number, number>): IssueRow {
  const moves = spec.moves ?? [];
  const last = moves[moves.length - 1];
  const final = statusNamed(last ? last[2] : 'To Do');
  const doneAt = final.category === 'done' && last ? last[0] : null;
  const updated = last ? last[0] : spec.created;
  const extra: Record<string, unknown> = { ...(spec.custom ?? {}) };
  if (spec.description) extra.description = spec.description;
  const issue = insertIssue(db, 'MKT', {
    id: 10000 + n,
    project_id: '10000',
    issue_type_id: typeNamed(spec.type).id,
    status_id: final.id,
    parent_id: spec.parent === undefined ? null : (ids.get(spec.parent) ?? null),
    summary: spec.summary,
    assignee_account_id: spec.assignee ?? null,
    reporter_account_id: CAMILLE.accountId,
    creator_account_id: CAMILLE.accountId,
    due_date: spec.due ?? null,
    labels_json: JSON.stringify(spec.labels),
    resolution: doneAt ? 'Done' : null,
    created: spec.created,
    updated,
    resolved: doneAt,
    status_changed: updated,
    extra_json: JSON.stringify(extra),
  });
  let from = statusNamed('To Do');
  for (const [at, by, to] of moves) {
    const target = statusNamed(to);
    const items: ChangeItem[] = [
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: from.id, fromString: from.name, to: target.id, toString: target.name },
    ];
    if (target.category === 'done')
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: '10000',
        toString: 'Done',
      });
    recordChange(db, issue.id, by, at, items);
    from = target;
  }
  return issue;
}

/** Projects MKT and EVT, their issue types, statuses, fields, and MKT's demo issues. */
export function seedJira(db: Database): void {
  seedCatalog(db);
  seedProjects(db);
  const ids = new Map<number, number>();
  DEMO_ISSUES.forEach((spec, i) => ids.set(i + 1, seedIssue(db, i + 1, spec, ids).id));
  const id = (n: number): number => ids.get(n) as number;

  // MKT-4 (legal review) blocks MKT-6 (go-live): the outward issue is the "from" side.
  insertIssueLink(db, '10000', id(6), id(4), 10000);
  recordChange(db, id(4), CAMILLE.accountId, '2026-10-03T10:00:00.000Z', [
    {
      field: 'Link',
      fieldtype: 'jira',
      fieldId: 'issuelinks',
      from: null,
      fromString: null,
      to: 'MKT-6',
      toString: 'This issue blocks MKT-6',
    },
  ]);
  recordChange(db, id(6), CAMILLE.accountId, '2026-10-03T10:00:00.000Z', [
    {
      field: 'Link',
      fieldtype: 'jira',
      fieldId: 'issuelinks',
      from: null,
      fromString: null,
      to: 'MKT-4',
      toString: 'This issue is blocked by MKT-4',
    },
  ]);
  insertComment(db, {
    id: 10000,
    issueId: id(1),
    authorId: CAMILLE.accountId,
    body: adfParagraphs(
      'Kick-off done. Budget envelope confirmed at 120k€; sign-offs needed from Legal, Brand, Leadership and our partner.',
    ),
    created: '2026-10-05T09:05:00.000Z',
  });
  insertComment(db, {
    id: 10001,
    issueId: id(4),
    authorId: LEA.accountId,
    body: adfParagraphs('The "up to -70%" wording needs a reference price per product. Waiting for the pricing export before approving.'),
    created: '2026-11-17T15:50:00.000Z',
  });
}
