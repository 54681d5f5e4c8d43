/**
 * The network forecast's compute time and memory by size: synthetic portfolios of campaigns that share one team, each
 * a chain of milestones whose tasks run on people and role pools, as the templates build them. Prints measured numbers
 * only; asserts nothing. `npx tsx bench/forecast-scale.ts`.
 */
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
  heapMb: number;
  rssMb: number;
  standardError: number;
}

function run(size: Size, fixed: boolean): Row {
  const network = portfolio(size);
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const forecast = forecastNetwork(network, { random: mulberry32(1), maxTrials: 2000, ...(fixed ? { minTrials: 2000 } : {}) });
  const ms = performance.now() - started;
  return {
    label: `${size.campaigns} × ${size.tasks} tasks, ${size.people} people`,
    activities: network.activities.length,
    mode: fixed ? '2000 fixed' : 'adaptive',
    trials: forecast.trials,
    ms,
    heapMb: (process.memoryUsage().heapUsed - before) / 2 ** 20,
    rssMb: process.resourceUsage().maxRSS / 1024,
    standardError: forecast.standardErrorDays,
  };
}

export function benchForecastScale(): string {
  const rows = SIZES.flatMap((size) => [run(size, false), run(size, true)]);
  const header = ['portfolio', 'activities', 'trials', 'mode', 'ms', 'heap Δ MB', 'max RSS MB', 'P85 SE (d)'];
  const lines = rows.map((r) => [
    r.label,
    String(r.activities),
    String(r.trials),
    r.mode,
    r.ms.toFixed(0),
    r.heapMb.toFixed(1),
    r.rssMb.toFixed(0),
    r.standardError.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const fmt = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    'Network forecast (forecastNetwork: serial SGS per trial on shared people, seed 1); resolver budget 25 000 ms:',
    fmt(header),
    ...lines.map(fmt),
    'heap Δ = heap after − before without a forced GC (what one forecast allocates, roughly); RSS is the process peak.',
  ].join('\n');
}

if (require.main === module) console.log(benchForecastScale());
