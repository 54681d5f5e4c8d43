import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { mulberry32, type Random } from '../../../src/domain/metrics/random';
import type { FaultConfig } from '../../../local/server/faults';
import { callFigures, type CallFigures } from './call-figures';
import { SoakClient } from './client';
import { CrashableHost } from './crashable-host';
import { createThroughKills, type CreationOutcome } from './creation-op';
import { readExchangeLog } from '../../../local/server/exchange-log';
import { HostProcess } from './host-process';
import { signOffThroughKills, type BurstOutcome, type PlannedDecision } from './signoff-burst';
import { SOAK_APPROVERS, soakPlan, type SoakPlanShape } from './soak-plan';
import { checkConsistency, type Consistency } from './verify';

export interface SoakOptions {
  /** Kill the host at least this many times (about half during creation, half during sign-off bursts). */
  kills: number;
  seed: number;
  /** Holds the host's data dir and the exchange log. */
  workDir: string;
  shape: SoakPlanShape;
  /** Faults switched on for the whole faulty phase (every restart included). */
  faults: Partial<FaultConfig>;
  /** Chance that an operation is killed a second time, during its re-run. */
  secondKillChance: number;
  /** An operation still unfinished after this long is reported stuck. */
  opTimeoutMs: number;
  log: (line: string) => void;
}

export interface CampaignRun {
  creation: CreationOutcome;
  burst?: BurstOutcome;
}

export interface SoakReport {
  options: Omit<SoakOptions, 'log'>;
  wallMs: number;
  baseline: { campaign: CampaignRun; calls: CallFigures };
  faulty: { campaigns: CampaignRun[]; calls: CallFigures; ms: number };
  kills: { creation: number; signoff: number; total: number; hostStarts: number };
  operations: {
    creations: number;
    decisions: number;
    resolverCalls: number;
    reruns: number;
    lostAnswers: number;
    tryAgain: number;
    alreadyRecorded: number;
  };
  /** App calls the faulty phase made beyond what the same workload cost without faults or kills (measured in this run). */
  extraCalls: number;
  consistency: Consistency;
  queueFailures: number;
  triggerFailures: number;
  errors: string[];
}

/** Forge's resolver limit (the host's default). */
const RESOLVER_LIMIT_MS = 25_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

interface QueueSummary {
  queue: string;
  pending: number;
  running: number;
  failed: number;
}
interface TriggerCounts {
  pending: number;
  running: number;
  failed: number;
}

/** Waits until no trigger delivery and no queue event is pending or running, so a campaign's calls stay in its window. */
async function settle(host: CrashableHost, client: SoakClient, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    await host.whenUp();
    try {
      const [triggers, queues] = await Promise.all([
        client.local<TriggerCounts>('GET', '/local/triggers'),
        client.local<QueueSummary[]>('GET', '/local/queues'),
      ]);
      if (triggers.pending === 0 && triggers.running === 0 && queues.every((q) => q.running === 0 && q.pending === 0)) return;
    } catch {
      // the host is restarting
    }
    await sleep(100);
  }
}

/** Kill moments for one operation: the first within its expected duration, sometimes a second during the re-run. */
function killDelays(random: Random, expectedMs: number, budget: number, secondChance: number): number[] {
  if (budget <= 0) return [];
  const delay = (): number => Math.round((0.05 + 0.95 * random()) * expectedMs);
  const delays = [delay()];
  if (budget > 1 && random() < secondChance) delays.push(delay());
  return delays;
}

