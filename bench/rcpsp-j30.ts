/**
 * The schedule engine on PSPLIB j30 (480 instances, 30 activities, 4 renewable resources; read from BENCHMARKS_DIR,
 * default ../shared/benchmarks): deviation from the proven optimum and from the critical-path lower bound, share solved
 * optimally, time per instance. Every schedule is checked feasible. Prints measured numbers only; asserts nothing.
 *
 *   npx tsx bench/rcpsp-j30.ts            (RCPSP_SCHEDULES=5000 sets the engine's budget, RCPSP_SEED=1 its seed)
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkSchedule,
  parseOptima,
  parsePsplib,
  solve,
  solveWithRule,
  DEFAULT_SCHEDULES,
  type Problem,
  type Solution,
} from '../src/domain/rcpsp';
import { benchmarkPath } from '../test/support/benchmarks-dir';

interface Method {
  readonly name: string;
  readonly run: (problem: Problem) => Solution;
}

interface Tally {
  deviation: number;
  worst: number;
  fromBound: number;
  optimal: number;
  infeasible: number;
  totalMs: number;
  maxMs: number;
}

const percent = (x: number): string => `${(100 * x).toFixed(2)} %`;

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

export async function benchRcpsp(): Promise<string> {
  const dir = benchmarkPath('psplib-j30');
  const optima = parseOptima(await readFile(join(dir, 'optimum.csv'), 'utf8'));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sm')).sort();
  const problems = await Promise.all(files.map(async (file) => ({ file, problem: parsePsplib(await readFile(join(dir, file), 'utf8')) })));
  const schedules = Number(process.env.RCPSP_SCHEDULES ?? DEFAULT_SCHEDULES);
  const seed = Number(process.env.RCPSP_SEED ?? 1);
  const methods: Method[] = [
    { name: 'serial SGS + LFT, single pass (floor)', run: (p) => solveWithRule(p, 'LFT') },
    { name: 'parallel SGS + LFT, single pass', run: (p) => solveWithRule(p, 'LFT', 'parallel') },
    { name: `engine: GA + justification, ${schedules} schedules`, run: (p) => solve(p, { schedules, seed }) },
  ];
  const tallies = methods.map((method): Tally => {
    const t: Tally = { deviation: 0, worst: 0, fromBound: 0, optimal: 0, infeasible: 0, totalMs: 0, maxMs: 0 };
    for (const { file, problem } of problems) {
      const optimum = optima.get(file);
      if (optimum === undefined) throw new Error(`${file}: no optimum in optimum.csv`);
      const started = performance.now();
      const s = method.run(problem);
      const ms = performance.now() - started;
      if (checkSchedule(problem, s.starts).length > 0) t.infeasible += 1;
      const deviation = (s.makespan - optimum) / optimum;
      t.deviation += deviation;
      t.worst = Math.max(t.worst, deviation);
      t.fromBound += (s.makespan - s.criticalPathLength) / s.criticalPathLength;
      t.optimal += s.makespan === optimum ? 1 : 0;
      t.totalMs += ms;
      t.maxMs = Math.max(t.maxMs, ms);
    }
    return t;
  });
  const n = problems.length;
  const header = ['method', 'mean dev opt', 'worst dev opt', 'mean dev CP-LB', 'optimal', 'infeasible', 'mean ms', 'max ms'];
  const lines = tallies.map((t, i) => [
    methods[i]?.name ?? '',
    percent(t.deviation / n),
    percent(t.worst),
    percent(t.fromBound / n),
    `${t.optimal}/${n} (${((100 * t.optimal) / n).toFixed(1)} %)`,
    String(t.infeasible),
    (t.totalMs / n).toFixed(2),
    t.maxMs.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  return [
    `PSPLIB j30: ${n} instances from ${dir} (seed ${seed}, one process, wall time per instance)`,
    row(header, widths),
    ...lines.map((l) => row(l, widths)),
  ].join('\n');
}

if (require.main === module) {
  benchRcpsp().then(
    (table) => console.log(table),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
