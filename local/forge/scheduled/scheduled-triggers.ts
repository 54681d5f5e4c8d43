import { randomUUID } from 'node:crypto';
import { HttpError, type Route } from '../../http/types';
import type { ForgeInvoker } from '../invoke';
import { LOCAL_CLOUD_ID, LOCAL_INSTALLATION_ID } from '../runtime';
import { outcomeOfReturn, outcomeOfThrow, type RunOutcome } from './run-outcome';
import { INTERVAL_MS, readScheduledModules, type ScheduledInterval, type ScheduledModule } from './scheduled-modules';
import { pathParam } from '../../http/path-param';

export interface ScheduledTriggersOptions {
  appDir: string;
  invoker: ForgeInvoker;
  /** Overrides the period of an interval, e.g. `{day: 200}` in tests (default: the real 5 min / 1 h / 24 h / 7 days). */
  intervalMs?: Partial<Record<ScheduledInterval, number>>;
  /** Overrides every scheduled function's time limit (default: the function's `timeoutSeconds`, else 55 s). */
  timeoutMs?: number;
  /** False = no timers, runs only on demand (POST /local/scheduled/{moduleKey}/run). Default true. */
  timers?: boolean;
}

export interface ScheduledRun extends RunOutcome {
  runId: string;
  moduleKey: string;
  function: string;
  cause: 'schedule' | 'manual';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
}

export interface ScheduledSummary {
  moduleKey: string;
  function: string;
  interval: ScheduledInterval;
  everyMs: number;
  /** When the timer fires next; null without timers. */
  nextRunAt: string | null;
  running: number;
  succeeded: number;
  failed: number;
  /** Timer ticks skipped because the previous scheduled run of this module had not finished. */
  skippedWhileRunning: number;
  lastRun: ScheduledRun | null;
  notes: string[];
}

export interface ScheduledReport {
  triggers: ScheduledSummary[];
  /** Modules the host cannot run (Forge Remote endpoints). */
  skipped: { moduleKey: string; reason: string }[];
  /** The latest runs of every module, newest first. */
  recentRuns: ScheduledRun[];
}

const RECENT_RUNS = 50;

interface ModuleState {
  module: ScheduledModule;
  everyMs: number;
  timer?: NodeJS.Timeout;
  nextRunAt: number | null;
  running: number;
  scheduledRunning: boolean;
  succeeded: number;
  failed: number;
  skippedWhileRunning: number;
  lastRun: ScheduledRun | null;
}

/** The host's scheduler: runs the app's `scheduledTrigger` functions at their interval and on demand. */
export class ScheduledTriggers {
  private readonly states = new Map<string, ModuleState>();
  private readonly skipped: { moduleKey: string; reason: string }[];
  private readonly recent: ScheduledRun[] = [];
  private readonly inFlight = new Set<Promise<ScheduledRun>>();
  private stopped = false;

  constructor(private readonly options: ScheduledTriggersOptions) {
    const { modules, skipped } = readScheduledModules(options.appDir);
    this.skipped = skipped;
    for (const module of modules) {
      const everyMs = options.intervalMs?.[module.interval] ?? INTERVAL_MS[module.interval];
      this.states.set(module.moduleKey, {
        module,
        everyMs,
        nextRunAt: null,
        running: 0,
        scheduledRunning: false,
        succeeded: 0,
        failed: 0,
        skippedWhileRunning: 0,
        lastRun: null,
      });
    }
  }

  /** Starts the timers: the first run comes one interval after start, like a fresh deployment's schedule. */
  start(): void {
    if (this.options.timers === false) return;
    for (const state of this.states.values()) {
      state.nextRunAt = Date.now() + state.everyMs;
      state.timer = setInterval(() => this.tick(state), state.everyMs);
      // The schedule must never keep a process (a test, a script) alive on its own.
      state.timer.unref();
    }
  }

  private tick(state: ModuleState): void {
    state.nextRunAt = Date.now() + state.everyMs;
    if (this.stopped) return;
    if (state.scheduledRunning) {
      state.skippedWhileRunning += 1;
      return;
    }
    state.scheduledRunning = true;
    void this.launch(state, 'schedule').finally(() => {
      state.scheduledRunning = false;
    });
  }

