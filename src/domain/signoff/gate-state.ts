import type { HolidayCalendar, IsoDate, PlanGate, SignOffEntry } from '../model';
import { BusinessCalendar } from '../metrics/business-calendar';
import { delegationsInForce } from './delegations';
import { currentRound, isClosed, replayRound } from './round';
import type { GateState } from './types';

export interface GateContext {
  /** Every gate of the campaign, to follow sequential order. */
  gates: readonly PlanGate[];
  /** Every entry of the campaign's record (any gate, any order). */
  allEntries: readonly SignOffEntry[];
  today: IsoDate;
  calendar: HolidayCalendar;
}

/** A gate's state in isolation: whether its own record closes it, ignoring the gate it follows. */
function ownState(gate: PlanGate, entries: readonly SignOffEntry[], today: IsoDate): Omit<GateState, 'late' | 'businessDaysLate'> {
  const approvers = [...new Set(gate.approverAccountIds)];
  const mine = entries.filter((e) => e.gateId === gate.gateId);
  const round = currentRound(mine);
  const { outcome, decisions, needed } = replayRound(gate, round.entries);
  const decided = new Set(decisions.map((d) => d.approverAccountId));
  return {
    gateId: gate.gateId,
    state: outcome,
    round: {
      number: round.number,
      startedBy: round.start ? (round.start.type === 'stale' ? 'stale' : 'ready') : 'start',
      startedAt: round.start?.at ?? null,
    },
    decisions,
    approvedBy: decisions.filter((d) => d.decision === 'approve').map((d) => d.approverAccountId),
    approvalsNeeded: needed,
    pending: isClosed(outcome) ? [] : approvers.filter((a) => !decided.has(a)),
    stale: round.start?.type === 'stale' ? { changedFields: round.start.changedFields ?? [], at: round.start.at } : null,
    delegations: delegationsInForce(mine, approvers, today),
  };
}

/**
 * Every gate's state, in plan order. A gate that follows another (`afterGateId`) is `waiting` until that one is
 * approved, whatever its own record says; a chain that loops back on itself never opens. A gate is late by the
 * business days since its due date while it has no final outcome (approved or declined).
 */
export function gateStates(ctx: GateContext): GateState[] {
  const byId = new Map(ctx.gates.map((g) => [g.gateId, g]));
  const businessDays = new BusinessCalendar(ctx.calendar);
  const memo = new Map<string, GateState>();
  const stateOf = (gate: PlanGate, seen: ReadonlySet<string>): GateState => {
    const known = memo.get(gate.gateId);
    if (known) return known;
    const own = ownState(gate, ctx.allEntries, ctx.today);
    const before = gate.afterGateId !== undefined ? byId.get(gate.afterGateId) : undefined;
    const blocked =
      before !== undefined && (seen.has(before.gateId) || stateOf(before, new Set([...seen, gate.gateId])).state !== 'approved');
    const state = blocked ? 'waiting' : own.state;
    const settled = state === 'approved' || state === 'declined';
    const daysLate = settled ? 0 : businessDays.overdue(gate.dueDate, ctx.today);
    const decided = new Set(own.decisions.map((d) => d.approverAccountId));
    const pending = state === 'waiting' ? [...new Set(gate.approverAccountIds)].filter((a) => !decided.has(a)) : own.pending;
    const result: GateState = { ...own, state, pending, late: daysLate > 0, businessDaysLate: daysLate };
    memo.set(gate.gateId, result);
    return result;
  };
  return ctx.gates.map((g) => stateOf(g, new Set([g.gateId])));
}

/** One gate's state; `entries` are the gate's own (any order), `ctx.allEntries` the campaign's, for the gates before it. */
export function gateState(gate: PlanGate, entries: readonly SignOffEntry[], ctx: GateContext): GateState {
  const others = ctx.allEntries.filter((e) => e.gateId !== gate.gateId);
  const own = entries.filter((e) => e.gateId === gate.gateId);
  const gates = ctx.gates.some((g) => g.gateId === gate.gateId)
    ? ctx.gates.map((g) => (g.gateId === gate.gateId ? gate : g))
    : [...ctx.gates, gate];
  const found = gateStates({ ...ctx, gates, allEntries: [...others, ...own] }).find((s) => s.gateId === gate.gateId);
  if (!found) throw new Error(`gateState: gate ${gate.gateId} vanished`);
  return found;
}
