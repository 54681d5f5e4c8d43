import type { IndexedNetwork } from './activity-list';
import type { DayGrid } from './day-grid';
import type { IsoDate } from '../model';
import type { PassResult } from './serial-pass';

/** A person whose load drives a milestone: work they hold before the date, over how many campaigns. */
export interface PersonDriver {
  accountId: string;
  workDays: number;
  campaigns: number;
  before: IsoDate;
}

/** The chain of binding constraints that ends at activity `end`, first activity first. */
export function bindingChain(pass: PassResult, end: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let i = end; i >= 0 && !seen.has(i); i = pass.binding[i] ?? -1) {
    seen.add(i);
    chain.push(i);
  }
  return chain.reverse();
}

/** The milestone the chain to `end` passes through last before it: what `end` is waiting for. */
export function waitsFor(network: IndexedNetwork, chain: readonly number[], end: number): number | null {
  for (let k = chain.length - 2; k >= 0; k -= 1) {
    const i = chain[k] ?? -1;
    if (i !== end && network.activities[i]?.kind === 'milestone') return i;
  }
  return null;
}

/** The people doing the chain's tasks, each with all the open work they hold (every campaign) before `before`. */
export function personDrivers(
  network: IndexedNetwork,
  pass: PassResult,
  chain: readonly number[],
  before: IsoDate,
  grid: DayGrid,
): PersonDriver[] {
  const people = new Set(chain.map((i) => pass.doer[i] ?? '').filter((who) => who !== ''));
  const limit = grid.countThrough(before);
  return [...people]
    .map((accountId) => {
      let workDays = 0;
      const campaigns = new Set<string>();
      network.activities.forEach((a, i) => {
        if (pass.doer[i] !== accountId || (pass.start[i] ?? 0) >= limit) return;
        workDays += a.workDays;
        campaigns.add(a.campaign);
      });
      return { accountId, workDays: Math.round(workDays * 10) / 10, campaigns: campaigns.size, before };
    })
    .filter((d) => d.campaigns > 0)
    .sort((a, b) => b.workDays - a.workDays || a.accountId.localeCompare(b.accountId))
    .slice(0, 3);
}
