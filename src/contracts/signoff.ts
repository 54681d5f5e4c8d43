import { z } from 'zod';
import { DecisionKind, IsoDate } from '../domain/model';
import { GateStatus } from './campaign-panel';
import { GateId, IssueKey } from './fields';
import { problemText, problemIssue } from '../wording/catalog/problems';

/** Payloads and answers of the sign-off resolvers (names and fields are a public contract). */

const ChangedField = z.enum(['summary', 'description', 'attachments']);

export const SignOffRecordLine = z
  .object({
    entryId: z.string(),
    type: z.enum(['decision', 'delegation', 'stale', 'ready']),
    actorAccountId: z.string(),
    actorName: z.string(),
    onBehalfOf: z.string().optional(),
    onBehalfOfName: z.string().optional(),
    decision: DecisionKind.optional(),
    reason: z.string().optional(),
    comment: z.string().optional(),
    at: z.string(),
    contentHash: z.string(),
    delegation: z.object({ from: z.string(), to: z.string(), toName: z.string(), until: IsoDate }).strict().optional(),
    changedFields: z.array(ChangedField).optional(),
  })
  .strict();
export type SignOffRecordLine = z.infer<typeof SignOffRecordLine>;

export const SignOffGateView = GateStatus.extend({
  declineNeedsReason: z.boolean(),
  /** False when declines count against the quorum instead of closing the gate at once. */
  declineClosesGate: z.boolean(),
  /** Set when approvals went stale because the gated content changed; approvers see what changed. */
  stale: z
    .object({ changedFields: z.array(ChangedField), at: z.string() })
    .strict()
    .nullable(),
  /** Delegations in force today, e.g. Léa → Hugo until 2026-12-01. */
  delegations: z.array(z.object({ from: z.string(), fromName: z.string(), to: z.string(), toName: z.string(), until: IsoDate }).strict()),
  /** When the acting user may decide, whether for themselves or on behalf of whom. */
  decidingFor: z.string().nullable(),
  /** Why the acting user may not decide (shown instead of buttons), or null. */
  refusal: z.string().nullable(),
  record: z.array(SignOffRecordLine),
}).strict();
export type SignOffGateView = z.infer<typeof SignOffGateView>;

export const GetSignOffPayload = z.object({ issueKey: IssueKey.optional() }).strict();
export type GetSignOffPayload = z.input<typeof GetSignOffPayload>;
export const GetSignOffResult = z
  .object({
    issueKey: z.string(),
    epicKey: z.string().nullable(),
    /** Gates bound to this issue (its milestone's gates); on the epic, every gate of the campaign. */
    gates: z.array(SignOffGateView),
  })
  .strict();
export type GetSignOffResult = z.infer<typeof GetSignOffResult>;

export const DecideSignOffPayload = z
  .object({
    issueKey: IssueKey,
    gateId: GateId,
    decision: DecisionKind,
    reason: z.string().max(2000).optional(),
    comment: z.string().max(5000).optional(),
  })
  .strict();
export type DecideSignOffPayload = z.input<typeof DecideSignOffPayload>;
export const DecideSignOffResult = z
  .object({
    gate: SignOffGateView,
    /** The Jira comment was posted; when false, `commentError` says why (the decision is recorded all the same). */
    commentPosted: z.boolean(),
    commentError: z.string().optional(),
    /** The transition applied to the gated issue when a final gate was approved. */
    transitioned: z.string().optional(),
  })
  .strict();
export type DecideSignOffResult = z.infer<typeof DecideSignOffResult>;

export const DelegateSignOffPayload = z
  .object({
    issueKey: IssueKey,
    gateId: GateId,
    toAccountId: z.string().min(1, problemText('person')),
    until: IsoDate,
    reason: z.string().max(2000).optional(),
  })
  .strict();
export type DelegateSignOffPayload = z.input<typeof DelegateSignOffPayload>;
export const DelegateSignOffResult = z.object({ gate: SignOffGateView }).strict();
export type DelegateSignOffResult = z.infer<typeof DelegateSignOffResult>;

export const ExportSignOffRecordPayload = z
  .object({ issueKey: IssueKey.optional(), epicKey: IssueKey.optional(), gateId: GateId.optional() })
  .strict()
  .refine((p) => p.issueKey !== undefined || p.epicKey !== undefined, {
    ...problemIssue('issueOrEpic'),
    path: ['issueKey'],
  });
export type ExportSignOffRecordPayload = z.input<typeof ExportSignOffRecordPayload>;
export const ExportSignOffRecordResult = z.object({ filename: z.string(), csv: z.string(), rows: z.number() }).strict();
export type ExportSignOffRecordResult = z.infer<typeof ExportSignOffRecordResult>;