  /** Runs a module now and resolves with the finished run (its failure is in the run, never thrown). */
  run(moduleKey: string): Promise<ScheduledRun> {
    const state = this.states.get(moduleKey);
    if (!state) throw new UnknownScheduledTrigger(moduleKey, [...this.states.keys()]);
    return this.launch(state, 'manual');
  }

  private launch(state: ModuleState, cause: ScheduledRun['cause']): Promise<ScheduledRun> {
    const promise = this.execute(state, cause);
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
    return promise;
  }

  private async execute(state: ModuleState, cause: ScheduledRun['cause']): Promise<ScheduledRun> {
    const { module } = state;
    const runId = randomUUID();
    const started = Date.now();
    state.running += 1;
    let outcome: RunOutcome;
    try {
      const returned = await this.options.invoker.runPlainFunction({
        kind: 'scheduled',
        functionKey: module.functionKey,
        moduleKey: module.moduleKey,
        // The documented request: `{context: {cloudId, moduleKey}, contextToken}`; the token means nothing to the app.
        event: { context: { cloudId: LOCAL_CLOUD_ID, moduleKey: module.moduleKey }, contextToken: `local-scheduled.${runId}` },
        context: {
          installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`,
          installation: { id: LOCAL_INSTALLATION_ID },
          license: undefined,
        },
        timeoutMs: this.options.timeoutMs ?? module.timeoutMs,
        limitName: "Forge's async function limit",
      });
      outcome = outcomeOfReturn(returned);
    } catch (e) {
      outcome = outcomeOfThrow(e);
    } finally {
      state.running -= 1;
    }
    const finished = Date.now();
    const run: ScheduledRun = {
      runId,
      moduleKey: module.moduleKey,
      function: module.functionKey,
      cause,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - started,
      ...outcome,
    };
    if (run.outcome === 'succeeded') state.succeeded += 1;
    else {
      state.failed += 1;
      console.warn(`[local host] scheduled trigger ${module.moduleKey} failed: ${run.error ?? run.statusCode}`);
    }
    state.lastRun = run;
    this.recent.unshift(run);
    this.recent.splice(RECENT_RUNS);
    return run;
  }

  /** Stops the timers and waits for the runs under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const state of this.states.values()) {
      clearInterval(state.timer);
      state.nextRunAt = null;
    }
    await Promise.allSettled([...this.inFlight]);
  }

  report(): ScheduledReport {
    return {
      triggers: [...this.states.values()].map((s) => ({
        moduleKey: s.module.moduleKey,
        function: s.module.functionKey,
        interval: s.module.interval,
        everyMs: s.everyMs,
        nextRunAt: s.nextRunAt === null ? null : new Date(s.nextRunAt).toISOString(),
        running: s.running,
        succeeded: s.succeeded,
        failed: s.failed,
        skippedWhileRunning: s.skippedWhileRunning,
        lastRun: s.lastRun,
        notes: s.module.notes,
      })),
      skipped: this.skipped,
      recentRuns: [...this.recent],
    };
  }

  routes(): Route[] {
    return [
      { method: 'GET', pattern: '/local/scheduled', handler: () => ({ status: 200, body: this.report() }) },
      {
        method: 'POST',
        pattern: '/local/scheduled/{moduleKey}/run',
        handler: async (req) => {
          try {
            return { status: 200, body: { run: await this.run(pathParam(req, 'moduleKey')) } };
          } catch (e) {
            if (e instanceof UnknownScheduledTrigger)
              throw new HttpError(404, { ok: false, error: { code: 'MODULE_NOT_FOUND', message: e.message } });
            throw e;
          }
        },
      },
    ];
  }
}

export class UnknownScheduledTrigger extends Error {
  constructor(moduleKey: string, known: string[]) {
    super(
      `moduleKey: manifest.yml has no scheduledTrigger '${moduleKey}' run by a function${known.length ? ` (known: ${known.join(', ')})` : ''}`,
    );
  }
}
