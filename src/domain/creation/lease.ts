/**
 * One run of a creation job at a time. A lease names its holder, the moment the holder's invocation must have
 * ended (the platform stops it by then), and the queue delivery it belongs to. A run that crashed or was killed
 * leaves its lease behind; it is dead once its deadline passes, or at once for a redelivery of the same event
 * (the platform sends an event again only after the attempt before it ended).
 */
export interface JobLease {
  holder: string;
  /** Epoch ms; absent on leases stored before deadlines were recorded (their storage TTL ends them). */
  expiresAt?: number;
  /** The queue delivery of the run: its AsyncEvent's `jobId`, which a redelivery of the same event keeps. */
  delivery?: string;
}

export type LeaseClaim = Required<Pick<JobLease, 'holder' | 'expiresAt'>> & Pick<JobLease, 'delivery'>;

/** Whether `claim` may take over the lease currently stored. */
export function mayTakeOver(current: JobLease, claim: LeaseClaim, now: number): boolean {
  if (current.holder === claim.holder) return true;
  if (current.expiresAt !== undefined && current.expiresAt <= now) return true;
  return claim.delivery !== undefined && current.delivery === claim.delivery;
}

/** Slack added to an invocation's remaining time, for clocks that disagree a little. */
export const LEASE_SLACK_MS = 2_000;
/** The longest a lease may last: longer than the longest run (the creation consumer's 900 s `timeoutSeconds`). */
export const LEASE_MAX_MS = 960_000;

/** The lease's deadline for a run that may go on for `remainingMs` more (infinite outside Forge: scripts). */
export function leaseDeadline(now: number, remainingMs: number): number {
  return now + Math.min(LEASE_MAX_MS, remainingMs + LEASE_SLACK_MS);
}
