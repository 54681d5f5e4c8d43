import { z } from 'zod';
import { IsoDate } from './common';

/**
 * The sign-off record: append-only entries in app storage, one KVS key per entry
 * (`signoff:<EPIC-KEY>:<gateId>:<entryId>`), so concurrent approvers never overwrite each other.
 * A gate's state is always recomputed from its entries; the Jira issue property is only a mirror.
 */
export const DecisionKind = z.enum(['approve', 'decline', 'request_changes']);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const SignOffEntry = z
  .object({
    /** Sortable and unique: `<ISO time>-<random>`; also the last part of the KVS key. */
    entryId: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z-[a-z0-9]{6,}$/),
    epicKey: z.string(),
    gateId: z.string(),
    /** The gated work: the issue of the milestone the gate guards. */
    gatedIssueKey: z.string(),
    type: z.enum([
      'decision',
      /** An approver lets someone else decide for them until a date. */
      'delegation',
      /** The gated content changed after approvals: they no longer count, the gate reopens. */
      'stale',
      /** After "request changes", the team marked the work ready again: the gate reopens for a new round. */
      'ready',
    ]),
    /** Who acted (from the Forge context, never from a payload); for system entries, the app. */
    actorAccountId: z.string(),
    /** For a decision made under delegation: the approver the actor decided for. */
    onBehalfOf: z.string().optional(),
    decision: DecisionKind.optional(),
    reason: z.string().max(2000).optional(),
    comment: z.string().max(5000).optional(),
    at: z.string(),
    /** sha256 of the gated content (summary, description, attachment names) when the entry was made. */
    contentHash: z.string().regex(/^[a-f0-9]{64}$/),
    delegation: z.object({ from: z.string(), to: z.string(), until: IsoDate }).strict().optional(),
    /** For `stale`: which parts of the content changed. */
    changedFields: z.array(z.enum(['summary', 'description', 'attachments'])).optional(),
  })
  .strict();
export type SignOffEntry = z.infer<typeof SignOffEntry>;

/** The issue property mirrored on each gated issue, indexed for JQL (`issue.property[campaignSignoff].status`). */
export const SIGNOFF_PROPERTY_KEY = 'campaignSignoff';
export const SignOffMirror = z
  .object({
    /** The most pressing state of the issue's gates: pending if any gate waits for decisions. */
    status: z.enum(['pending', 'waiting', 'approved', 'declined', 'changes_requested']),
    gates: z.array(
      z
        .object({
          gateId: z.string(),
          status: z.enum(['pending', 'waiting', 'approved', 'declined', 'changes_requested']),
          pending: z.array(z.string()),
          approvedBy: z.array(z.string()),
          dueDate: IsoDate,
        })
        .strict(),
    ),
    /** Number of record entries the mirror was built from (a hand-edited mirror is detected and rebuilt). */
    entries: z.number().int().min(0),
    updatedAt: z.string(),
  })
  .strict();
export type SignOffMirror = z.infer<typeof SignOffMirror>;
