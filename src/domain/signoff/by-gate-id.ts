import type { GateState } from './types';

export type GateStates = readonly GateState[] | ReadonlyMap<string, GateState>;

/** Gate states by gate id, whether given as a list (plan order) or already as a map. */
export function byGateId(states: GateStates): ReadonlyMap<string, GateState> {
  if (Array.isArray(states)) return new Map((states as readonly GateState[]).map((s) => [s.gateId, s]));
  return states as ReadonlyMap<string, GateState>;
}
