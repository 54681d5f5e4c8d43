import type { Database } from '../../db/sqlite';
import type { Route } from '../../http/types';
import { onJiraIssueEvent, type JiraIssueEvent } from '../../jira/store/issue-events';
import type { ForgeInvoker } from '../invoke';
import { EVENT_TYPE, eventPayload, isSelf, subjectOf } from './event-payloads';
import { TriggerDispatcher } from './trigger-dispatcher';
import { readTriggerModules, type TriggerModule } from './trigger-modules';
import { TriggerStore, zeroCounts, type DeliveryCounts, type DeliveryFailure, type NewDelivery } from './trigger-store';

export interface EventTriggersOptions {
  appDir: string;
  db: Database;
  invoker: ForgeInvoker;
  /** The host's public base URL, known once it listens (payloads carry `self` links). */
  baseUrl: () => string;
  /** Overrides every trigger's time limit (default: the function's `timeoutSeconds`, else 55 s). */
  timeoutMs?: number;
}

export interface TriggerSummary extends DeliveryCounts {
  moduleKey: string;
  function: string;
  events: { eventType: string; ignoreSelf: boolean; includeFields: string[] }[];
  notes: string[];
}

export interface TriggersReport extends DeliveryCounts {
  triggers: TriggerSummary[];
  /** Trigger modules the host cannot run (Forge Remote endpoints). */
  skipped: { moduleKey: string; reason: string }[];
  recentFailures: DeliveryFailure[];
}

/** The host's product-event platform: turns the emulator's Jira writes into calls of the app's `trigger` modules. */
export class EventTriggers {
  readonly store: TriggerStore;
  private readonly dispatcher: TriggerDispatcher;
  private readonly triggers: Map<string, TriggerModule>;
  private readonly skipped: { moduleKey: string; reason: string }[];
  private unsubscribe?: () => void;

  constructor(private readonly options: EventTriggersOptions) {
    this.store = new TriggerStore(options.db);
    const { triggers, skipped } = readTriggerModules(options.appDir);
    this.triggers = new Map(triggers.map((t) => [t.moduleKey, t]));
    this.skipped = skipped;
    this.dispatcher = new TriggerDispatcher({
      store: this.store,
      invoker: options.invoker,
      triggers: this.triggers,
      timeoutMs: options.timeoutMs,
    });
    // Subscribed at once, so no write served by this host is missed.
    if (this.triggers.size > 0) this.unsubscribe = onJiraIssueEvent(options.db, (e) => this.record(e));
  }

  /** Persists one delivery per subscribed trigger, synchronously (same state as the write), then delivers later. */
  private record(event: JiraIssueEvent): void {
    const eventType = EVENT_TYPE[event.kind];
    const deliveries: NewDelivery[] = [];
    for (const t of this.triggers.values()) {
      const sub = t.events.get(eventType);
      if (!sub) continue;
      const base = { moduleKey: t.moduleKey, eventType, subject: subjectOf(event) };
      if (sub.ignoreSelf && isSelf(event.actor))
        deliveries.push({ ...base, ignoredBecause: 'filter.ignoreSelf: caused by the app itself' });
      else
        deliveries.push({ ...base, payload: eventPayload(this.options.db, this.options.baseUrl(), event, t.moduleKey, sub.includeFields) });
    }
    if (deliveries.length === 0) return;
    this.store.add(deliveries, event.at);
    this.dispatcher.kick();
  }

  /** Replays what a previous run left pending or running. */
  start(): void {
    this.store.requeueInterrupted();
    if (this.store.hasPending()) this.dispatcher.kick();
  }

  /** Resolves once no delivery is pending or running. */
  settled(): Promise<void> {
    return this.dispatcher.settled();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.dispatcher.stop();
  }

  report(): TriggersReport {
    const counts = this.store.countsByModule();
    const totals = zeroCounts();
    for (const c of counts.values()) for (const k of Object.keys(totals) as (keyof DeliveryCounts)[]) totals[k] += c[k];
    return {
      ...totals,
      triggers: [...this.triggers.values()].map((t) => ({
        moduleKey: t.moduleKey,
        function: t.functionKey,
        events: [...t.events.entries()].map(([eventType, s]) => ({ eventType, ignoreSelf: s.ignoreSelf, includeFields: s.includeFields })),
        notes: t.notes,
        ...(counts.get(t.moduleKey) ?? zeroCounts()),
      })),
      skipped: this.skipped,
      recentFailures: this.store.recentFailures(),
    };
  }

  routes(): Route[] {
    return [{ method: 'GET', pattern: '/local/triggers', handler: () => ({ status: 200, body: this.report() }) }];
  }
}
