import { rescheduleBreakdown, scheduleBreakdown, type BreakdownTask } from '../../../src/domain/breakdown';

/** A chain copy → design → build → (milestone), and an unrelated task, as the modal holds them after suggesting. */
const suggested = scheduleBreakdown({
  tasks: [
    { taskId: 'copy', summary: 'Copy', ownerRole: 'copywriter', estimateBusinessDays: 2, dependsOn: [], reasons: ['r'] },
    { taskId: 'design', summary: 'Design', ownerRole: 'designer', estimateBusinessDays: 3, dependsOn: ['copy'], reasons: ['r'] },
    { taskId: 'build', summary: 'Build', ownerRole: 'web_developer', estimateBusinessDays: 2, dependsOn: ['design'], reasons: ['r'] },
    { taskId: 'press', summary: 'Press', ownerRole: 'pr_manager', estimateBusinessDays: 1, dependsOn: [], reasons: ['r'] },
  ],
  // Friday 2026-12-25 is Christmas (FR): the milestone's last business day is Thursday 12-24.
  milestoneDueDate: '2026-12-25',
  calendar: 'FR',
  today: '2026-11-02',
  roleAssignments: { copywriter: ['a'], designer: ['b'], web_developer: ['c'], pr_manager: ['d'] },
}).tasks;

const withEstimate = (tasks: BreakdownTask[], id: string, days: number): BreakdownTask[] =>
  tasks.map((t) => (t.taskId === id ? { ...t, estimateBusinessDays: days } : t));
const datesOf = (tasks: readonly BreakdownTask[]): Record<string, [string, string]> =>
  Object.fromEntries(tasks.map((t) => [t.taskId, [t.startDate, t.dueDate]]));
const input = (tasks: BreakdownTask[], changedTaskId: string) => ({
  tasks,
  changedTaskId,
  milestoneDueDate: '2026-12-25',
  calendar: 'FR' as const,
  today: '2026-11-02',
});

describe('rescheduleBreakdown', () => {
  it('starts from the server’s schedule: build ends on the last business day before the milestone', () => {
    expect(datesOf(suggested)).toEqual({
      copy: ['2026-12-16', '2026-12-17'],
      design: ['2026-12-18', '2026-12-22'],
      build: ['2026-12-23', '2026-12-24'],
      press: ['2026-12-24', '2026-12-24'],
    });
  });

  it('a longer estimate moves the row and every task it waits for earlier, over weekends and holidays; others keep their dates', () => {
    const out = rescheduleBreakdown(input(withEstimate(suggested, 'build', 5), 'build'));
    expect(datesOf(out.tasks)).toEqual({
      // 5 business days ending Thu 12-24: Fri 12-18 .. Thu 12-24 (weekend skipped).
      build: ['2026-12-18', '2026-12-24'],
      design: ['2026-12-15', '2026-12-17'],
      copy: ['2026-12-11', '2026-12-14'],
      press: ['2026-12-24', '2026-12-24'],
    });
    expect(out.tasks.map((t) => t.taskId)).toEqual(['copy', 'design', 'build', 'press']);
    expect(out.warnings).toEqual([]);
  });

  it('gives the same dates as scheduling the edited tasks from scratch', () => {
    const edited = withEstimate(suggested, 'design', 7);
    const again = scheduleBreakdown({
      tasks: edited.map((t) => ({ ...t, reasons: ['r'] })),
      milestoneDueDate: '2026-12-25',
      calendar: 'FR',
      today: '2026-11-02',
      roleAssignments: {},
    });
    expect(datesOf(rescheduleBreakdown(input(edited, 'design')).tasks)).toEqual(datesOf(again.tasks));
  });

  it('schedules every task again when no task is named (another milestone picked)', () => {
    const out = rescheduleBreakdown({ ...input(suggested, 'copy'), changedTaskId: undefined, milestoneDueDate: '2026-12-11' });
    expect(datesOf(out.tasks)).toEqual({
      copy: ['2026-12-03', '2026-12-04'],
      design: ['2026-12-07', '2026-12-09'],
      build: ['2026-12-10', '2026-12-11'],
      press: ['2026-12-11', '2026-12-11'],
    });
  });

  it('keeps the dates the user moved by hand on tasks the change does not reach, and schedules before them', () => {
    const moved = suggested.map((t) => (t.taskId === 'build' ? { ...t, startDate: '2026-12-21', dueDate: '2026-12-22' } : t));
    const out = rescheduleBreakdown(input(withEstimate(moved, 'design', 1), 'design'));
    expect(datesOf(out.tasks)).toMatchObject({
      build: ['2026-12-21', '2026-12-22'],
      design: ['2026-12-18', '2026-12-18'],
      copy: ['2026-12-16', '2026-12-17'],
    });
  });

  it('warns when the new dates start before today, and when a task has nobody assigned', () => {
    const out = rescheduleBreakdown({ ...input(withEstimate(suggested, 'copy', 60), 'copy'), today: '2026-12-01' });
    expect(out.warnings.map((w) => [w.rowId, w.kind])).toContainEqual(['copy', 'in_past']);
    const unassigned = rescheduleBreakdown(input([{ ...suggested[3]!, assigneeAccountId: undefined }], 'press'));
    expect(unassigned.warnings.map((w) => w.kind)).toEqual(['no_assignee']);
  });

  it('refuses an unknown changed task and a dependency cycle, naming the field', () => {
    expect(() => rescheduleBreakdown(input(suggested, 'nope'))).toThrow(expect.objectContaining({ field: 'changedTaskId' }));
    const cycle = suggested.map((t) => (t.taskId === 'copy' ? { ...t, dependsOn: ['build'] } : t));
    expect(() => rescheduleBreakdown(input(cycle, 'copy'))).toThrow(expect.objectContaining({ field: 'dependsOn' }));
  });
});
