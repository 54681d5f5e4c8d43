/**
 * The network forecast's compute time and memory by size: synthetic portfolios of campaigns that share one team, each
 * a chain of milestones whose tasks run on people and role pools, as the templates build them. Each row runs in its own
 * child process, so its peak resident memory is that forecast's alone. Prints measured numbers only; asserts nothing.
 * `npx tsx bench/forecast-scale.ts`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { forecastNetwork, type Activity, type ScheduleNetwork } from '../src/domain/forecast';
import { mulberry32 } from '../src/domain/metrics/random';

interface Size {
  campaigns: number;
  tasks: number;
  people: number;
}

const SIZES: readonly Size[] = [
  { campaigns: 1, tasks: 50, people: 5 },
  { campaigns: 1, tasks: 500, people: 10 },
  { campaigns: 3, tasks: 1500, people: 25 },
  { campaigns: 1, tasks: 5000, people: 25 },
];
const TASKS_PER_MILESTONE = 15;
const ROLES = ['designer', 'copywriter', 'media_buyer'] as const;

/** One campaign: milestones in a chain, each closing 15 tasks that follow the previous milestone, some chained. */
function campaign(c: number, size: Size): Activity[] {
  const out: Activity[] = [];
  let previous: string | null = null;
  for (let m = 0; m * TASKS_PER_MILESTONE < size.tasks; m += 1) {
    const keys: string[] = [];
    for (let t = 0; t < TASKS_PER_MILESTONE && m * TASKS_PER_MILESTONE + t < size.tasks; t += 1) {
      const n = m * TASKS_PER_MILESTONE + t;
      const key = `C${c}-${n}`;
      const chained = t % 3 === 2 ? [`C${c}-${n - 1}`] : [];
      out.push({
        key,
        name: key,
        campaign: `C${c}`,
        kind: 'task',
        workDays: 1 + (n % 4),
        done: false,
        // Two tasks in three are assigned; the rest draw on their role's pool.
        assignee: n % 3 === 0 ? null : `p${(n * 7 + c) % size.people}`,
        role: ROLES[n % ROLES.length] ?? null,
        predecessors: [...(previous ? [previous] : []), ...chained],
        dueDate: null,
      });
      keys.push(key);
    }
    const milestone = `C${c}-M${m}`;
    out.push({
      key: milestone,
      name: milestone,
      campaign: `C${c}`,
      kind: 'milestone',
      workDays: 0,
      done: false,
      assignee: null,
      role: null,
      predecessors: keys,
      dueDate: '2027-06-30',
    });
    previous = milestone;
  }
  return out;
}

function portfolio(size: Size): ScheduleNetwork {
  const people = Array.from({ length: size.people }, (_, i) => `p${i}`);
  const pools = Object.fromEntries(ROLES.map((role, r) => [role, people.filter((_, i) => i % ROLES.length === r)]));
  return {
    activities: Array.from({ length: size.campaigns }, (_, c) => campaign(c, size)).flat(),
    people: people.map((accountId, i) => ({ accountId, availability: i % 5 === 0 ? 0.5 : 1, reserved: 0.1, timeOff: [] })),
    pools,
    calendar: 'FR',
    today: '2026-12-01',
  };
}

interface Row {
  label: string;
  activities: number;
  mode: string;
  trials: number;
  ms: number;
  /** Peak resident set size of the child process that ran only this forecast. */
  rssMb: number;
  /** The same child's RSS before the forecast (runtime, modules, the network itself). */
  baseRssMb: number;
  standardError: number;
}

function run(size: Size, fixed: boolean): Row {
  const network = portfolio(size);
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const forecast = forecastNetwork(network, { random: mulberry32(1), maxTrials: 2000, ...(fixed ? { minTrials: 2000 } : {}) });
  const ms = performance.now() - started;
  return {
    label: `${size.campaigns} × ${size.tasks} tasks, ${size.people} people`,
    activities: network.activities.length,
    mode: fixed ? '2000 fixed' : 'adaptive',
    trials: forecast.trials,
    ms,
    rssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb,
    standardError: forecast.standardErrorDays,
  };
}

/** One row in a fresh process (`--one <size index> <fixed 0|1>`), read back as JSON. */
function inChild(index: number, fixed: boolean): Row {
  const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [__filename, '--one', String(index), fixed ? '1' : '0'], { encoding: 'utf8' });
  return JSON.parse(out) as Row;
}

export function benchForecastScale(): string {
  const rows = SIZES.flatMap((_, i) => [inChild(i, false), inChild(i, true)]);
  const header = ['portfolio', 'activities', 'trials', 'mode', 'ms', 'peak RSS MB', 'RSS before MB', 'P85 SE (d)'];
  const lines = rows.map((r) => [
    r.label,
    String(r.activities),
    String(r.trials),
    r.mode,
    r.ms.toFixed(0),
    r.rssMb.toFixed(0),
    r.baseRssMb.toFixed(0),
    r.standardError.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const fmt = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    'Network forecast (forecastNetwork: serial SGS per trial on shared people, seed 1); resolver budget 25 000 ms:',
    fmt(header),
    ...lines.map(fmt),
    'Each row ran alone in a child process: peak RSS is that forecast’s process at its highest; RSS before is the same process once the network was built.',
  ].join('\n');
}

if (require.main === module) {
  const one = process.argv.indexOf('--one');
  if (one >= 0) {
    const size = SIZES[Number(process.argv[one + 1])];
    if (!size) throw new Error('--one needs a size index');
    process.stdout.write(JSON.stringify(run(size, process.argv[one + 2] === '1')));
  } else console.log(benchForecastScale());
}
