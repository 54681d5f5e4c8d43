/**
 * Small random problems with capacity profiles (time off) and earliest starts, which PSPLIB does not exercise: every
 * scheme's schedule is feasible, and the engine finds the optimum that enumerating every activity list proves.
 */
import {
  buildNetwork,
  checkSchedule,
  describeViolation,
  isActivityList,
  serialSgs,
  solve,
  solveWithRule,
  type Problem,
} from '../../../src/domain/rcpsp';
import { mulberry32, type Random } from '../../../src/domain/metrics/random';

function randomProblem(random: Random, size: number): Problem {
  const int = (max: number): number => Math.floor(random() * (max + 1));
  const resources = [0, 1].map((k) => {
    const capacity = 2 + int(3);
    const profile = random() < 0.6 ? Array.from({ length: int(8) }, () => int(capacity)) : undefined;
    return { id: `R${k + 1}`, capacity, ...(profile === undefined ? {} : { profile }) };
  });
  const activities = Array.from({ length: size }, (_, j) => ({
    id: `a${j}`,
    duration: int(4),
    demands: resources.map((r) => (random() < 0.7 ? int(r.capacity) : 0)),
    // Links only forward in index order: a random DAG.
    successors: Array.from({ length: size - j - 1 }, (_, i) => j + 1 + i).filter(() => random() < 0.25),
    ...(random() < 0.2 ? { earliestStart: int(6) } : {}),
  }));
  return { activities, resources };
}

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (const [i, head] of items.entries()) for (const rest of permutations(items.filter((_, k) => k !== i))) yield [head, ...rest];
}

/** The optimum over all activity lists: the serial scheme reaches every active schedule, so an optimal one. */
function bruteForce(problem: Problem): number {
  const network = buildNetwork(problem);
  let best = Number.POSITIVE_INFINITY;
  for (const list of permutations(problem.activities.map((_, j) => j))) {
    if (isActivityList(network, list)) best = Math.min(best, serialSgs(network, list).makespan);
  }
  return best;
}

describe('rcpsp on random small problems with time off and earliest starts', () => {
  const random = mulberry32(20240614);
  const problems = Array.from({ length: 60 }, (_, i) => randomProblem(random, 3 + (i % 4)));

  it('every scheme gives a feasible schedule', () => {
    const failures: string[] = [];
    problems.forEach((p, i) => {
      for (const s of [solve(p, { schedules: 200, seed: i }), solveWithRule(p, 'LFT'), solveWithRule(p, 'GRPW', 'parallel')]) {
        const v = checkSchedule(p, s.starts);
        if (v.length > 0) failures.push(`problem ${i}: ${v.map(describeViolation).join('; ')}`);
        if (s.makespan < s.lowerBound) failures.push(`problem ${i}: makespan ${s.makespan} below the bound ${s.lowerBound}`);
      }
    });
    expect(failures).toEqual([]);
  });

  it('the engine finds the optimum that enumeration proves', () => {
    const misses = problems
      .map((p, i) => ({ i, found: solve(p, { schedules: 500, seed: i }).makespan, optimum: bruteForce(p) }))
      .filter(({ found, optimum }) => found !== optimum);
    expect(misses).toEqual([]);
  });
});
