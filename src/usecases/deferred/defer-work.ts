import { effectiveQuota } from '../../domain/quota/jira-quota';
import { wakeDelaySeconds, type DeferredKind } from '../../domain/quota/deferred-work';
import type { DeferredRunners, DeferredWorkPorts } from '../ports/deferred-work';

/**
 * Work that can wait (reminders…) is deferred while Jira's hourly quota is nearly spent or paused: it is saved in
 * app storage first (nothing is lost if the wake-up cannot be queued: the next drain finds it), then a drain is queued
 * for after the reset. Answers when it runs (`until`), or undefined when the quota is fine and the caller runs it now.
 */
export async function deferWhenQuotaShort(
  work: { kind: DeferredKind; id: string },
  ports: DeferredWorkPorts,
): Promise<{ until: string } | undefined> {
  const now = ports.clock.now();
  const quota = effectiveQuota(await ports.quota.current(), now);
  if (quota.level === 'ok' || quota.resumesAt === undefined) return undefined;
  await ports.store.save({ ...work, deferredAt: now.toISOString(), until: quota.resumesAt, attempts: 0 });
  await ports.wake.wake(wakeDelaySeconds(new Date(quota.resumesAt), now));
  return { until: quota.resumesAt };
}

export interface DrainOutcome {
  /** Still before the reset: woken again later, nothing run. */
  waiting?: string;
  ran: string[];
  failed: string[];
}

/**
 * The drain (the `campaign-deferred` consumer): before Jira's reset it only queues itself again (events wait at most
 * 900 s); after it, runs every deferred piece of work and deletes each once it ran. A piece that fails stays and is
 * tried on the next wake-up, queued a minute later (or after the next reset when the quota stopped it again).
 */
export async function drainDeferredWork(ports: DeferredWorkPorts, runners: DeferredRunners): Promise<DrainOutcome> {
  const now = ports.clock.now();
  const quota = effectiveQuota(await ports.quota.current(), now);
  const pending = await ports.store.list();
  if (pending.length === 0) return { ran: [], failed: [] };
  if (quota.level !== 'ok' && quota.resumesAt !== undefined) {
    await ports.wake.wake(wakeDelaySeconds(new Date(quota.resumesAt), now));
    return { waiting: quota.resumesAt, ran: [], failed: [] };
  }
  const outcome: DrainOutcome = { ran: [], failed: [] };
  for (const work of pending) {
    const name = `${work.kind}:${work.id}`;
    try {
      await runners[work.kind](work);
      await ports.store.remove(work);
      outcome.ran.push(name);
    } catch (e) {
      console.error(`[campaign-control] deferred ${name} failed; it stays for the next drain`, e);
      await ports.store.save({ ...work, attempts: work.attempts + 1 });
      outcome.failed.push(name);
    }
  }
  if (outcome.failed.length > 0) {
    const after = effectiveQuota(await ports.quota.current(), ports.clock.now());
    await ports.wake.wake(after.resumesAt !== undefined ? wakeDelaySeconds(new Date(after.resumesAt), ports.clock.now()) : 60);
  }
  return outcome;
}
