import { z } from 'zod';
import { DecisionKind, IsoDate } from '../domain/model';
import { decideSignOff } from '../usecases/signoff/decide-signoff';
import { delegateSignOff } from '../usecases/signoff/delegate-signoff';
import { exportSignOffRecord } from '../usecases/signoff/export-signoff-record';
import { getSignOff } from '../usecases/signoff/get-signoff';
import { signOffPorts } from '../wiring/signoff';
import { defineResolver, type CallerContext } from './define';

const IssueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-12');
const GateId = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters');

const GetSignOffPayload = z.object({ issueKey: IssueKey.optional() }).strict();
const DecideSignOffPayload = z
  .object({
    issueKey: IssueKey,
    gateId: GateId,
    decision: DecisionKind,
    reason: z.string().max(2000, 'must be at most 2000 characters').optional(),
    comment: z.string().max(5000, 'must be at most 5000 characters').optional(),
  })
  .strict();
const DelegateSignOffPayload = z
  .object({
    issueKey: IssueKey,
    gateId: GateId,
    toAccountId: z.string().min(1, 'must name a person'),
    until: IsoDate,
    reason: z.string().max(2000, 'must be at most 2000 characters').optional(),
  })
  .strict();
const ExportSignOffRecordPayload = z
  .object({ issueKey: IssueKey.optional(), epicKey: IssueKey.optional(), gateId: GateId.optional() })
  .strict()
  .refine((p) => p.issueKey !== undefined || p.epicKey !== undefined, { message: 'issueKey: give an issueKey or an epicKey', path: ['issueKey'] });

const userOf = (caller: CallerContext): { accountId: string; locale?: string } => ({ accountId: caller.accountId, ...(caller.locale ? { locale: caller.locale } : {}) });

/** The sign-off of an issue: its milestone's gates (every gate on the epic), what the user may do, the record. */
export const getSignOffResolver = defineResolver(GetSignOffPayload, (input, caller) =>
  getSignOff({ ...input, ...(caller.issueKey ? { contextIssueKey: caller.issueKey } : {}) }, userOf(caller), signOffPorts('user')),
);

/** An approver's decision, recorded then mirrored to Jira (identity from the Forge context). */
export const decideSignOffResolver = defineResolver(DecideSignOffPayload, (input, caller) => decideSignOff(input, userOf(caller), signOffPorts('user')));

/** An approver lets someone else decide for them on one gate until a date (inclusive); the record keeps both. */
export const delegateSignOffResolver = defineResolver(DelegateSignOffPayload, (input, caller) => delegateSignOff(input, userOf(caller), signOffPorts('user')));

/** A gate's or a whole campaign's record as CSV (RFC 4180, formula-safe), for the PM to prove who approved what. */
export const exportSignOffRecordResolver = defineResolver(ExportSignOffRecordPayload, (input, caller) => exportSignOffRecord(input, userOf(caller), signOffPorts('user')));
