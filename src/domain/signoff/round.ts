import type { PlanGate, SignOffEntry } from '../model';
import { approvalsNeeded } from './quorum';
import type { CountedDecision, GateState } from './types';

/** Entry ids start with their ISO time, so sorting by id is the order they were made in (ties broken by the suffix). */
export const chronological = (entries: readonly SignOffEntry[]): SignOffEntry[] =>
  [...entries].sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));

/** The entries of the current round: everything after the last `stale` or `ready` entry. */
export function currentRound(entries: readonly SignOffEntry[]): { start: SignOffEntry | null; number: number; entries: SignOffEntry[] } {
  const sorted = chronological(entries);
  let startIndex = -1;
  let number = 1;
  sorted.forEach((e, i) => {
    if (e.type === 'stale' || e.type === 'ready') {
      startIndex = i;
      number += 1;
    }
  });
  return { start: sorted[startIndex] ?? null, number, entries: sorted.slice(startIndex + 1) };
}

export type RoundOutcome = 'open' | 'approved' | 'declined' | 'changes_requested';

/**
 * A round's outcome from the latest decision of each approver: a decline closes it (or, when the gate lets declines
 * count against the quorum, once the approvals still possible fall short), then changes, then quorum.
 */
function evaluate(latest: ReadonlyMap<string, CountedDecision>, needed: number, approvers: number, declineCloses: boolean): RoundOutcome {
  const kinds = [...latest.values()].map((d) => d.decision);
  const declines = kinds.filter((k) => k === 'decline').length;
  if (declines > 0 && (declineCloses || approvers - declines < needed)) return 'declined';
  if (kinds.includes('request_changes')) return 'changes_requested';
  // A gate without approvers can never be approved: the PM has to map its roles to people first.
  if (approvers > 0 && kinds.filter((k) => k === 'approve').length >= needed) return 'approved';
  return 'open';
}

/**
 * Replays a round's decisions in the order they were made. An approver may change their mind while the round is
 * open (their latest decision counts); the first decision that closes the round settles it, and decisions recorded
 * after that (concurrent approvers who passed the check at the same moment) stay on the record without counting.
 */
export function replayRound(
  gate: PlanGate,
  roundEntries: readonly SignOffEntry[],
): { outcome: RoundOutcome; decisions: CountedDecision[]; needed: number } {
  const approvers = [...new Set(gate.approverAccountIds)];
  const needed = approvalsNeeded(gate.quorum, approvers.length);
  const latest = new Map<string, CountedDecision>();
  let outcome: RoundOutcome = 'open';
  for (const e of chronological(roundEntries)) {
    if (e.type !== 'decision' || !e.decision) continue;
    const approver = e.onBehalfOf ?? e.actorAccountId;
    if (!approvers.includes(approver)) continue;
    latest.set(approver, {
      approverAccountId: approver,
      actorAccountId: e.actorAccountId,
      ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf } : {}),
      decision: e.decision,
      at: e.at,
      entryId: e.entryId,
      contentHash: e.contentHash,
    });
    outcome = evaluate(latest, needed, approvers.length, gate.declineClosesGate !== false);
    if (outcome !== 'open') break;
  }
  const decisions = approvers.flatMap((a) => latest.get(a) ?? []);
  return { outcome, decisions, needed };
}

export const isClosed = (state: GateState['state']): boolean =>
  state === 'approved' || state === 'declined' || state === 'changes_requested';
