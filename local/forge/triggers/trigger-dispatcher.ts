import type { ForgeInvoker } from '../invoke';
import { InvokeError } from '../invoke';
import { LOCAL_CLOUD_ID, LOCAL_INSTALLATION_ID } from '../runtime';
import type { TriggerModule } from './trigger-modules';
import type { DeliveryRow, TriggerStore } from './trigger-store';

export interface TriggerDispatcherOptions {
  store: TriggerStore;
  invoker: ForgeInvoker;
  triggers: Map<string, TriggerModule>;
  /** Overrides every trigger's time limit (tests); default: the function's `timeoutSeconds`, else 55 s. */
  timeoutMs?: number;
}

/**
 * Delivers product events to the app's trigger functions after the write that caused them has answered:
 * one at a time for the app, oldest first, never retried (the platform does not retry product events).
 */
export class TriggerDispatcher {
  private running?: Promise<void>;
  private kickedWhileRunning = false;
  private stopped = false;

  constructor(private readonly options: TriggerDispatcherOptions) {}

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      // The drain may already have looked for work; make sure it looks again.
      this.kickedWhileRunning = true;
      return;
    }
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .catch((e: unknown) => console.error('[local host] trigger delivery stopped:', e))
      .finally(() => {
        this.running = undefined;
        if (this.kickedWhileRunning) {
          this.kickedWhileRunning = false;
          this.kick();
        }
      });
  }

  /** Resolves when nothing is pending or running. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.settled();
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      this.kickedWhileRunning = false;
      const next = this.options.store.claimNext();
      if (!next) return;
      await this.deliver(next);
    }
  }

  private async deliver(row: DeliveryRow): Promise<void> {
    const { store, invoker, triggers } = this.options;
    const trigger = triggers.get(row.module_key);
    if (!trigger || row.payload_json === null) {
      store.finish(row.id, 'failed', trigger ? 'the event payload was lost' : `manifest.yml no longer has the trigger '${row.module_key}'`);
      return;
    }
    try {
      await invoker.runPlainFunction({
        kind: 'trigger',
        functionKey: trigger.functionKey,
        moduleKey: trigger.moduleKey,
        // A fresh copy per delivery: one trigger cannot change what the next one receives.
        event: JSON.parse(row.payload_json) as unknown,
        context: {
          installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`,
          installation: { id: LOCAL_INSTALLATION_ID },
          license: undefined,
        },
        timeoutMs: this.options.timeoutMs ?? trigger.timeoutMs,
        limitName: "Forge's async event limit",
      });
      store.finish(row.id, 'delivered');
    } catch (e) {
      const error = e instanceof InvokeError ? `${e.code}: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      console.warn(`[local host] trigger ${trigger.moduleKey} failed on ${row.event_type} (${row.subject}): ${error}`);
      store.finish(row.id, 'failed', error);
    }
  }
}
