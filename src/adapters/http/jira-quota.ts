import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import {
  effectiveQuota,
  nextQuotaState,
  OK_QUOTA,
  QuotaState,
  quotaChanged,
  readQuotaHeaders,
  type QuotaHeaders,
} from '../../domain/quota/jira-quota';
import { AppError } from '../../shared/result';
import { forgeRemainingMs, SAFETY_MARGIN_MS } from './retry';

/** The installation's Jira quota state, one small value in app storage shared by all its invocations. */
export const QUOTA_KEY = 'quota:jira';
/**
 * A quota pause this short is waited out inside the invocation (a `Retry-After: 1`); a longer one refuses at once, so
 * a person reads the stored data or "try again after 15 h" instead of waiting for a resolver's 25 s to run out.
 */
export const QUOTA_WAIT_CAP_MS = 5_000;
/** Invocations whose trackers are kept (one invocation uses one; a warm runtime may run several at once). */
const MAX_TRACKERS = 64;

export interface QuotaStore {
  get(): Promise<QuotaState | undefined>;
  set(state: QuotaState): Promise<void>;
}

export interface QuotaClock {
  now(): Date;
  remainingMs(): number;
  sleep(ms: number): Promise<void>;
}

export const kvsQuotaStore: QuotaStore = {
  async get() {
    const parsed = QuotaState.safeParse(await kvs.get<unknown>(QUOTA_KEY));
    return parsed.success ? parsed.data : undefined;
  },
  async set(state) {
    await kvs.set(QUOTA_KEY, state);
  },
};

const SYSTEM_CLOCK: QuotaClock = {
  now: () => new Date(),
  remainingMs: forgeRemainingMs,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The refusal of a call the quota pause holds back: nothing was sent. */
export const quotaPaused = (resumesAt: string): AppError =>
  new AppError('TRY_AGAIN', { key: 'errors.jiraQuotaPaused', params: { resumesAt } });

export function headersOf(headers: { get(name: string): string | null }): QuotaHeaders {
  return {
    remaining: headers.get('x-ratelimit-remaining'),
    limit: headers.get('x-ratelimit-limit'),
    nearLimit: headers.get('x-ratelimit-nearlimit'),
    reset: headers.get('x-ratelimit-reset'),
    retryAfter: headers.get('retry-after'),
    reason: headers.get('ratelimit-reason'),
  };
}

/**
 * One invocation's view of the quota: the stored state read once (on first need), every Jira answer's headers
 * folded in, and the state written back only when its level or reset changes (not per call).
 */
export class QuotaTracker {
  private loaded: Promise<void> | undefined;
  /** What app storage holds, as far as this invocation knows. */
  private stored: QuotaState = OK_QUOTA;
  private state: QuotaState = OK_QUOTA;

  constructor(
    private readonly store: QuotaStore = kvsQuotaStore,
    private readonly clock: QuotaClock = SYSTEM_CLOCK,
  ) {}

  private load(): Promise<void> {
    this.loaded ??= this.store.get().then(
      (found) => {
        this.stored = found ?? OK_QUOTA;
        this.state = this.stored;
      },
      (e: unknown) => console.error('[campaign-control] could not read the Jira quota state', e),
    );
    return this.loaded;
  }

  async current(): Promise<QuotaState> {
    await this.load();
    return effectiveQuota(this.state, this.clock.now());
  }

  /** Folds one Jira answer in; writes the state when it changed. */
  async observe(status: number, headers: { get(name: string): string | null }): Promise<void> {
    await this.load();
    const now = this.clock.now();
    const next = nextQuotaState(this.state, readQuotaHeaders(status, headersOf(headers), now), now);
    this.state = next;
    if (!quotaChanged(effectiveQuota(this.stored, now), next)) return;
    this.stored = next;
    try {
      await this.store.set(next);
    } catch (e) {
      console.error('[campaign-control] could not save the Jira quota state', e);
    }
  }

  /**
   * Before a Jira call: during a quota pause, nothing is sent until the reset. A short pause is waited out when the
   * invocation has the time; a longer one refuses at once (TRY_AGAIN with the reset), so no call retries into it.
   */
  async beforeCall(): Promise<void> {
    const wait = await this.refuseLongPause();
    if (wait > 0) await this.clock.sleep(wait);
  }

  /** The pause left to wait (0 when none); throws when it is longer than a retry may wait or the invocation has left. */
  async refuseLongPause(): Promise<number> {
    const state = await this.current();
    if (state.level !== 'paused' || state.resumesAt === undefined) return 0;
    const wait = Date.parse(state.resumesAt) - this.clock.now().getTime();
    if (wait <= 0) return 0;
    if (wait > QUOTA_WAIT_CAP_MS || wait > this.clock.remainingMs() - SAFETY_MARGIN_MS) throw quotaPaused(state.resumesAt);
    return wait;
  }
}

const trackers = new Map<string, QuotaTracker>();

function invocationId(): string {
  try {
    return getAppContext().invocationId;
  } catch {
    return 'outside-forge'; // a script: one tracker for the process
  }
}

/** The tracker of the current invocation (Forge may run several invocations in one warm runtime). */
export function jiraQuota(): QuotaTracker {
  const id = invocationId();
  let tracker = trackers.get(id);
  if (!tracker) {
    tracker = new QuotaTracker();
    trackers.set(id, tracker);
    if (trackers.size > MAX_TRACKERS) trackers.delete(trackers.keys().next().value ?? id);
  }
  return tracker;
}
