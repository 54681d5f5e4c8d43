/**
 * Dev-only answers of the sign-off resolvers (never imported by the app, so never bundled): the browser test
 * uses them for states the demo site cannot produce on demand (stale approvals, delegation, refusals, failures).
 */
import type { GetSignOffResult, SignOffGateView, SignOffRecordLine } from '../types';
import { LEA, legalGate } from './fixtures';

type Person = { accountId: string; displayName: string };
const HASH_BEFORE = 'a'.repeat(64);
const HASH_AFTER = 'b'.repeat(64);

/** The open legal gate of the fixtures' campaign, as `getSignOff` describes it to Léa. */
export const legalView = (overrides: Partial<SignOffGateView> = {}): SignOffGateView => ({
  ...legalGate,
  declineNeedsReason: true,
  declineClosesGate: true,
  stale: null,
  delegations: [],
  decidingFor: LEA.accountId,
  refusal: null,
  record: [],
  ...overrides,
});

/** Léa approved, the description and attachments changed since, and she handed the decision to `delegate`. */
export function staleDelegatedView(delegate: Person): SignOffGateView {
  const until = '2026-12-04';
  const record: SignOffRecordLine[] = [
    {
      entryId: '2026-11-10T09:00:00.000Z-aaaaaa',
      type: 'decision',
      actorAccountId: LEA.accountId,
      actorName: LEA.displayName,
      decision: 'approve',
      comment: 'Mentions conformes',
      at: '2026-11-10T09:00:00.000Z',
      contentHash: HASH_BEFORE,
    },
    {
      entryId: '2026-11-12T15:30:00.000Z-bbbbbb',
      type: 'stale',
      actorAccountId: 'app',
      actorName: 'Campaign Control',
      at: '2026-11-12T15:30:00.000Z',
      contentHash: HASH_AFTER,
      changedFields: ['description', 'attachments'],
    },
    {
      entryId: '2026-11-13T08:00:00.000Z-cccccc',
      type: 'delegation',
      actorAccountId: LEA.accountId,
      actorName: LEA.displayName,
      at: '2026-11-13T08:00:00.000Z',
      contentHash: HASH_AFTER,
      delegation: { from: LEA.accountId, to: delegate.accountId, toName: delegate.displayName, until },
    },
  ];
  return legalView({
    stale: { changedFields: ['description', 'attachments'], at: '2026-11-12T15:30:00.000Z' },
    delegations: [{ from: LEA.accountId, fromName: LEA.displayName, to: delegate.accountId, toName: delegate.displayName, until }],
    decidingFor: LEA.accountId,
    record,
  });
}

export const signOffOf = (gates: SignOffGateView[]): GetSignOffResult => ({ issueKey: 'MKT-44', epicKey: 'MKT-38', gates });
