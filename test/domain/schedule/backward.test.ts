import { DomainError } from '../../../src/domain/errors';
import { addBusinessDays, businessDaysBetween } from '../../../src/domain/schedule/business-days';
import { scheduleBackward, type BackwardInput, type ScheduleTask } from '../../../src/domain/schedule/backward';
import { checkSchedule, type DatedRow } from '../../../src/domain/schedule/check-schedule';

const t = (id: string, milestoneId: string, estimate: number, after: [string, number][] = []): ScheduleTask => ({
  id,
  milestoneId,
  summary: `Task ${id}`,
  estimateBusinessDays: estimate,
  dependsOn: after.map(([rowId, lagBusinessDays]) => ({ rowId, lagBusinessDays })),
});

const base = (over: Partial<BackwardInput>): BackwardInput => ({
  launchDate: '2026-06-12',
  calendar: 'FR',
  today: '2026-01-05',
  milestones: [{ id: 'launch', summary: 'Launch (L)', offsetBusinessDays: 0 }],
  tasks: [],
  ...over,
});

describe('scheduleBackward: milestones', () => {
  it.each([
    [-10, '2026-05-29'],
    [-1, '2026-06-11'],
    [0, '2026-06-12'],
    [1, '2026-06-15'],
    [5, '2026-06-19'],
  ])('offset %i business days from Friday 2026-06-12 → %s', (offset, expected) => {
    const r = scheduleBackward(base({ milestones: [{ id: 'm', summary: 'M', offsetBusinessDays: offset }] }));
    expect(r.dates.m).toEqual({ startDate: expected, dueDate: expected });
  });

  it('a Tuesday launch after Whit Monday (FR) puts L-1 on the Friday before', () => {
    const r = scheduleBackward(
      base({
        launchDate: '2026-05-26',
        milestones: [
          { id: 'before', summary: 'Before (L-1)', offsetBusinessDays: -1 },
          { id: 'launch', summary: 'Launch (L)', offsetBusinessDays: 0 },
        ],
        tasks: [t('last', 'launch', 1)],
      }),
    );
    expect(r.dates.before!.dueDate).toBe('2026-05-22');
    expect(r.dates.launch!.dueDate).toBe('2026-05-26');
    expect(r.dates.last).toEqual({ startDate: '2026-05-26', dueDate: '2026-05-26' });
    expect(r.warnings).toEqual([]);
  });

  it('a launch ON a holiday stays on it, with a warning, and tasks finish on the last business day before', () => {
    const r = scheduleBackward(base({ launchDate: '2026-05-25', tasks: [t('ship', 'launch', 2)] }));
    expect(r.dates.launch!.dueDate).toBe('2026-05-25');
    expect(r.dates.ship).toEqual({ startDate: '2026-05-21', dueDate: '2026-05-22' });
    const w = r.warnings.filter((x) => x.rowId === 'launch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ kind: 'cannot_fit', field: 'dueDate' });
    expect(w[0]!.message).toMatch(/25 May 2026.*public holiday in the FR calendar/);
  });

  it('a weekend launch is reported as a weekend day, not a holiday', () => {
    const r = scheduleBackward(base({ launchDate: '2026-06-13', calendar: 'US' }));
    expect(r.warnings[0]!.message).toMatch(/weekend day/);
  });
});

describe('scheduleBackward: tasks and dependencies', () => {
  it('finishes a chain with lags as late as possible (finish-to-start, lag in business days)', () => {
    const r = scheduleBackward(base({ tasks: [t('a', 'launch', 2), t('b', 'launch', 3, [['a', 2]]), t('c', 'launch', 1, [['b', 0]])] }));
    expect(r.dates.c).toEqual({ startDate: '2026-06-12', dueDate: '2026-06-12' });
    expect(r.dates.b).toEqual({ startDate: '2026-06-09', dueDate: '2026-06-11' });
    expect(r.dates.a).toEqual({ startDate: '2026-06-03', dueDate: '2026-06-04' });
    // Tight: each successor starts exactly on the first day the rule allows.
    expect(r.dates.b!.startDate).toBe(addBusinessDays(r.dates.a!.dueDate, 1 + 2, 'FR'));
    expect(r.dates.c!.startDate).toBe(addBusinessDays(r.dates.b!.dueDate, 1, 'FR'));
    expect(r.warnings).toEqual([]);
  });

  it('takes the earliest of several successors and the own milestone', () => {
    const r = scheduleBackward(
      base({
        milestones: [
          { id: 'early', summary: 'Early (L-10)', offsetBusinessDays: -10 },
          { id: 'launch', summary: 'Launch (L)', offsetBusinessDays: 0 },
        ],
        tasks: [t('shared', 'launch', 1), t('x', 'early', 2, [['shared', 0]]), t('y', 'launch', 1, [['shared', 3]])],
      }),
    );
    // x is due by L-10 (2026-05-29), starts 2026-05-28, so shared must finish by 2026-05-27.
    expect(r.dates.x).toEqual({ startDate: '2026-05-28', dueDate: '2026-05-29' });
    expect(r.dates.shared!.dueDate).toBe('2026-05-27');
    expect(r.warnings).toEqual([]);
  });

  it('a dependency on a task of a later milestone is honoured by finishing that task earlier', () => {
    const r = scheduleBackward(
      base({
        milestones: [
          { id: 'early', summary: 'Early (L-5)', offsetBusinessDays: -5 },
          { id: 'launch', summary: 'Launch (L)', offsetBusinessDays: 0 },
        ],
        tasks: [t('late-pred', 'launch', 1), t('needs-it', 'early', 1, [['late-pred', 0]])],
      }),
    );
    expect(r.dates['late-pred']!.dueDate < r.dates['needs-it']!.startDate).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('flags work in the past and a plan that cannot fit, saying by how many business days', () => {
    const input = base({ tasks: [t('a', 'launch', 5)], today: '2026-06-10' });
    const r = scheduleBackward(input);
    expect(r.dates.a).toEqual({ startDate: '2026-06-08', dueDate: '2026-06-12' });
    const inPast = r.warnings.find((w) => w.kind === 'in_past');
    expect(inPast).toMatchObject({ rowId: 'a', field: 'startDate' });
    expect(inPast?.message).toContain('8 June 2026');
    const fit = r.warnings.find((w) => w.kind === 'cannot_fit');
    expect(fit?.message).toMatch(/2 business days before today/);
    // Moving the launch by exactly that many business days makes it fit.
    const later = scheduleBackward({ ...input, launchDate: addBusinessDays(input.launchDate, 2, 'FR') });
    expect(later.warnings).toEqual([]);
  });

  it('counts the shortfall up to the next working day when today is a weekend', () => {
    const r = scheduleBackward(base({ tasks: [t('a', 'launch', 1)], launchDate: '2026-06-12', today: '2026-06-13' }));
    const fit = r.warnings.find((w) => w.kind === 'cannot_fit' && !w.rowId);
    expect(fit?.message).toMatch(/1 business day before today/);
    expect(businessDaysBetween('2026-06-12', '2026-06-15', 'FR')).toBe(1);
  });

  it('rejects a dependency cycle, naming the rows', () => {
    const run = (): unknown =>
      scheduleBackward(
        base({
          tasks: [
            t('a', 'launch', 1, [['c', 0]]),
            t('b', 'launch', 1, [['a', 0]]),
            t('c', 'launch', 1, [['b', 0]]),
            t('free', 'launch', 1),
          ],
        }),
      );
    expect(run).toThrow(DomainError);
    expect(run).toThrow(/dependency cycle between rows (a → b → c → a|b → c → a → b|c → a → b → c)/);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).field).toBe('dependsOn');
      expect((e as DomainError).message).not.toContain('free');
    }
  });

  it('rejects a dependency on an unknown task and a task of an unknown milestone, naming the field', () => {
    expect(() => scheduleBackward(base({ tasks: [t('a', 'launch', 1, [['ghost', 0]])] }))).toThrow(/tasks\.a\.dependsOn\.0: ‘ghost’/);
    expect(() => scheduleBackward(base({ tasks: [t('a', 'nowhere', 1)] }))).toThrow(/tasks\.a\.milestoneId: ‘nowhere’/);
  });

  it('keeps fixed (done) rows on their dates, never flags them, and does not let them push others', () => {
    const r = scheduleBackward(
      base({
        today: '2026-06-10',
        tasks: [t('done-one', 'launch', 2), t('open', 'launch', 1, [['done-one', 0]])],
        fixed: { 'done-one': { startDate: '2026-06-01', dueDate: '2026-06-02' } },
      }),
    );
    expect(r.dates['done-one']).toEqual({ startDate: '2026-06-01', dueDate: '2026-06-02' });
    expect(r.dates.open!.dueDate).toBe('2026-06-12');
    expect(r.warnings).toEqual([]);
  });
});

