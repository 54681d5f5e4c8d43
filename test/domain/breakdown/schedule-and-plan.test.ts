import {
  addRowsPlan,
  breakdownTarget,
  goalTextOf,
  mergeAddedRows,
  scheduleBreakdown,
  suggestFromPatterns,
} from '../../../src/domain/breakdown';
import { plannedLinks } from '../../../src/domain/creation/links';
import type { BreakdownTask } from '../../../src/domain/breakdown';
import type { CampaignRecord } from '../../../src/domain/model';
import { DomainError } from '../../../src/domain/errors';
import { smallPlan } from '../creation/plan-literal';

const record = (): CampaignRecord => ({
  epicKey: 'MKT-100',
  requestId: 'req-campaign-1',
  createdAt: '2026-10-01T09:00:00.000Z',
  createdBy: 'acc-camille',
  plan: smallPlan(),
  issueKeys: {
    epic: 'MKT-100',
    'creative-final': 'MKT-101',
    'go-live': 'MKT-102',
    copy: 'MKT-103',
    visuals: 'MKT-104',
    landing: 'MKT-105',
  },
});

const task = (taskId: string, dependsOn: string[] = []): BreakdownTask => ({
  taskId,
  summary: `Task ${taskId}`,
  ownerRole: 'designer',
  estimateBusinessDays: 2,
  startDate: '2026-11-20',
  dueDate: '2026-11-23',
  dependsOn,
});

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code} ${e.field}`;
    throw e;
  }
  return undefined;
};

describe('scheduleBreakdown', () => {
  it('schedules back from the milestone over business days and French holidays, dependencies first', () => {
    const { tasks } = suggestFromPatterns({ goal: 'landing page', channels: [], language: 'en', reasonLanguage: 'en' });
    // 2026-11-12 is a Thursday; 11 November (Armistice) is a public holiday in France.
    const out = scheduleBreakdown({
      tasks,
      milestoneDueDate: '2026-11-12',
      calendar: 'FR',
      today: '2026-10-01',
      roleAssignments: { copywriter: ['acc-lea', 'acc-x'], designer: ['acc-noah'] },
    });
    const by = new Map(out.tasks.map((t) => [t.taskId, t]));
    expect(by.get('landing-page-tracking')).toMatchObject({ startDate: '2026-11-12', dueDate: '2026-11-12' });
    // build (5 days) ends the day before tracking starts, skipping the 11th: 10, 9, 6, 5, 4.
    expect(by.get('landing-page-build')).toMatchObject({ startDate: '2026-11-04', dueDate: '2026-11-10' });
    expect(by.get('landing-page-design')).toMatchObject({ dueDate: '2026-11-03' });
    expect(by.get('landing-page-copy')).toMatchObject({ assigneeAccountId: 'acc-lea' });
    expect(by.get('landing-page-design')?.assigneeAccountId).toBe('acc-noah');
    // Nobody holds web_developer or analyst: no assignee, and a warning naming the role.
    expect(by.get('landing-page-build')?.assigneeAccountId).toBeUndefined();
    expect(out.warnings.filter((w) => w.kind === 'no_assignee').map((w) => w.rowId)).toEqual([
      'landing-page-build',
      'landing-page-tracking',
    ]);
  });

  it('warns when the work would start before today', () => {
    const { tasks } = suggestFromPatterns({ goal: 'video', channels: [], language: 'en', reasonLanguage: 'en' });
    const out = scheduleBreakdown({ tasks, milestoneDueDate: '2026-11-12', calendar: 'US', today: '2026-11-05', roleAssignments: {} });
    expect(out.warnings.some((w) => w.kind === 'in_past' && w.rowId === 'video-script')).toBe(true);
  });
});

describe('breakdownTarget', () => {
  it('a milestone is its own target; the epic targets the milestone due on or before launch', () => {
    expect(breakdownTarget(record(), 'MKT-101')).toMatchObject({ kind: 'milestone', milestoneKey: 'MKT-101' });
    expect(breakdownTarget(record(), 'MKT-100')).toMatchObject({ kind: 'epic', milestoneKey: 'MKT-102', milestone: { rowId: 'go-live' } });
    expect(breakdownTarget(record(), 'MKT-103')).toBeUndefined();
    expect(breakdownTarget(record(), 'MKT-999')).toBeUndefined();
  });
});

describe('addRowsPlan', () => {
  it('turns tasks into rows under the milestone, with links to it and between them, the epic and milestone given as existing', () => {
    const r = record();
    const target = breakdownTarget(r, 'MKT-101');
    if (!target) throw new Error('no target');
    const { plan, existingKeys } = addRowsPlan(r, target, [task('brief'), task('mockups', ['brief'])], 'bdabc123');
    expect(existingKeys).toEqual({ epic: 'MKT-100', 'creative-final': 'MKT-101' });
    expect(plan.rows.map((x) => x.rowId)).toEqual(['creative-final', 'bdabc123-brief', 'bdabc123-mockups']);
    expect(plan.rows[2]).toMatchObject({
      kind: 'task',
      parentRowId: 'creative-final',
      dependsOn: [{ rowId: 'bdabc123-brief', lagBusinessDays: 0 }],
    });
    expect(plan).toMatchObject({ projectKey: 'MKT', campaignLabel: 'campaign-atelier-pro', gates: [], kpis: [] });
    expect(plan.brief).toBeUndefined();
    expect(
      plannedLinks(plan)
        .map((l) => `${l.fromRowId}>${l.toRowId}`)
        .sort(),
    ).toEqual(['bdabc123-brief>bdabc123-mockups', 'bdabc123-brief>creative-final', 'bdabc123-mockups>creative-final']);
  });

  it('refuses duplicate ids, unknown dependencies and cycles, naming the field', () => {
    const r = record();
    const target = breakdownTarget(r, 'MKT-101');
    if (!target) throw new Error('no target');
    expect(fieldOf(() => addRowsPlan(r, target, [task('a'), task('a')], 'bd1'))).toBe('INVALID_INPUT tasks.1.taskId');
    expect(fieldOf(() => addRowsPlan(r, target, [task('a', ['zzz'])], 'bd1'))).toBe('INVALID_INPUT tasks.0.dependsOn.0');
    expect(fieldOf(() => addRowsPlan(r, target, [task('a', ['b']), task('b', ['c']), task('c', ['a'])], 'bd1'))).toMatch(
      /^INVALID_INPUT tasks\.\d\.dependsOn\.0$/,
    );
  });

  it('merges only created rows into the record, keeping what was there', () => {
    const r = record();
    const target = breakdownTarget(r, 'MKT-101');
    if (!target) throw new Error('no target');
    const { plan } = addRowsPlan(r, target, [task('brief'), task('mockups')], 'bd9');
    const merged = mergeAddedRows(r, plan.rows.slice(1), { 'bd9-brief': 'MKT-110' });
    expect(merged.plan.rows.map((x) => x.rowId)).toEqual([...r.plan.rows.map((x) => x.rowId), 'bd9-brief']);
    expect(merged.issueKeys).toEqual({ ...r.issueKeys, 'bd9-brief': 'MKT-110' });
    expect(mergeAddedRows(merged, plan.rows.slice(1), { 'bd9-brief': 'MKT-110' })).toBe(merged);
  });
});

describe('goalTextOf', () => {
  it('reads the summary then the description’s text', () => {
    const adf = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'A landing page ' },
            { type: 'text', text: 'and emails', marks: [{ type: 'strong' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'press release' }] }] }],
        },
      ],
    };
    expect(goalTextOf('Launch', adf)).toBe('Launch\nA landing page and emails\npress release');
    expect(goalTextOf('Only a summary', null)).toBe('Only a summary');
  });
});
