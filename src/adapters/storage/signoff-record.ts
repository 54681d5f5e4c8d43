import { randomBytes } from 'node:crypto';
import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { SignOffEntry } from '../../domain/model';
import { AppError } from '../../shared/result';

/**
 * The sign-off record in app storage: one key per entry, `signoff:<EPIC>:<gateId>:<entryId>`, written once with
 * `FAIL_IF_EXISTS` and never updated or deleted, so concurrent approvers never overwrite each other.
 * Side keys: `comment-pending:<entryId>` (a decision whose Jira comment is still owed) and
 * `reminder:<EPIC>:<gateId>:<date>` (a reminder already posted that day).
 */
const ENTRY_PREFIX = (epicKey: string, gateId?: string): string =>
  gateId === undefined ? `signoff:${epicKey}:` : `signoff:${epicKey}:${gateId}:`;
const ENTRY_KEY = (e: Pick<SignOffEntry, 'epicKey' | 'gateId' | 'entryId'>): string => `${ENTRY_PREFIX(e.epicKey, e.gateId)}${e.entryId}`;
const PENDING_PREFIX = 'comment-pending:';
const REMINDER_KEY = (epicKey: string, gateId: string, date: string): string => `reminder:${epicKey}:${gateId}:${date}`;
const PAGE = 100;
/** Reminder markers only matter on their day; a week keeps them readable for support. */
const REMINDER_TTL = { value: 7, unit: 'DAYS' } as const;

/** Sortable and unique: the ISO time, then 10 random base-36 characters. */
export function newEntryId(now: Date): string {
  const random = [...randomBytes(10)].map((b) => (b % 36).toString(36)).join('');
  return `${now.toISOString()}-${random}`;
}

const isKeyTaken = (e: unknown): boolean => e instanceof ForgeKvsAPIError && e.code === 'KEY_ALREADY_EXISTS';

/** Appends one entry; an entry id that already exists is refused (entries are never overwritten). */
export async function appendSignOffEntry(entry: SignOffEntry): Promise<void> {
  const valid = SignOffEntry.parse(entry);
  try {
    await kvs.set(ENTRY_KEY(valid), valid, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (e) {
    if (isKeyTaken(e)) throw new AppError('INTERNAL', `Sign-off entry ${valid.entryId} already exists; nothing was overwritten.`);
    throw e;
  }
}

async function readPrefix<T>(prefix: string, schema: z.ZodType<T>): Promise<{ key: string; value: T }[]> {
  const out: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) {
      const parsed = schema.safeParse(r.value);
      if (parsed.success) out.push({ key: r.key, value: parsed.data });
      else console.error(`[campaign-control] unreadable sign-off storage item ${r.key}`, parsed.error.issues.slice(0, 2));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** A campaign's record (every gate), or one gate's, oldest first. */
export async function listSignOffEntries(epicKey: string, gateId?: string): Promise<SignOffEntry[]> {
  const items = await readPrefix(ENTRY_PREFIX(epicKey, gateId), SignOffEntry);
  return items.map((i) => i.value).sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
}

/** A decision whose Jira comment could not be posted yet; cleared once it is. */
export const PendingComment = z
  .object({
    entryId: z.string(),
    epicKey: z.string(),
    gateId: z.string(),
    gatedIssueKey: z.string(),
    lastError: z.string(),
    since: z.string(),
    /** Written before the decision: its own invocation is posting the comment until then (its deadline); reposts wait. */
    postingUntil: z.string().optional(),
    /** The language of the person who decided: the comment is written in it, whoever posts it. */
    lang: z.enum(['en', 'fr']).optional(),
  })
  .strict();
export type PendingComment = z.infer<typeof PendingComment>;

export async function markCommentPending(pending: PendingComment): Promise<void> {
  await kvs.set(`${PENDING_PREFIX}${pending.entryId}`, PendingComment.parse(pending));
}

export async function clearCommentPending(entryId: string): Promise<void> {
  await kvs.delete(`${PENDING_PREFIX}${entryId}`);
}

/** Owed comments, optionally only those of one campaign. */
export async function listPendingComments(epicKey?: string): Promise<PendingComment[]> {
  const items = await readPrefix(PENDING_PREFIX, PendingComment);
  return items.map((i) => i.value).filter((p) => epicKey === undefined || p.epicKey === epicKey);
}

/** Whether a reminder for this gate was already posted on `date`. */
export async function reminderSent(epicKey: string, gateId: string, date: string): Promise<boolean> {
  return (await kvs.get<unknown>(REMINDER_KEY(epicKey, gateId, date))) !== undefined;
}

/** Claims the day's reminder for a gate; false when another run claimed it first. */
export async function claimReminder(epicKey: string, gateId: string, date: string, at: string): Promise<boolean> {
  try {
    await kvs.set(REMINDER_KEY(epicKey, gateId, date), { at }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: REMINDER_TTL });
    return true;
  } catch (e) {
    if (isKeyTaken(e)) return false;
    throw e;
  }
}

/** Gives back a day's reminder claim when its comment could not be posted. */
export async function releaseReminder(epicKey: string, gateId: string, date: string): Promise<void> {
  await kvs.delete(REMINDER_KEY(epicKey, gateId, date));
}
