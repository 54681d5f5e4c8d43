/**
 * Priority rules for the schedule generation schemes, each as a value per activity where SMALLER goes FIRST
 * (rules that prefer large values are negated). The classic single-pass rules, as surveyed by Kolisch (1996,
 * "Efficient priority rules for the RCPSP", J. of Operations Management 14) and Kolisch & Hartmann (1999):
 *
 * - LFT, latest finish time: the activity whose latest finish (backward critical-path pass, resources ignored) is
 *   earliest goes first. The best-performing simple rule with the serial scheme; the engine's default.
 * - MTS, most total successors: the activity with the most direct and indirect successors goes first (it frees most).
 * - GRPW, greatest rank positional weight: the largest own duration plus the durations of its immediate successors.
 *
 * Ties go to the lower activity index, so every rule is deterministic.
 */
import type { CriticalPath } from './cpm';
import type { Network } from './network';
import type { Random } from './random';

export type PriorityRule = 'LFT' | 'MTS' | 'GRPW';

/** Number of direct and indirect successors of each activity (bitset closure in reverse topological order). */
export function totalSuccessors(network: Network): Int32Array {
  const { size, order, successors } = network;
  const words = Math.ceil(size / 32);
  const sets = new Uint32Array(size * words);
  const counts = new Int32Array(size);
  for (let p = size - 1; p >= 0; p -= 1) {
    const j = order[p] ?? 0;
    const row = j * words;
    for (const s of successors[j] ?? []) {
      sets[row + (s >>> 5)] = (sets[row + (s >>> 5)] ?? 0) | (1 << (s & 31));
      for (let w = 0; w < words; w += 1) sets[row + w] = (sets[row + w] ?? 0) | (sets[s * words + w] ?? 0);
    }
    let count = 0;
    for (let w = 0; w < words; w += 1) {
      let bits = sets[row + w] ?? 0;
      while (bits !== 0) {
        bits &= bits - 1;
        count += 1;
      }
    }
    counts[j] = count;
  }
  return counts;
}

export function priorityValues(network: Network, rule: PriorityRule, cpm: CriticalPath): Float64Array {
  switch (rule) {
    case 'LFT':
      return Float64Array.from(cpm.latestFinishes);
    case 'MTS':
      return Float64Array.from(totalSuccessors(network), (c) => -c);
    case 'GRPW':
      return Float64Array.from(network.durations, (d, j) => {
        let weight = d;
        for (const s of network.successors[j] ?? []) weight += network.durations[s] ?? 0;
        return -weight;
      });
  }
}

/** Picks one of the eligible activities (indices into `eligible`). */
type Pick = (eligible: readonly number[], priority: ArrayLike<number>) => number;

/** Builds an activity list: repeatedly takes, among the activities whose predecessors are all listed, the one `pick` chooses. */
function buildList(network: Network, priority: ArrayLike<number>, pick: Pick): Int32Array {
  const missing = Int32Array.from(network.predecessors, (p) => p.length);
  const eligible: number[] = [];
  missing.forEach((m, j) => {
    if (m === 0) eligible.push(j);
  });
  const list = new Int32Array(network.size);
  for (let p = 0; p < network.size; p += 1) {
    const at = pick(eligible, priority);
    const j = eligible[at] ?? 0;
    eligible[at] = eligible[eligible.length - 1] ?? 0;
    eligible.pop();
    list[p] = j;
    for (const s of network.successors[j] ?? []) {
      const m = (missing[s] ?? 0) - 1;
      missing[s] = m;
      if (m === 0) eligible.push(s);
    }
  }
  return list;
}

const best: Pick = (eligible, priority) => {
  let at = 0;
  for (let i = 1; i < eligible.length; i += 1) {
    const a = eligible[i] ?? 0;
    const b = eligible[at] ?? 0;
    const pa = priority[a] ?? 0;
    const pb = priority[b] ?? 0;
    if (pa < pb || (pa === pb && a < b)) at = i;
  }
  return at;
};

/** The activity list a priority rule yields (serial scheme: the eligible set is fixed by precedence alone). */
export function priorityList(network: Network, priority: ArrayLike<number>): Int32Array {
  return buildList(network, priority, best);
}

/**
 * Regret-based biased random sampling (Drexl 1991; Kolisch & Hartmann 1999), used by Hartmann's GA to seed its
 * population: each eligible activity is drawn with probability proportional to (regret + 1)^α, its regret being how much
 * better its priority is than the worst eligible one's. α = 1 as in Hartmann (1998).
 */
export function sampledList(network: Network, priority: ArrayLike<number>, random: Random, alpha = 1): Int32Array {
  const pick: Pick = (eligible, values) => {
    let worst = Number.NEGATIVE_INFINITY;
    for (const j of eligible) worst = Math.max(worst, values[j] ?? 0);
    const weights = eligible.map((j) => Math.pow(worst - (values[j] ?? 0) + 1, alpha));
    let u = random() * weights.reduce((a, w) => a + w, 0);
    for (let i = 0; i < weights.length; i += 1) {
      u -= weights[i] ?? 0;
      if (u < 0) return i;
    }
    return weights.length - 1;
  };
  return buildList(network, priority, pick);
}
