import { z } from 'zod';

/** Work that can wait for Jira's hourly reset, by kind (each kind's runner is idempotent: a second run does nothing twice). */
export const DeferredKind = z.enum(['signoffReminders']);
export type DeferredKind = z.infer<typeof DeferredKind>;

/** One piece of deferred work, kept in app storage until it has run: the same kind and id is one piece of work. */
export const DeferredWork = z.object({
  kind: DeferredKind,
  /** What makes it one piece of work (the reminders' day). */
  id: z.string().min(1).max(200),
  deferredAt: z.string(),
  /** When Jira's quota was to reset when it was deferred. */
  until: z.string(),
  /** Failed runs so far (a run that fails stays for the next drain). */
  attempts: z.number().int().min(0).default(0),
});
export type DeferredWork = z.infer<typeof DeferredWork>;

/** `@forge/events` delays an event by at most 900 s: a longer wait is a chain of wake-ups. */
export const MAX_EVENT_DELAY_S = 900;
/** Seconds after the reset before draining (clocks differ a little). */
export const DRAIN_MARGIN_S = 2;

/** The delay of the next wake-up towards `until`: at most 900 s, so a wait to the top of the hour is a short chain. */
export function wakeDelaySeconds(until: Date, now: Date): number {
  const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000) + DRAIN_MARGIN_S;
  return Math.min(MAX_EVENT_DELAY_S, Math.max(1, seconds));
}
