/**
 * Hartmann's activity-list genetic algorithm (Hartmann 1998, "A competitive genetic algorithm for resource-constrained
 * project scheduling", Naval Research Logistics 45), with every child double-justified and the justified order written
 * back into it (the hybrid of Valls, Ballestín & Quintanilla 2008, EJOR 185; see justify.ts).
 *
 * - An individual is an activity list; its fitness is the makespan of its serial schedule (sgs.ts).
 * - The first population is the LFT, MTS and GRPW lists, the parallel LFT schedule's order, and lists drawn by
 *   regret-based biased random sampling on LFT (priority.ts).
 * - Each generation pairs the individuals at random; each pair makes two children by two-point crossover (the daughter
 *   takes the mother's list up to q1, the father's next activities in his order up to q2, then the mother's; the son the
 *   other way round), which keeps precedence. Mutation swaps neighbours that are not linked, with probability 0.05.
 * - Ranking selection: parents and children together, the best `population` distinct ones survive.
 * - Budget: every serial pass counts as a schedule (one for the child, two for its justification), as in Kolisch &
 *   Hartmann (2006). It stops early when the makespan meets the lower bound, which proves it optimal.
 * Deterministic for a given `random`.
 */
import type { Network } from './network';
import { Justifier } from './justify';
import type { Random } from './random';
import { Timeline, forwardCapacity } from './timeline';
import { serialPass } from './sgs';

export interface GeneticOptions {
  /** Serial schedules the search may generate (justification passes included). */
  readonly schedules: number;
  readonly random: Random;
  /** Stop as soon as a schedule this short is found (a lower bound). */
  readonly lowerBound: number;
  /** Initial activity lists (each must respect precedence); sampled lists fill up the population. */
  readonly seeds: readonly Int32Array[];
  /** Draws one more initial list. */
  readonly sample: () => Int32Array;
  readonly population?: number;
  readonly mutation?: number;
}

interface Individual {
  readonly list: Int32Array;
  makespan: number;
  key: string;
}

export interface GeneticResult {
  readonly starts: Int32Array;
  readonly makespan: number;
  readonly schedules: number;
}

/** Population size: ~1.2·√(individuals the budget allows), within 20..100 (Hartmann's 40 at 1,000 plain schedules). */
export const populationFor = (schedules: number): number => Math.max(20, Math.min(100, Math.round(1.2 * Math.sqrt(schedules / 3))));

class Evaluator {
  private readonly timeline: Timeline;
  private readonly justifier: Justifier;
  private readonly starts: Int32Array;
  best: Int32Array;
  bestMakespan = Number.POSITIVE_INFINITY;
  schedules = 0;

  constructor(private readonly network: Network) {
    this.timeline = new Timeline(network, forwardCapacity(network));
    this.justifier = new Justifier(network);
    this.starts = new Int32Array(network.size);
    this.best = new Int32Array(network.size);
  }

  evaluate(list: Int32Array): Individual {
    const { network, starts } = this;
    this.timeline.reset();
    let makespan = serialPass(network, list, this.timeline, network.predecessors, network.earliestStarts, starts);
    this.justifier.passes = 0;
    makespan = this.justifier.improve(starts, makespan, list);
    this.schedules += 1 + this.justifier.passes;
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.best = Int32Array.from(starts);
    }
    return { list, makespan, key: '' };
  }
}

function crossover(mother: Int32Array, father: Int32Array, q1: number, q2: number, taken: Uint8Array): Int32Array {
  const n = mother.length;
  const child = new Int32Array(n);
  taken.fill(0);
  let p = 0;
  const take = (from: Int32Array, until: number): void => {
    for (let i = 0; i < n && p < until; i += 1) {
      const j = from[i] ?? 0;
      if (taken[j] === 0) {
        taken[j] = 1;
        child[p] = j;
        p += 1;
      }
    }
  };
  take(mother, q1);
  take(father, q2);
  take(mother, n);
  return child;
}

function mutate(network: Network, list: Int32Array, rate: number, random: Random): void {
  for (let i = 0; i + 1 < list.length; i += 1) {
    if (random() >= rate) continue;
    const a = list[i] ?? 0;
    const b = list[i + 1] ?? 0;
    if (network.successors[a]?.includes(b) === true) continue;
    list[i] = b;
    list[i + 1] = a;
  }
}

/** Ranking selection: the best `size` individuals, skipping exact duplicates while there are enough others. */
function select(pool: Individual[], size: number): Individual[] {
  pool.sort((a, b) => a.makespan - b.makespan);
  const seen = new Set<string>();
  const chosen: Individual[] = [];
  const spare: Individual[] = [];
  for (const individual of pool) {
    if (individual.key === '') individual.key = individual.list.join(',');
    if (seen.has(individual.key)) spare.push(individual);
    else if (chosen.length < size) {
      seen.add(individual.key);
      chosen.push(individual);
    }
  }
  for (const individual of spare) if (chosen.length < size) chosen.push(individual);
  return chosen.sort((a, b) => a.makespan - b.makespan);
}

export function geneticSearch(network: Network, options: GeneticOptions): GeneticResult {
  const { random, lowerBound } = options;
  const size = options.population ?? populationFor(options.schedules);
  const rate = options.mutation ?? 0.05;
  const evaluator = new Evaluator(network);
  const done = (): boolean => evaluator.schedules >= options.schedules || evaluator.bestMakespan <= lowerBound;
  let population: Individual[] = [];
  for (const seed of options.seeds)
    if ((population.length === 0 || !done()) && population.length < size) population.push(evaluator.evaluate(Int32Array.from(seed)));
  while (!done() && population.length < size) population.push(evaluator.evaluate(options.sample()));
  const n = network.size;
  const taken = new Uint8Array(n);
  while (!done() && population.length >= 2) {
    const order = population.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const k = Math.floor(random() * (i + 1));
      [order[i], order[k]] = [order[k] ?? 0, order[i] ?? 0];
    }
    const children: Individual[] = [];
    for (let i = 0; i + 1 < order.length && !done(); i += 2) {
      const mother = population[order[i] ?? 0]?.list ?? new Int32Array(0);
      const father = population[order[i + 1] ?? 0]?.list ?? new Int32Array(0);
      const q1 = Math.floor(random() * (n + 1));
      const q2 = q1 + Math.floor(random() * (n + 1 - q1));
      for (const [a, b] of [
        [mother, father],
        [father, mother],
      ] as const) {
        if (done()) break;
        const child = crossover(a, b, q1, q2, taken);
        mutate(network, child, rate, random);
        children.push(evaluator.evaluate(child));
      }
    }
    population = select([...population, ...children], size);
  }
  return { starts: evaluator.best, makespan: evaluator.bestMakespan, schedules: evaluator.schedules };
}
