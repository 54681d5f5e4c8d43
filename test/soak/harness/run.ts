import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatReport, soakPassed } from './report';
import { runSoak } from './soak';

/**
 * `npm run soak` — the long crash-and-fault run (not in CI):
 *   --kills N    kill the host at least N times (default 60)
 *   --seed S     seed of the kill moments and the fault dice (default 1)
 *   --work DIR   where the host's data and the exchange log go (default .data/soak-<time>)
 *   --milestones M --tasks T   the shape of each soak campaign (default 3 milestones of 3 tasks, one gate each)
 * Prints the figures and exits 1 when anything was duplicated, missing or lost.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function intArg(name: string, fallback: number): number {
  const raw = arg(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: must be a whole number, got '${raw}'`);
  return n;
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  const workDir = resolve(arg('--work') ?? join(root, '.data', `soak-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  const report = await runSoak({
    kills: intArg('--kills', 60),
    seed: intArg('--seed', 1),
    workDir,
    shape: { milestones: intArg('--milestones', 3), tasksPerMilestone: intArg('--tasks', 3) },
    faults: { rate429: 0.06, error5xx: 0.03, latencyMs: 20, issueErrors: 0.05, retryAfterSeconds: 1, seed: intArg('--seed', 1) },
    secondKillChance: 0.25,
    opTimeoutMs: 300_000,
    log: (line) => console.log(line),
  });
  writeFileSync(join(workDir, 'report.json'), JSON.stringify(report, null, 2));
  console.log(formatReport(report));
  console.log(`\n  full report: ${join(workDir, 'report.json')}`);
  process.exitCode = soakPassed(report) ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
