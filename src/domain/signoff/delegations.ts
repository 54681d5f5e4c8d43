import type { IsoDate, SignOffEntry } from '../model';
import { chronological } from './round';
import type { Delegation } from './types';

/**
 * Delegations in force on `today`: an approver's latest delegation replaces their earlier ones, and holds from the
 * day it was made through `until` (inclusive). Only approvers of the gate can delegate.
 */
export function delegationsInForce(entries: readonly SignOffEntry[], approvers: readonly string[], today: IsoDate): Delegation[] {
  const latest = new Map<string, Delegation & { madeOn: string }>();
  for (const e of chronological(entries)) {
    if (e.type !== 'delegation' || !e.delegation || !approvers.includes(e.delegation.from)) continue;
    latest.set(e.delegation.from, { ...e.delegation, entryId: e.entryId, madeOn: e.at.slice(0, 10) });
  }
  return approvers.flatMap((from) => {
    const d = latest.get(from);
    return d && d.madeOn <= today && today <= d.until ? [{ from: d.from, to: d.to, until: d.until, entryId: d.entryId }] : [];
  });
}
