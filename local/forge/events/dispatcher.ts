import type { ForgeInvoker } from '../invoke';
import { InvokeError } from '../invoke';
import { LOCAL_CLOUD_ID, LOCAL_ENVIRONMENT_ID } from '../runtime';
import type { QueueConsumer } from './consumers';
import type { QueuedEventRow, QueueStore } from './queue-store';
import { MAX_RETRIES, retryRequestOf, type RetryAsk } from './retry-decision';

export interface DispatcherOptions {
  store: QueueStore;
  invoker: ForgeInvoker;
  consumers: Map<string, QueueConsumer>;
  /** Milliseconds per second of `retryAfter` / `delayInSeconds`; tests shrink it. */
  msPerSecond: number;
  /** Overrides every consumer's time limit (tests). */
  timeoutMs?: number;
}

/** Delivers queued events to their consumer: after the push returns, one at a time per queue, with retries. */
export class EventDispatcher {
  private readonly busy = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Queues kicked while already delivering: a push can land after the drain's last look and before it ends. */
  private readonly kickedWhileBusy = new Set<string>();
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {}

  /** Starts delivering a queue's due events, unless it is already doing so. */
  kick(queue: string): void {
    if (this.stopped || !this.options.consumers.has(queue)) return;
    if (this.busy.has(queue)) {
      this.kickedWhileBusy.add(queue);
      return;
    }
    const timer = this.timers.get(queue);
    if (timer) clearTimeout(timer);
    this.timers.delete(queue);
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain(queue))
      .catch((e: unknown) => console.error(`[local host] queue ${queue} stopped:`, e))
      .finally(() => {
        this.busy.delete(queue);
        if (this.kickedWhileBusy.delete(queue)) this.kick(queue);
      });
    this.busy.set(queue, run);
  }

  /** Resolves when no queue is delivering right now (delayed events may still be waiting). */
  async settled(): Promise<void> {
    while (this.busy.size > 0) await Promise.all([...this.busy.values()]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await this.settled();
  }

  private async drain(queue: string): Promise<void> {
    const consumer = this.options.consumers.get(queue);
    if (!consumer) return;
    while (!this.stopped) {
      const next = this.options.store.claimNext(queue, Date.now());
      if (!next) return;
      if ('dueAt' in next) {
        this.wakeAt(queue, next.dueAt);
        return;
      }
      await this.deliver(consumer, next.event);
    }
  }

  private wakeAt(queue: string, dueAt: number): void {
    const timer = setTimeout(
      () => {
        this.timers.delete(queue);
        this.kick(queue);
      },
      Math.max(0, dueAt - Date.now()),
    );
    timer.unref();
    this.timers.set(queue, timer);
  }

  private async deliver(consumer: QueueConsumer, event: QueuedEventRow): Promise<void> {
    const { store, invoker } = this.options;
    const retryCount = event.attempts - 1;
    const retryContext =
      retryCount > 0
        ? {
            retryCount,
            retryReason: event.retry_reason ?? 'FUNCTION_RETRY_REQUEST',
            retryData: event.retry_data_json ? (JSON.parse(event.retry_data_json) as unknown) : undefined,
          }
        : undefined;
    const context = {
      cloudId: LOCAL_CLOUD_ID,
      environmentId: LOCAL_ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      moduleKey: consumer.moduleKey,
      ...(retryContext ? { retryContext } : {}),
    };
    let retry: RetryAsk | undefined;
    let error: string | undefined;
    try {
      const common = {
        functionKey: consumer.functionKey,
        moduleKey: consumer.moduleKey,
        timeoutMs: this.options.timeoutMs ?? consumer.timeoutMs,
        limitName: "Forge's async event limit",
        kind: 'consumer' as const,
      };
      const body = JSON.parse(event.body_json) as unknown;
      const result =
        consumer.method === null
          ? // @forge/events 2+: the function gets the AsyncEvent; the retry context rides on it, not on the context.
            await invoker.runPlainFunction({
              ...common,
              accountId: event.account_id ?? undefined,
              event: {
                body,
                queueName: consumer.queue,
                jobId: event.job_id,
                eventId: event.event_id,
                ...(retryContext ? { retryContext } : {}),
              },
              context: { ...context, ...(event.account_id ? { principal: { accountId: event.account_id } } : {}) },
            })
          : await invoker.runFunction({
              ...common,
              accountId: event.account_id ?? undefined,
              call: { functionKey: consumer.method, payload: body, jobId: event.job_id },
              context,
            });
      retry = retryRequestOf(result);
      if (retry) error = `retry requested (${retry.reason})`;
    } catch (e) {
      retry = retryRequestOf(e);
      if (e instanceof InvokeError && e.code === 'FUNCTION_TIMEOUT')
        retry = { retryAfterS: 1, reason: 'FUNCTION_TIME_OUT', data: undefined };
      error =
        e instanceof Error
          ? `${e instanceof InvokeError ? e.code : e.name}: ${e.message}`
          : retry
            ? `retry requested (${retry.reason})`
            : String(e);
    }
    if (!error) store.finish(event.id, 'succeeded');
    else if (retry && retryCount < MAX_RETRIES)
      store.scheduleRetry(event.id, Date.now() + retry.retryAfterS * this.options.msPerSecond, retry.reason, retry.data, error);
    else store.finish(event.id, 'failed', retry ? `${error}; gave up after ${MAX_RETRIES} retries` : error);
  }
}
