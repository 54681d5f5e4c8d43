import { type IsoDate, type CampaignPlan, type HolidayCalendar, type PlanGate, type PlanRow, type PlanWarning } from '../model';
import type { PlanOverrides } from '../../contracts/campaign-planner';
import { DomainError } from '../errors';
import { addBusinessDays, businessDaysBetween } from '../schedule/business-days';
import { refreshWarnings } from './plan-warnings';
import { planWarning } from './warning';
import { CalendarDate } from '../schedule/calendar-date';

type RowOverride = NonNullable<PlanOverrides['rows']>[string];

function validate(plan: CampaignPlan, overrides: PlanOverrides): [string, RowOverride][] {
  const known = new Set(plan.rows.map((r) => r.rowId));
  const entries = Object.entries(overrides.rows ?? {});
  for (const [rowId, o] of entries) {
    const field = `overrides.rows.${rowId}`;
    if (!known.has(rowId)) throw new DomainError('INVALID_INPUT', { key: 'problems.noSuchRow', params: { field, id: rowId } }, field);
    if (o.dueDate !== undefined && !CalendarDate.safeParse(o.dueDate).success) {
      const params = { field: `${field}.dueDate`, value: o.dueDate };
      throw new DomainError('INVALID_INPUT', { key: 'errors.levelingBadDate', params }, params.field);
    }
    if (o.summary !== undefined && (typeof o.summary !== 'string' || o.summary.trim().length === 0 || o.summary.trim().length > 255)) {
      const params = { field: `${field}.summary`, min: 1, max: 255 };
      throw new DomainError('INVALID_INPUT', { key: 'problems.lengthBetween', params }, params.field);
    }
    if (
      o.assigneeAccountId !== undefined &&
      o.assigneeAccountId !== null &&
      (typeof o.assigneeAccountId !== 'string' || o.assigneeAccountId.length === 0)
    ) {
      const params = { field: `${field}.assigneeAccountId` };
      throw new DomainError('INVALID_INPUT', { key: 'problems.accountIdOrNull', params }, params.field);
    }
  }
  return entries;
}

function withDueDate(row: PlanRow, dueDate: IsoDate, calendar: HolidayCalendar): PlanRow {
  // The row keeps its length of work; its start follows its own due date. No other row moves.
  const startDate =
    row.kind === 'task' && row.estimateBusinessDays > 1 ? addBusinessDays(dueDate, -(row.estimateBusinessDays - 1), calendar) : dueDate;
  return { ...row, startDate, dueDate };
}

/** Drops gates of removed milestones; a gate that waited for a dropped gate now waits for what that one waited for. */
function keepGates(
  gates: PlanGate[],
  removed: ReadonlySet<string>,
  warnings: PlanWarning[],
  summaries: ReadonlyMap<string, string>,
): PlanGate[] {
  const dropped = new Map(gates.filter((g) => removed.has(g.milestoneRowId)).map((g) => [g.gateId, g]));
  const waitFor = (id: string | undefined): string | undefined => {
    let current = id;
    while (current && dropped.has(current)) current = dropped.get(current)?.afterGateId;
    return current;
  };
  for (const g of dropped.values()) {
    warnings.push(
      planWarning(
        { rowId: g.gateId, kind: 'dependency_violated', field: 'milestoneRowId' },
        { key: 'plan.gateRemoved', params: { gate: g.name, milestone: summaries.get(g.milestoneRowId) ?? g.milestoneRowId } },
      ),
    );
  }
  return gates
    .filter((g) => !dropped.has(g.gateId))
    .map((g) => {
      const { afterGateId, ...rest } = g;
      const after = waitFor(afterGateId);
      return after ? { ...rest, afterGateId: after } : rest;
    });
}

/**
 * The PM's edits in the preview: rename, move a due date, reassign, remove rows. Moved dates are re-checked and
 * problems flagged; no other row is moved. Removing a milestone removes its tasks and gates; dependencies on removed
 * rows are dropped with a warning.
 */
export function applyOverrides(
  plan: CampaignPlan,
  overrides: PlanOverrides,
  ctx: { today: IsoDate; holidayCalendar: HolidayCalendar },
): CampaignPlan {
  const entries = validate(plan, overrides);
  const edits = new Map(entries);
  const removed = new Set(entries.filter(([, o]) => o.removed === true).map(([id]) => id));
  for (const row of plan.rows) if (row.parentRowId && removed.has(row.parentRowId)) removed.add(row.rowId);
  if (removed.size === plan.rows.length)
    throw new DomainError('INVALID_INPUT', { key: 'problems.allRowsRemoved', params: { field: 'overrides.rows' } }, 'overrides.rows');

  const warnings: PlanWarning[] = [];
  const summaries = new Map(plan.rows.map((r) => [r.rowId, r.summary]));
  const movedMilestones = new Map<string, { from: IsoDate; to: IsoDate }>();

  const rows = plan.rows
    .filter((r) => !removed.has(r.rowId))
    .map((original) => {
      const o = edits.get(original.rowId);
      let row: PlanRow = { ...original, dependsOn: original.dependsOn.filter((d) => !removed.has(d.rowId)) };
      for (const d of original.dependsOn.filter((x) => removed.has(x.rowId))) {
        warnings.push(
          planWarning(
            { rowId: row.rowId, kind: 'dependency_violated', field: 'dependsOn' },
            { key: 'plan.dependencyRemoved', params: { summary: row.summary, predecessor: summaries.get(d.rowId) ?? d.rowId } },
          ),
        );
      }
      if (!o) return row;
      if (o.summary !== undefined) row = { ...row, summary: o.summary.trim() };
      if (o.assigneeAccountId === null) {
        const { assigneeAccountId: _dropped, ...rest } = row;
        row = rest;
      } else if (o.assigneeAccountId !== undefined) row = { ...row, assigneeAccountId: o.assigneeAccountId };
      if (o.dueDate !== undefined && o.dueDate !== row.dueDate) {
        if (row.kind === 'milestone') movedMilestones.set(row.rowId, { from: row.dueDate, to: o.dueDate });
        row = withDueDate(row, o.dueDate, ctx.holidayCalendar);
      }
      return row;
    });

  // A gate is due a fixed number of business days before its milestone, so it follows the milestone it guards.
  const gates = keepGates(plan.gates, removed, warnings, summaries).map((g) => {
    const moved = movedMilestones.get(g.milestoneRowId);
    if (!moved) return g;
    const lead = businessDaysBetween(g.dueDate, moved.from, ctx.holidayCalendar);
    return { ...g, dueDate: addBusinessDays(moved.to, -lead, ctx.holidayCalendar) };
  });

  const next: CampaignPlan = { ...plan, holidayCalendar: ctx.holidayCalendar, rows, gates };
  return { ...next, warnings: refreshWarnings(next, { today: ctx.today }, warnings) };
}
