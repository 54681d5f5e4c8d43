import { campaignRowsOf, epicKeyOf, JiraCampaignIssue, toSnapshotIssue } from '../../../src/domain/snapshot';

const COST = { plannedCost: 'customfield_10050', actualCost: 'customfield_10051', committedCost: 'customfield_10052' };
const ROWS = campaignRowsOf({
  issueKeys: { epic: 'MKT-10', 'creative-final': 'MKT-11', 'banner-design': 'MKT-12' },
  plan: {
    rows: [
      { rowId: 'creative-final', estimateBusinessDays: 0 },
      { rowId: 'banner-design', estimateBusinessDays: 4, costCategory: 'production' },
    ],
  },
});

const stub = (key: string, type: string) => ({ id: '1', key, fields: { summary: key, issuetype: { name: type } } });

function jiraIssue(overrides: { fields?: Record<string, unknown>; properties?: Record<string, unknown> } = {}): JiraCampaignIssue {
  return JiraCampaignIssue.parse({
    id: '10012',
    key: 'MKT-12',
    fields: {
      summary: 'Bannières',
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      issuetype: { name: 'Task' },
      parent: stub('MKT-10', 'Epic'),
      duedate: '2027-10-01',
      created: '2026-11-24T10:00:00.000+0000',
      updated: '2026-11-24T11:00:00.000+0000',
      resolutiondate: null,
      assignee: { accountId: 'noah', displayName: 'Noah' },
      issuelinks: [
        { type: { name: 'Blocks' }, outwardIssue: stub('MKT-11', 'Milestone') },
        { type: { name: 'Blocks' }, inwardIssue: stub('MKT-13', 'Task') },
        { type: { name: 'Relates' }, inwardIssue: stub('MKT-14', 'Task') },
      ],
      [COST.plannedCost]: 12000,
      [COST.actualCost]: 3500.5,
      [COST.committedCost]: null,
      ...overrides.fields,
    },
    properties: overrides.properties ?? {
      campaignControlRow: { requestId: 'req-00000001', rowId: 'banner-design', kind: 'task', milestoneRowId: 'creative-final' },
    },
  });
}

describe('toSnapshotIssue', () => {
  it('keeps only what the panel needs, from Jira fields, the row property and the plan', () => {
    expect(toSnapshotIssue(jiraIssue(), COST, ROWS)).toEqual({
      key: 'MKT-12',
      id: '10012',
      kind: 'task',
      rowId: 'banner-design',
      milestoneKey: 'MKT-11',
      summary: 'Bannières',
      statusCategory: 'indeterminate',
      dueDate: '2027-10-01',
      created: '2026-11-24T10:00:00.000+0000',
      resolved: null,
      assigneeAccountId: 'noah',
      estimateDays: 4,
      estimateSource: 'template',
      plannedCost: 12000,
      actualCost: 3500.5,
      committedCost: null,
      costCategory: 'production',
      blockedBy: ['MKT-13'],
      updated: '2026-11-24T11:00:00.000+0000',
    });
  });

  it('finds the milestone of a hand-added task from the milestone it blocks', () => {
    const issue = toSnapshotIssue(jiraIssue({ properties: {} }), COST, ROWS);
    expect(issue).toMatchObject({ kind: 'task', milestoneKey: 'MKT-11', estimateDays: null, costCategory: null });
    expect(issue.rowId).toBeUndefined();
  });

  it('reads the kind from the issue type without a property, and ignores costs that are not amounts', () => {
    const milestone = toSnapshotIssue(
      jiraIssue({
        properties: {},
        fields: { issuetype: { name: 'Milestone' }, issuelinks: [], [COST.actualCost]: -5, [COST.plannedCost]: '12' },
      }),
      COST,
      ROWS,
    );
    expect(milestone).toMatchObject({ kind: 'milestone', actualCost: null, plannedCost: null, blockedBy: [] });
    expect(milestone.milestoneKey).toBeUndefined();
    expect(toSnapshotIssue(jiraIssue({ properties: {}, fields: { issuetype: { name: 'Bug' } } }), COST, ROWS).kind).toBe('other');
  });

  it('reads no cost when the app field is not installed, and an unknown status category as not started', () => {
    const issue = toSnapshotIssue(jiraIssue({ fields: { status: { statusCategory: { key: 'undefined' } } } }), {}, ROWS);
    expect(issue).toMatchObject({ plannedCost: null, actualCost: null, committedCost: null, statusCategory: 'new' });
  });

  it('keeps the resolution date and only the day of the due date', () => {
    const issue = toSnapshotIssue(
      jiraIssue({ fields: { status: { statusCategory: { key: 'done' } }, resolutiondate: '2026-11-20T09:30:00.000+0000', duedate: null } }),
      COST,
      ROWS,
    );
    expect(issue).toMatchObject({ statusCategory: 'done', resolved: '2026-11-20T09:30:00.000+0000', dueDate: null });
  });
});

describe('toSnapshotIssue: where work comes from', () => {
  const POINTS = { ...COST, storyPoints: 'customfield_10016' };
  const HOUR = 3600;

  it('takes the remaining estimate over the original one, the story points and the plan row', () => {
    const issue = toSnapshotIssue(
      jiraIssue({ fields: { timeestimate: 12 * HOUR, timeoriginalestimate: 40 * HOUR, customfield_10016: 8 } }),
      POINTS,
      ROWS,
    );
    expect(issue).toMatchObject({ estimateDays: 1.5, estimateSource: 'remaining' });
  });

  it('takes the original estimate when nothing remains set, then story points, then the plan row', () => {
    const original = toSnapshotIssue(jiraIssue({ fields: { timeestimate: null, timeoriginalestimate: 40 * HOUR } }), POINTS, ROWS);
    expect(original).toMatchObject({ estimateDays: 5, estimateSource: 'original' });
    const points = toSnapshotIssue(jiraIssue({ fields: { timeestimate: null, customfield_10016: 3 } }), POINTS, ROWS);
    expect(points).toMatchObject({ estimateDays: 1.5, estimateSource: 'points' });
    // Story points of a field the site does not have as its story points field are not read.
    const unknownField = toSnapshotIssue(jiraIssue({ fields: { customfield_10016: 3 } }), COST, ROWS);
    expect(unknownField).toMatchObject({ estimateDays: 4, estimateSource: 'template' });
  });

  it('leaves a hand-added issue without any estimate unestimated', () => {
    const issue = toSnapshotIssue(jiraIssue({ properties: {} }), POINTS, ROWS);
    expect(issue.estimateDays).toBeNull();
    expect(issue.estimateSource).toBeUndefined();
    const estimated = toSnapshotIssue(jiraIssue({ properties: {}, fields: { timeoriginalestimate: 4 * HOUR } }), POINTS, ROWS);
    expect(estimated).toMatchObject({ estimateDays: 0.5, estimateSource: 'original' });
  });
});

describe('epicKeyOf', () => {
  it('is the epic itself, or the parent of anything else', () => {
    expect(epicKeyOf({ key: 'MKT-10', fields: { issuetype: { name: 'Epic' } } })).toBe('MKT-10');
    expect(epicKeyOf({ key: 'MKT-12', fields: { issuetype: { name: 'Task' }, parent: { key: 'MKT-10' } } })).toBe('MKT-10');
    expect(epicKeyOf({ key: 'MKT-1', fields: { issuetype: { name: 'Task' } } })).toBeUndefined();
  });
});
