import type { PlanGate, SignOffMirror } from '../model';
import { byGateId, type GateStates } from './by-gate-id';
import type { GateStateName } from './types';

type MirrorStatus = SignOffMirror['status'];

const MIRROR_STATUS: Record<GateStateName, MirrorStatus> = {
  open: 'pending',
  waiting: 'waiting',
  approved: 'approved',
  declined: 'declined',
  changes_requested: 'changes_requested',
};
/** Most pressing first: someone must decide now, then the team must act, then a refusal, then what waits. */
const PRESSING: readonly MirrorStatus[] = ['pending', 'changes_requested', 'declined', 'waiting', 'approved'];

/**
 * The issue property mirrored on one gated issue, from its gates' states. With no gate there is nothing left to
 * approve, so the status is `approved`. `entriesCount` lets a reader spot a mirror that no longer matches the record.
 */
export function mirrorOf(gates: readonly PlanGate[], states: GateStates, entriesCount: number, now: Date | string): SignOffMirror {
  const byId = byGateId(states);
  const rows = gates.map((gate) => {
    const state = byId.get(gate.gateId);
    if (!state) throw new Error(`mirrorOf: no state for gate ${gate.gateId}`);
    return {
      gateId: gate.gateId,
      status: MIRROR_STATUS[state.state],
      pending: [...state.pending],
      approvedBy: [...state.approvedBy],
      dueDate: gate.dueDate,
    };
  });
  const status = PRESSING.find((s) => rows.some((r) => r.status === s)) ?? 'approved';
  return { status, gates: rows, entries: entriesCount, updatedAt: typeof now === 'string' ? now : now.toISOString() };
}
