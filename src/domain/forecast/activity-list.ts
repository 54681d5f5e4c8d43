import { cycleComponents } from './cycles';
import type { DayGrid } from './day-grid';
import type { Activity } from './model';

/** The network with keys turned into indices, predecessors checked and cycles refused. */
export interface IndexedNetwork {
  activities: readonly Activity[];
  /** Open predecessors of each activity (done ones are in the past and constrain nothing). */
  predecessors: readonly (readonly number[])[];
  successors: readonly (readonly number[])[];
  /**
   * The order every trial schedules in: precedence-feasible, by latest finish time first (the LFT rule of
   * Kolisch 1996, the best single-pass rule for the serial scheme), computed once on expected work.
   */
  order: readonly number[];
  /** Activities on a cycle of links (Jira allows them): their links to each other are ignored, and said. */
  cycle: readonly string[];
}

/** Latest finish of each activity, in grid days: its own due date, or what its successors leave it. */
function latestFinish(
  acts: readonly Activity[],
  succ: readonly (readonly number[])[],
  topo: readonly number[],
  grid: DayGrid,
): Float64Array {
  const lf = new Float64Array(acts.length).fill(Number.POSITIVE_INFINITY);
  for (let k = topo.length - 1; k >= 0; k -= 1) {
    const i = topo[k] ?? 0;
    const a = acts[i];
    if (!a) continue;
    let value = a.dueDate ? grid.countThrough(a.dueDate) : Number.POSITIVE_INFINITY;
    for (const s of succ[i] ?? []) value = Math.min(value, (lf[s] ?? 0) - (acts[s]?.workDays ?? 0));
    lf[i] = value;
  }
  return lf;
}

/** Kahn's algorithm; `pick` chooses among the ready activities (a heap would not pay at campaign sizes). */
function topological(
  count: number,
  pred: readonly (readonly number[])[],
  succ: readonly (readonly number[])[],
  before: (a: number, b: number) => number,
): number[] {
  const waiting = pred.map((p) => p.length);
  const ready: number[] = [];
  for (let i = 0; i < count; i += 1) if (waiting[i] === 0) ready.push(i);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort(before);
    const next = ready.shift() ?? 0;
    order.push(next);
    for (const s of succ[next] ?? []) {
      const left = (waiting[s] ?? 1) - 1;
      waiting[s] = left;
      if (left === 0) ready.push(s);
    }
  }
  return order;
}

function successorsOf(predecessors: readonly (readonly number[])[]): number[][] {
  const successors: number[][] = predecessors.map(() => []);
  predecessors.forEach((ps, i) => {
    for (const p of ps) successors[p]?.push(i);
  });
  return successors;
}

export function indexNetwork(acts: readonly Activity[], grid: DayGrid): IndexedNetwork {
  const index = new Map(acts.map((a, i) => [a.key, i]));
  let predecessors = acts.map((a) =>
    a.done
      ? []
      : [...new Set(a.predecessors)].map((k) => index.get(k)).filter((i): i is number => i !== undefined && acts[i]?.done === false),
  );
  const byKey = (a: number, b: number): number => (acts[a]?.key ?? '').localeCompare(acts[b]?.key ?? '');
  let successors = successorsOf(predecessors);
  let topo = topological(acts.length, predecessors, successors, byKey);
  const cycle: string[] = [];
  if (topo.length < acts.length) {
    // Drop the links inside each cycle; links into and out of it still hold.
    const component = cycleComponents(successors);
    predecessors = predecessors.map((ps, i) => ps.filter((p) => component[p] === -1 || component[p] !== component[i]));
    for (let i = 0; i < acts.length; i += 1) if (component[i] !== -1) cycle.push(acts[i]?.key ?? '');
    successors = successorsOf(predecessors);
    topo = topological(acts.length, predecessors, successors, byKey);
  }
  const lf = latestFinish(acts, successors, topo, grid);
  const order = topological(acts.length, predecessors, successors, (a, b) => (lf[a] ?? 0) - (lf[b] ?? 0) || byKey(a, b));
  return { activities: acts, predecessors, successors, order, cycle };
}
