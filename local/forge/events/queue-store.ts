import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/sqlite';
import { queueSchema } from './schema';

export type EventStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface QueuedEventRow {
  id: number;
  queue: string;
  job_id: string;
  event_id: string;
  body_json: string;
  account_id: string | null;
  status: EventStatus;
  attempts: number;
  not_before: number;
  retry_reason: string | null;
  retry_data_json: string | null;
  last_error: string | null;
}

export interface NewEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
}

export interface QueueCounts {
  queue: string;
  pending: number;
  running: number;
  processed: number;
  failed: number;
  cancelled: number;
}

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

/** SQLite access for queued events; every method is one statement or one transaction. */
export class QueueStore {
  constructor(private readonly db: Database) {
    db.exec(queueSchema);
  }

  /** After a crash, events that were running are delivered again (Forge delivers at least once). */
  requeueInterrupted(): number {
    return this.db
      .prepare("UPDATE forge_queue_events SET status = 'pending', updated = ? WHERE status = 'running'")
      .run(new Date().toISOString()).changes;
  }

  push(queue: string, jobId: string, events: NewEvent[], accountId: string | undefined, now: number, msPerSecond: number): void {
    const insert = this.db.prepare(
      `INSERT INTO forge_queue_events (queue, job_id, event_id, body_json, account_id, status, attempts, not_before, created, updated)
       VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
    );
    const iso = new Date(now).toISOString();
    this.db.transaction(() => {
      for (const e of events)
        insert.run(
          queue,
          jobId,
          randomUUID(),
          JSON.stringify(e.body),
          accountId ?? null,
          now + (e.delayInSeconds ?? 0) * msPerSecond,
          iso,
          iso,
        );
    })();
  }

  /** Takes the next due event of a queue and marks it running, or says when the next one is due. */
  claimNext(queue: string, now: number): { event: QueuedEventRow } | { dueAt: number } | undefined {
    return this.db.transaction(() => {
      const next = this.db
        .prepare("SELECT * FROM forge_queue_events WHERE queue = ? AND status = 'pending' ORDER BY not_before, id LIMIT 1")
        .get(queue) as QueuedEventRow | undefined;
      if (!next) return undefined;
      if (next.not_before > now) return { dueAt: next.not_before };
      this.db
        .prepare("UPDATE forge_queue_events SET status = 'running', attempts = attempts + 1, updated = ? WHERE id = ?")
        .run(new Date(now).toISOString(), next.id);
      return { event: { ...next, status: 'running' as const, attempts: next.attempts + 1 } };
    })();
  }

  finish(id: number, status: 'succeeded' | 'failed', error?: string): void {
    this.db
      .prepare("UPDATE forge_queue_events SET status = ?, last_error = ?, updated = ? WHERE id = ? AND status = 'running'")
      .run(status, error ?? null, new Date().toISOString(), id);
  }

  scheduleRetry(id: number, at: number, reason: string, data: unknown, error: string): void {
    this.db
      .prepare(
        "UPDATE forge_queue_events SET status = 'pending', not_before = ?, retry_reason = ?, retry_data_json = ?, last_error = ?, updated = ? WHERE id = ? AND status = 'running'",
      )
      .run(at, reason, data === undefined ? null : JSON.stringify(data), error, new Date().toISOString(), id);
  }

  jobStats(jobId: string): JobStats | undefined {
    const rows = this.db.prepare('SELECT status, COUNT(*) AS n FROM forge_queue_events WHERE job_id = ? GROUP BY status').all(jobId) as {
      status: EventStatus;
      n: number;
    }[];
    if (rows.length === 0) return undefined;
    const count = (...s: EventStatus[]): number => rows.filter((r) => s.includes(r.status)).reduce((a, r) => a + r.n, 0);
    return { success: count('succeeded'), inProgress: count('pending', 'running'), failed: count('failed') };
  }

  /** Cancels the job's events that have not started; false when the job is unknown. */
  cancelJob(jobId: string): boolean {
    const known = this.db.prepare('SELECT 1 FROM forge_queue_events WHERE job_id = ? LIMIT 1').get(jobId);
    if (!known) return false;
    this.db
      .prepare("UPDATE forge_queue_events SET status = 'cancelled', updated = ? WHERE job_id = ? AND status = 'pending'")
      .run(new Date().toISOString(), jobId);
    return true;
  }

  queuesWithPending(): string[] {
    return (this.db.prepare("SELECT DISTINCT queue FROM forge_queue_events WHERE status = 'pending'").all() as { queue: string }[]).map(
      (r) => r.queue,
    );
  }

  counts(): QueueCounts[] {
    const rows = this.db
      .prepare('SELECT queue, status, COUNT(*) AS n FROM forge_queue_events GROUP BY queue, status ORDER BY queue')
      .all() as {
      queue: string;
      status: EventStatus;
      n: number;
    }[];
    const byQueue = new Map<string, QueueCounts>();
    for (const r of rows) {
      const c = byQueue.get(r.queue) ?? { queue: r.queue, pending: 0, running: 0, processed: 0, failed: 0, cancelled: 0 };
      if (r.status === 'succeeded') c.processed += r.n;
      else c[r.status] += r.n;
      byQueue.set(r.queue, c);
    }
    return [...byQueue.values()];
  }

  lastErrors(queue: string, limit = 5): { eventId: string; jobId: string; error: string }[] {
    return (
      this.db
        .prepare(
          "SELECT event_id, job_id, last_error FROM forge_queue_events WHERE queue = ? AND status = 'failed' ORDER BY id DESC LIMIT ?",
        )
        .all(queue, limit) as { event_id: string; job_id: string; last_error: string | null }[]
    ).map((r) => ({ eventId: r.event_id, jobId: r.job_id, error: r.last_error ?? '' }));
  }
}
