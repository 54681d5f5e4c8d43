import type { Database } from '../../db/sqlite';
import { triggerSchema } from './trigger-schema';

export type DeliveryStatus = 'pending' | 'running' | 'delivered' | 'failed' | 'ignored';

export interface DeliveryRow {
  id: number;
  module_key: string;
  event_type: string;
  subject: string;
  payload_json: string | null;
  status: DeliveryStatus;
  detail: string | null;
  created: string;
  finished: string | null;
}

export interface NewDelivery {
  moduleKey: string;
  eventType: string;
  /** The issue key or link id the event is about, for people reading the failures. */
  subject: string;
  /** Undefined when the delivery is filtered out (recorded as ignored, with `ignoredBecause`). */
  payload?: unknown;
  ignoredBecause?: string;
}

export type DeliveryCounts = Record<DeliveryStatus, number>;

export interface DeliveryFailure {
  deliveryId: number;
  moduleKey: string;
  eventType: string;
  subject: string;
  error: string;
  at: string | null;
}

const zeroCounts = (): DeliveryCounts => ({ pending: 0, running: 0, delivered: 0, failed: 0, ignored: 0 });

/** SQLite access for trigger deliveries; every method is one statement or one transaction. */
export class TriggerStore {
  constructor(private readonly db: Database) {
    db.exec(triggerSchema);
  }

  add(deliveries: NewDelivery[], now: string): void {
    const insert = this.db.prepare(
      'INSERT INTO forge_trigger_deliveries (module_key, event_type, subject, payload_json, status, detail, created, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const d of deliveries) {
        const ignored = d.payload === undefined;
        insert.run(
          d.moduleKey,
          d.eventType,
          d.subject,
          ignored ? null : JSON.stringify(d.payload),
          ignored ? 'ignored' : 'pending',
          d.ignoredBecause ?? null,
          now,
          ignored ? now : null,
        );
      }
    })();
  }

  /** After a crash, a delivery that was running is delivered again (at least once). */
  requeueInterrupted(): number {
    return this.db.prepare("UPDATE forge_trigger_deliveries SET status = 'pending' WHERE status = 'running'").run().changes;
  }

  /** The oldest pending delivery, marked running: the app's triggers run one at a time, in order. */
  claimNext(): DeliveryRow | undefined {
    return this.db.transaction(() => {
      const row = this.db.prepare("SELECT * FROM forge_trigger_deliveries WHERE status = 'pending' ORDER BY id LIMIT 1").get() as
        DeliveryRow | undefined;
      if (row) this.db.prepare("UPDATE forge_trigger_deliveries SET status = 'running' WHERE id = ?").run(row.id);
      return row ? { ...row, status: 'running' as const } : undefined;
    })();
  }

  finish(id: number, status: 'delivered' | 'failed', detail?: string): void {
    this.db
      .prepare(
        "UPDATE forge_trigger_deliveries SET status = ?, detail = ?, payload_json = NULL, finished = ? WHERE id = ? AND status = 'running'",
      )
      .run(status, detail ?? null, new Date().toISOString(), id);
  }

  hasPending(): boolean {
    return this.db.prepare("SELECT 1 FROM forge_trigger_deliveries WHERE status = 'pending' LIMIT 1").get() !== undefined;
  }

  countsByModule(): Map<string, DeliveryCounts> {
    const rows = this.db
      .prepare('SELECT module_key, status, COUNT(*) AS n FROM forge_trigger_deliveries GROUP BY module_key, status')
      .all() as {
      module_key: string;
      status: DeliveryStatus;
      n: number;
    }[];
    const out = new Map<string, DeliveryCounts>();
    for (const r of rows) {
      const c = out.get(r.module_key) ?? zeroCounts();
      c[r.status] += r.n;
      out.set(r.module_key, c);
    }
    return out;
  }

  recentFailures(limit = 10): DeliveryFailure[] {
    const rows = this.db
      .prepare(
        "SELECT id, module_key, event_type, subject, detail, finished FROM forge_trigger_deliveries WHERE status = 'failed' ORDER BY id DESC LIMIT ?",
      )
      .all(limit) as {
      id: number;
      module_key: string;
      event_type: string;
      subject: string;
      detail: string | null;
      finished: string | null;
    }[];
    return rows.map((r) => ({
      deliveryId: r.id,
      moduleKey: r.module_key,
      eventType: r.event_type,
      subject: r.subject,
      error: r.detail ?? '',
      at: r.finished,
    }));
  }
}

export { zeroCounts };