function decisionsOf(run: CreationOutcome, label: string): PlannedDecision[] {
  return run.plan.gates
    .flatMap((gate) =>
      SOAK_APPROVERS.map((a) => ({
        issueKey: run.issueKeys[gate.milestoneRowId] ?? '',
        gateId: gate.gateId,
        approverAccountId: a.accountId,
        comment: `soak ${label} ${gate.gateId} ${a.email}`,
      })),
    )
    .filter((d) => d.issueKey !== '');
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const { log } = options;
  const workDir = resolve(options.workDir);
  mkdirSync(workDir, { recursive: true });
  const exchangeLog = join(workDir, 'exchanges.jsonl');
  const root = resolve(__dirname, '..', '..', '..');
  const port = await freePort();
  const proc = new HostProcess({ root, port, dataDir: join(workDir, 'data'), exchangeLog });
  const client = new SoakClient(() => proc.baseUrl);
  const host = new CrashableHost(proc, client);
  const random = mulberry32(options.seed);
  const runId = `${options.seed}-${Date.now().toString(36)}`;
  const errors: string[] = [];

  log(`host: ${proc.baseUrl}, data and exchange log in ${workDir}`);
  await host.boot();
  await settle(host, client);

  const runCampaign = async (n: number, creationKills: number[], burstKills: number[]): Promise<CampaignRun> => {
    const label = `soak-${runId}-${n}`;
    const creation = await createThroughKills(host, client, label, soakPlan(label, options.shape), creationKills, options.opTimeoutMs);
    errors.push(...creation.errors.map((e) => `${label}: ${e}`));
    if (creation.state !== 'done') return { creation };
    await settle(host, client);
    const burst = await signOffThroughKills(host, client, decisionsOf(creation, label), burstKills, options.opTimeoutMs);
    errors.push(...burst.errors.map((e) => `${label}: ${e}`));
    await settle(host, client);
    return { creation, burst };
  };

  // 1. The same workload once without faults or kills: what it costs when nothing goes wrong.
  const baseStart = Date.now();
  const baseline = await runCampaign(0, [], []);
  const baseEnd = Date.now();
  log(`baseline campaign: creation ${baseline.creation.ms} ms, sign-off burst ${baseline.burst?.ms ?? 0} ms`);

  // 2. Faults on, and kills during creation and during sign-off bursts until the count is reached.
  await host.setFaults(options.faults);
  const faultyStart = Date.now();
  const campaigns: CampaignRun[] = [];
  let expectCreate = Math.max(1_500, baseline.creation.ms * 3);
  let expectBurst = Math.max(1_000, (baseline.burst?.ms ?? 1_000) * 3);
  for (let n = 1; host.totalKills < options.kills; n++) {
    const left = options.kills - host.totalKills;
    const creationKills = killDelays(random, expectCreate, Math.ceil(left / 2), options.secondKillChance);
    const burstKills = killDelays(random, expectBurst, left - creationKills.length, options.secondKillChance);
    const run = await runCampaign(n, creationKills, burstKills);
    campaigns.push(run);
    // The next kills fall within what operations take under faults (their time without the kills' restarts is unknown, so a bit less).
    if (run.creation.killsFired === 0) expectCreate = (expectCreate + run.creation.ms) / 2;
    if (run.burst && run.burst.killsFired === 0) expectBurst = (expectBurst + run.burst.ms) / 2;
    log(
      `campaign ${n}: creation ${run.creation.state} in ${run.creation.ms} ms (${run.creation.killsFired} kill(s)), ` +
        `sign-off ${run.burst ? `${run.burst.acked.length + run.burst.alreadyRecorded.length}/${run.burst.decisions.length} in ${run.burst.ms} ms (${run.burst.killsFired} kill(s))` : 'skipped'}; kills so far ${host.totalKills}`,
    );
    if (n > options.kills * 4) {
      errors.push(`stopped after ${n} campaigns: the kills kept missing their operations`);
      break;
    }
  }
  const faultyEnd = Date.now();

  // 3. Faults off; check everything that was created and decided. A decision killed before its comment was posted
  //    owes it until the killed invocation's deadline (Forge's 25 s) has passed: only then may the repair job post it.
  await host.setFaults({});
  const owedUntil = host.lastKillAt.signoff + RESOLVER_LIMIT_MS + 2_000;
  if (owedUntil > Date.now()) {
    log(`waiting ${Math.ceil((owedUntil - Date.now()) / 1000)} s for the last killed decision's invocation deadline`);
    await sleep(owedUntil - Date.now());
  }
  await settle(host, client);
  const consistency = await checkConsistency(client, [baseline, ...campaigns]);
  const queues = await client.local<QueueSummary[]>('GET', '/local/queues');
  const triggers = await client.local<TriggerCounts>('GET', '/local/triggers');
  await proc.stop();

  const lines = readExchangeLog(exchangeLog);
  const baseCalls = callFigures(lines, baseStart, baseEnd);
  const faultyCalls = callFigures(lines, faultyStart, faultyEnd);
  const all = [baseline, ...campaigns];
  const bursts = all.flatMap((c) => (c.burst ? [c.burst] : []));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    options: {
      kills: options.kills,
      seed: options.seed,
      workDir,
      shape: options.shape,
      faults: options.faults,
      secondKillChance: options.secondKillChance,
      opTimeoutMs: options.opTimeoutMs,
    },
    wallMs: Date.now() - started,
    baseline: { campaign: baseline, calls: baseCalls },
    faulty: { campaigns, calls: faultyCalls, ms: faultyEnd - faultyStart },
    kills: { ...host.kills, total: host.totalKills, hostStarts: proc.starts },
    operations: {
      creations: all.length,
      decisions: sum(bursts.map((b) => b.decisions.length)),
      resolverCalls: client.invocations,
      reruns: sum(all.map((c) => c.creation.reruns)),
      lostAnswers: sum(all.map((c) => c.creation.lostAnswers)) + sum(bursts.map((b) => b.lostAnswers)),
      tryAgain: sum(all.map((c) => c.creation.tryAgain)) + sum(bursts.map((b) => b.tryAgain)),
      alreadyRecorded: sum(bursts.map((b) => b.alreadyRecorded.length)),
    },
    extraCalls: faultyCalls.calls - campaigns.length * baseCalls.calls,
    consistency,
    queueFailures: sum(queues.map((q) => q.failed)),
    triggerFailures: triggers.failed,
    errors,
  };
}