describe('checkSchedule', () => {
  const row = (over: Partial<DatedRow> & Pick<DatedRow, 'rowId'>): DatedRow => ({
    kind: 'task',
    parentRowId: 'm',
    summary: over.rowId,
    startDate: '2026-06-08',
    dueDate: '2026-06-08',
    dependsOn: [],
    ...over,
  });
  const m = (rowId: string, date: string): DatedRow => ({
    rowId,
    kind: 'milestone',
    summary: rowId,
    startDate: date,
    dueDate: date,
    dependsOn: [],
  });

  it('flags a task due after its milestone', () => {
    const w = checkSchedule([m('m', '2026-06-10'), row({ rowId: 'late', startDate: '2026-06-11', dueDate: '2026-06-11' })], {
      today: '2026-01-01',
      calendar: 'FR',
    });
    expect(w).toEqual([expect.objectContaining({ rowId: 'late', kind: 'after_milestone', field: 'dueDate' })]);
    expect(w[0]!.message).toContain('10 June 2026');
  });

  it('flags a successor starting before its predecessor (plus lag) allows, with the reason', () => {
    const rows = [
      m('m', '2026-06-12'),
      m('later', '2026-06-19'),
      row({ rowId: 'pred', parentRowId: 'later', startDate: '2026-06-15', dueDate: '2026-06-16' }),
      row({ rowId: 'succ', startDate: '2026-06-12', dueDate: '2026-06-12', dependsOn: [{ rowId: 'pred', lagBusinessDays: 1 }] }),
    ];
    const w = checkSchedule(rows, { today: '2026-01-01', calendar: 'FR' });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ rowId: 'succ', kind: 'dependency_violated', field: 'startDate' });
    expect(w[0]!.message).toMatch(/can start on 18 June 2026 at the earliest/);
    expect(w[0]!.message).toMatch(/later milestone/);
  });

  it('a settled (done) predecessor satisfies its successors', () => {
    const rows = [
      m('m', '2026-06-12'),
      row({ rowId: 'pred', startDate: '2026-06-12', dueDate: '2026-06-12' }),
      row({ rowId: 'succ', dependsOn: [{ rowId: 'pred', lagBusinessDays: 0 }] }),
    ];
    expect(checkSchedule(rows, { today: '2026-01-01', calendar: 'FR' })).toHaveLength(1);
    expect(checkSchedule(rows, { today: '2026-01-01', calendar: 'FR', settled: new Set(['pred']) })).toEqual([]);
  });
});
