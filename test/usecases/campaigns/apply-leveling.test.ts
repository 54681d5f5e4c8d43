import type { LevelingProposal } from '../../../src/contracts/conflicts';
import { CampaignPlan, type CampaignRecord, type PlanRow } from '../../../src/domain/model';
import type { ProjectGrants } from '../../../src/domain/policy';
import { applyLevelingProposal } from '../../../src/usecases/campaigns/apply-leveling';
import { replanCampaign } from '../../../src/usecases/campaigns/replan-campaign';
import type { IssueDates } from '../../../src/usecases/ports/issue-dates';
import { CAMILLE, campaignWorld, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';

const NOAH = 'acc-noah';
const SAM = 'acc-sam';
const LEA = 'acc-lea';
const PEOPLE = [
  { accountId: NOAH, displayName: 'Noah Petit' },
  { accountId: SAM, displayName: 'Sam Lee' },
  { accountId: LEA, displayName: 'Léa Dubois' },
];

const milestone = (rowId: string, dueDate: string): PlanRow => ({
  rowId,
  kind: 'milestone',
  summary: `Milestone ${rowId}`,
  ownerRole: 'pm',
  startDate: dueDate,
  dueDate,
  estimateBusinessDays: 0,
  dependsOn: [],
});
const task = (rowId: string, parent: string, who: string, startDate: string, dueDate: string, days: number): PlanRow => ({
  rowId,
  kind: 'task',
  parentRowId: parent,
  summary: `Task ${rowId}`,
  ownerRole: 'designer',
  assigneeAccountId: who,
  startDate,
  dueDate,
  estimateBusinessDays: days,
  dependsOn: [],
});
const planOf = (name: string, rows: PlanRow[]): CampaignPlan =>
  CampaignPlan.parse({
    templateId: 'test',
    templateVersion: 1,
    language: 'en',
    projectKey: 'MKT',
    name,
    launchDate: '2026-12-04',
    holidayCalendar: 'FR',
    budget: { amount: 1000, currency: 'EUR' },
    campaignLabel: name.toLowerCase().replace(/ /g, '-'),
    rows,
    gates: [],
    kpis: [],
  });

/**
 * Ours (MKT-1): Noah designs 3 days, Mon 16 – Wed 18 November, a week before its milestone (27 November): it has slack.
 * Another campaign (MKT-100) has Noah 5 days that same week, and Sam on design work in December: Noah's week of 16
 * November is over-allocated (8 days for 5), and Sam does design work.
 */
const ours: CampaignRecord = {
  epicKey: 'MKT-1',
  requestId: 'req-00000001',
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: CAMILLE.accountId,
  plan: planOf('Ours', [
    milestone('m', '2026-11-27'),
    task('design', 'm', NOAH, '2026-11-16', '2026-11-18', 3),
    milestone('launch', '2026-12-04'),
  ]),
  issueKeys: { epic: 'MKT-1', m: 'MKT-2', design: 'MKT-3', launch: 'MKT-4' },
};
const other: CampaignRecord = {
  ...ours,
  epicKey: 'MKT-100',
  requestId: 'req-00000100',
  plan: planOf('Other', [
    milestone('m', '2026-12-11'),
    task('big', 'm', NOAH, '2026-11-16', '2026-11-20', 5),
    task('retouch', 'm', SAM, '2026-12-07', '2026-12-08', 2),
  ]),
  issueKeys: { epic: 'MKT-100', m: 'MKT-101', big: 'MKT-102', retouch: 'MKT-103' },
};

function portsFor(grants: ProjectGrants, done: string[] = []) {
  const issues: IssueDates[] = Object.entries(ours.issueKeys).map(([rowId, key]) => ({
    key,
    dueDate: ours.plan.rows.find((r) => r.rowId === rowId)?.dueDate ?? null,
    done: done.includes(key),
  }));
  const world = campaignWorld([ours, other], issues);
  return {
    ...world,
    grants: grantsPort({ MKT: grants }),
    clock: fixedClock('2026-11-09T09:00:00.000Z'),
    people: { list: async () => PEOPLE },
    campaigns: world.index,
    snapshots: { load: async () => undefined },
  };
}

const noahsWeekOver = (load: { accountId: string; weekStart: string; level: string }[]): boolean =>
  load.some((w) => w.accountId === NOAH && w.weekStart === '2026-11-16' && w.level === 'over');

async function proposalsOf(ports: ReturnType<typeof portsFor>): Promise<LevelingProposal[]> {
  const out = await replanCampaign({ epicKey: 'MKT-1', launchDate: ours.plan.launchDate }, CAMILLE, ports);
  expect(out.changes).toEqual([]);
  expect(noahsWeekOver(out.conflicts?.load ?? [])).toBe(true);
  return out.conflicts?.leveling ?? [];
}

describe('applyLevelingProposal (use case)', () => {
  it('moves the task within its slack in Jira and in the record; the week is relieved and a re-plan keeps it', async () => {
    const ports = portsFor(GRANTS.editor);
    const shift = (await proposalsOf(ports)).find((p) => p.kind === 'shift');
    expect(shift).toMatchObject({ rowId: 'design', accountId: NOAH, weekStart: '2026-11-16' });
    const dueDate = shift?.dueDate ?? '';
    expect(dueDate > '2026-11-18' && dueDate <= '2026-11-27').toBe(true);

    const out = await applyLevelingProposal({ epicKey: 'MKT-1', change: { kind: 'shift', rowId: 'design', dueDate } }, CAMILLE, ports);
    expect(out.change).toMatchObject({ kind: 'shift', issueKey: 'MKT-3', fromDueDate: '2026-11-18', dueDate, issuesChanged: 1 });
    expect(out.alreadyApplied).toBe(false);
    expect(ports.updates).toEqual([{ issueKey: 'MKT-3', fields: { duedate: dueDate } }]);
    const row = ports.saved.at(-1)?.plan.rows.find((r) => r.rowId === 'design');
    expect(row?.dueDate).toBe(dueDate);
    // The task keeps its three business days.
    expect(row && row.startDate > '2026-11-16').toBe(true);
    expect(noahsWeekOver(out.conflicts.load)).toBe(false);

    const again = await replanCampaign({ epicKey: 'MKT-1', launchDate: ours.plan.launchDate }, CAMILLE, ports);
    expect(again.changes).toEqual([]);
    expect(again.conflicts).toEqual(out.conflicts);
  });

  it('gives the task to someone of its role with room, and refuses someone who does no work of that role', async () => {
    const ports = portsFor(GRANTS.editor);
    const reassign = (await proposalsOf(ports)).find((p) => p.kind === 'reassign');
    expect(reassign).toMatchObject({ rowId: 'design', toAccountId: SAM, toName: 'Sam Lee' });
    await expect(
      applyLevelingProposal({ epicKey: 'MKT-1', change: { kind: 'reassign', rowId: 'design', toAccountId: LEA } }, CAMILLE, ports),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'change.toAccountId', message: expect.stringContaining('Léa Dubois') });
    const out = await applyLevelingProposal(
      { epicKey: 'MKT-1', change: { kind: 'reassign', issueKey: 'MKT-3', toAccountId: SAM } },
      CAMILLE,
      ports,
    );
    expect(out.change).toMatchObject({ kind: 'reassign', rowId: 'design', fromAccountId: NOAH, toAccountId: SAM, issuesChanged: 1 });
    expect(ports.updates).toEqual([{ issueKey: 'MKT-3', fields: { assignee: { accountId: SAM } } }]);
    expect(ports.saved.at(-1)?.plan.rows.find((r) => r.rowId === 'design')?.assigneeAccountId).toBe(SAM);
    expect(noahsWeekOver(out.conflicts.load)).toBe(false);
  });

  it('changes nothing more for the same change or the same request id, and refuses a request id reused for another change', async () => {
    const ports = portsFor(GRANTS.editor);
    const change = { kind: 'shift', rowId: 'design', dueDate: '2026-11-25' } as const;
    await applyLevelingProposal({ epicKey: 'MKT-1', change, requestId: 'level-0001' }, CAMILLE, ports);
    expect(ports.updates).toHaveLength(1);
    const same = await applyLevelingProposal({ epicKey: 'MKT-1', change }, CAMILLE, ports);
    expect(same).toMatchObject({ alreadyApplied: true, change: { issuesChanged: 0 } });
    // Someone moves the task again; the same request sent again does not move it back.
    await applyLevelingProposal({ epicKey: 'MKT-1', change: { ...change, dueDate: '2026-11-24' } }, CAMILLE, ports);
    const retried = await applyLevelingProposal({ epicKey: 'MKT-1', change, requestId: 'level-0001' }, CAMILLE, ports);
    expect(retried).toMatchObject({ alreadyApplied: true, change: { kind: 'shift', dueDate: '2026-11-25', issuesChanged: 0 } });
    expect(ports.updates.map((u) => u.fields.duedate)).toEqual(['2026-11-25', '2026-11-24']);
    expect(ports.saved.at(-1)?.leveling).toEqual([expect.objectContaining({ requestId: 'level-0001' })]);
    await expect(
      applyLevelingProposal({ epicKey: 'MKT-1', change: { ...change, dueDate: '2026-11-26' }, requestId: 'level-0001' }, CAMILLE, ports),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'requestId' });
  });

  it('refuses a viewer, done work, a milestone, another campaign’s issue and dates it may not take, naming the field', async () => {
    const shift = { kind: 'shift', rowId: 'design', dueDate: '2026-11-25' } as const;
    const viewer = portsFor(GRANTS.viewer);
    await expect(applyLevelingProposal({ epicKey: 'MKT-1', change: shift }, CAMILLE, viewer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const doneWork = portsFor(GRANTS.editor, ['MKT-3']);
    await expect(applyLevelingProposal({ epicKey: 'MKT-1', change: shift }, CAMILLE, doneWork)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'change.rowId',
      message: 'change.rowId: ‘Task design’ (MKT-3) is done, and done work is never moved or reassigned',
    });
    const ports = portsFor(GRANTS.editor);
    const refused = (change: Parameters<typeof applyLevelingProposal>[0]['change']) =>
      applyLevelingProposal({ epicKey: 'MKT-1', change }, CAMILLE, ports);
    await expect(refused({ ...shift, rowId: 'm' })).rejects.toMatchObject({ field: 'change.rowId' });
    await expect(refused({ kind: 'shift', issueKey: 'MKT-102', dueDate: '2026-11-25' })).rejects.toMatchObject({
      field: 'change.issueKey',
    });
    await expect(refused({ kind: 'shift', dueDate: '2026-11-25' })).rejects.toMatchObject({ field: 'change.rowId' });
    await expect(refused({ ...shift, dueDate: '2026-11-31' })).rejects.toMatchObject({ field: 'change.dueDate' });
    await expect(refused({ ...shift, dueDate: '2026-11-02' })).rejects.toMatchObject({ field: 'change.dueDate' });
    await expect(refused({ ...shift, dueDate: '2026-11-30' })).rejects.toMatchObject({
      field: 'change.dueDate',
      message: expect.stringContaining('never moves a date the campaign promised'),
    });
    await expect(refused({ kind: 'move_launch', launchDate: '2026-02-30' })).rejects.toMatchObject({ field: 'change.launchDate' });
    for (const p of [viewer, doneWork, ports]) expect(p.updates).toEqual([]);
  });

  it('moves the launch only when asked: the re-plan to that date, applied to the open issues', async () => {
    const ports = portsFor(GRANTS.editor);
    const out = await applyLevelingProposal(
      { epicKey: 'MKT-1', change: { kind: 'move_launch', launchDate: '2026-12-11' } },
      CAMILLE,
      ports,
    );
    expect(out.change).toMatchObject({ kind: 'move_launch', fromLaunchDate: '2026-12-04', launchDate: '2026-12-11' });
    expect(out.change.issuesChanged).toBe(ports.updates.length);
    expect(ports.updates.map((u) => u.issueKey).sort()).toEqual(['MKT-2', 'MKT-3', 'MKT-4']);
    expect(ports.saved.at(-1)?.plan.launchDate).toBe('2026-12-11');
  });
});
