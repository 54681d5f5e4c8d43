import { pointIdentity, spendIdentity, type KpiPoint, type SpendPoint } from './points';

/**
 * Merges layers of points (oldest layer first) into one series per identity: a point replayed with the same
 * identity is kept once, and a later layer's point replaces an earlier one (a re-imported report corrects the
 * previous one). The result is in time order whatever order the points arrived in.
 */
export function mergeKpiPoints(layers: readonly (readonly KpiPoint[])[]): KpiPoint[] {
  const byIdentity = new Map<string, KpiPoint>();
  for (const layer of layers) for (const p of layer) byIdentity.set(pointIdentity(p), p);
  return [...byIdentity.values()].sort((a, b) => compare(a.at, b.at) || compare(a.kpiId, b.kpiId) || compare(a.source, b.source));
}

/** Same as mergeKpiPoints for channel spend: one amount per (channel, source, day), later layers win. */
export function mergeSpendPoints(layers: readonly (readonly SpendPoint[])[]): SpendPoint[] {
  const byIdentity = new Map<string, SpendPoint>();
  for (const layer of layers) for (const p of layer) byIdentity.set(spendIdentity(p), p);
  return [...byIdentity.values()].sort((a, b) => compare(a.date, b.date) || compare(a.channel, b.channel) || compare(a.source, b.source));
}

export type PushOutcome = 'new' | 'duplicate' | 'conflict';

/**
 * What a pushed point is, given what is stored under its identity: new, a replay of the same value (stored once,
 * answered as success), or a different value for a moment already recorded (refused: nothing is overwritten).
 */
export function classifyPush(stored: KpiPoint | undefined, incoming: KpiPoint): PushOutcome {
  if (!stored) return 'new';
  return stored.value === incoming.value ? 'duplicate' : 'conflict';
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
