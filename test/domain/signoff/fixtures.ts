import type { DecisionKind, PlanGate, SignOffEntry } from '../../../src/domain/model';
import { gateStates, type GateState } from '../../../src/domain/signoff';

export const LEA = 'acc-lea';
export const HUGO = 'acc-hugo';
export const SOPHIE = 'acc-sophie';
export const ALEX = 'acc-alex';
export const NOAH = 'acc-noah';
export const INES = 'acc-ines';
export const CAMILLE = 'acc-camille';
export const TODAY = '2026-11-24';
export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export function gate(overrides: Partial<PlanGate> = {}): PlanGate {
  return {
    gateId: 'legal',
    name: 'Legal',
    milestoneRowId: 'creative',
    approverRoles: ['legal', 'brand'],
    approverAccountIds: [LEA, HUGO],
    quorum: { kind: 'all' },
    dueDate: '2026-11-26',
    declineNeedsReason: true,
    ...overrides,
  };
}

export const goLive = (overrides: Partial<PlanGate> = {}): PlanGate =>
  gate({
    gateId: 'go-live',
    name: 'Go-live',
    milestoneRowId: 'launch',
    approverRoles: ['leadership'],
    approverAccountIds: [SOPHIE],
    quorum: { kind: 'any' },
    afterGateId: 'legal',
    dueDate: '2026-11-30',
    declineNeedsReason: false,
    ...overrides,
  });

/** Entry times count in seconds from 2026-11-20 09:00 UTC, so `t` orders entries. */
export function at(t: number): string {
  return new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + t * 1000).toISOString();
}

let serial = 0;
type EntryOpts = { t: number; gateId?: string; actor?: string; onBehalfOf?: string; hash?: string; reason?: string; comment?: string };

function base(type: SignOffEntry['type'], o: EntryOpts): SignOffEntry {
  serial += 1;
  const time = at(o.t);
  return {
    entryId: `${time}-${String(serial).padStart(6, '0')}`,
    epicKey: 'MKT-1',
    gateId: o.gateId ?? 'legal',
    gatedIssueKey: 'MKT-2',
    type,
    actorAccountId: o.actor ?? 'app',
    ...(o.onBehalfOf ? { onBehalfOf: o.onBehalfOf } : {}),
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.comment ? { comment: o.comment } : {}),
    at: time,
    contentHash: o.hash ?? HASH_A,
  };
}

export const decision = (actor: string, kind: DecisionKind, o: Omit<EntryOpts, 'actor'>): SignOffEntry => ({
  ...base('decision', { ...o, actor }),
  decision: kind,
});
export const approve = (actor: string, t: number, o: Omit<EntryOpts, 'actor' | 't'> = {}): SignOffEntry =>
  decision(actor, 'approve', { ...o, t });
export const decline = (actor: string, t: number, o: Omit<EntryOpts, 'actor' | 't'> = {}): SignOffEntry =>
  decision(actor, 'decline', { reason: 'No.', ...o, t });
export const requestChanges = (actor: string, t: number, o: Omit<EntryOpts, 'actor' | 't'> = {}): SignOffEntry =>
  decision(actor, 'request_changes', { reason: 'Fix the logo.', ...o, t });
export const stale = (
  t: number,
  changedFields: ('summary' | 'description' | 'attachments')[],
  o: Omit<EntryOpts, 't'> = {},
): SignOffEntry => ({ ...base('stale', { ...o, t }), changedFields });
export const ready = (t: number, o: Omit<EntryOpts, 't'> = {}): SignOffEntry => base('ready', { ...o, t });
export const delegation = (from: string, to: string, until: string, t: number, o: Omit<EntryOpts, 't' | 'actor'> = {}): SignOffEntry => ({
  ...base('delegation', { ...o, t, actor: from }),
  delegation: { from, to, until },
});

/** The states of `gates` from `entries`, by gate id. */
export function statesOf(gates: PlanGate[], entries: SignOffEntry[], today = TODAY): Record<string, GateState> {
  return Object.fromEntries(gateStates({ gates, allEntries: entries, today, calendar: 'FR' }).map((s) => [s.gateId, s]));
}
