import type { Database } from '../../db/sqlite';
import type { Route } from '../../http/types';
import type { ForgeInvoker } from '../invoke';
import { readQueueConsumers } from './consumers';
import { EventDispatcher } from './dispatcher';
import { answerQueueApi } from './publish-api';
import { QueueStore, type QueueCounts } from './queue-store';

export interface EventQueuesOptions {
  appDir: string;
  db: Database;
  invoker: ForgeInvoker;
  /** Milliseconds per second of `retryAfter` and `delayInSeconds` (default 1000; tests shrink it). */
  msPerSecond?: number;
  /** Overrides every consumer's time limit (default: the function's `timeoutSeconds`, else 55 s). */
  consumerTimeoutMs?: number;
}

export interface QueueSummary extends QueueCounts {
  consumer: string | null;
  recentFailures: { eventId: string; jobId: string; error: string }[];
}

/** The host's @forge/events platform: answers the SDK's queue calls and runs the manifest's consumers. */
export class EventQueues {
  readonly store: QueueStore;
  private readonly dispatcher: EventDispatcher;
  private readonly consumers;

  constructor(options: EventQueuesOptions) {
    this.store = new QueueStore(options.db);
    this.consumers = readQueueConsumers(options.appDir);
    const msPerSecond = options.msPerSecond ?? 1000;
    this.dispatcher = new EventDispatcher({
      store: this.store,
      invoker: options.invoker,
      consumers: this.consumers,
      msPerSecond,
      timeoutMs: options.consumerTimeoutMs,
    });
    // Synchronous: the runtime calls stargate handlers from an async function, so a throw still becomes a rejection.
    options.invoker.setStargate((path, init, caller) => {
      const answer = answerQueueApi(this.store, path, init, { accountId: caller.accountId, now: Date.now(), msPerSecond }, (q) =>
        this.dispatcher.kick(q),
      );
      return Promise.resolve(
        answer ??
          new Response(JSON.stringify({ message: `No platform API at ${path}` }), {
            status: 404,
            headers: { 'content-type': 'application/json' },
          }),
      );
    });
  }

  /** Replays what a previous run left pending or running (at-least-once delivery). */
  start(): void {
    this.store.requeueInterrupted();
    for (const q of this.store.queuesWithPending()) this.dispatcher.kick(q);
  }

  /** Resolves once no event is being delivered (delayed and retried events may still be waiting). */
  settled(): Promise<void> {
    return this.dispatcher.settled();
  }

  stop(): Promise<void> {
    return this.dispatcher.stop();
  }

  summary(): QueueSummary[] {
    const counts = new Map(this.store.counts().map((c) => [c.queue, c]));
    for (const q of this.consumers.keys())
      if (!counts.has(q)) counts.set(q, { queue: q, pending: 0, running: 0, processed: 0, failed: 0, cancelled: 0 });
    return [...counts.values()].map((c) => ({
      ...c,
      consumer: this.consumers.get(c.queue)?.moduleKey ?? null,
      recentFailures: this.store.lastErrors(c.queue),
    }));
  }

  routes(): Route[] {
    return [{ method: 'GET', pattern: '/local/queues', handler: () => ({ status: 200, body: this.summary() }) }];
  }
}
