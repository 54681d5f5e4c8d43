import type { CampaignSnapshot } from '../model';
import { changedKeys } from './apply-change';
import type { JiraCampaignIssue } from './jira-issue';

/** Largest clock difference assumed between the Forge function and Jira when reading Jira's `updated` stamps. */
export const CLOCK_SKEW_MS = 2_000;

export interface ChangeCheckPage {
  /** `parent = EPIC AND updated >= window` (with `key = EPIC OR` when the epic must be proven visible), newest first: one page. */
  seen: readonly { key: string; updated: string }[];
  /** Jira had more than this page. */
  more: boolean;
  /** The listed issues with the snapshot's fields (the risk register's own issues left out): no second read needed. */
  issues: readonly JiraCampaignIssue[];
}

export type ChangeCheckOutcome =
  | { kind: 'invisible' }
  | { kind: 'rebuild'; reason: string }
  /** `verifyEpic`: the epic may sit on a later page, so whether the user sees it is still to be asked. */
  | { kind: 'changes'; keys: string[]; verifyEpic: boolean };

/**
 * Reads the change-check page against the snapshot. Every issue updated before `refreshedAt` (minus clock skew) is
 * already current in the snapshot, so a full page is enough when its oldest issue is older than that; JQL's minute
 * precision re-lists issues updated just before the snapshot, and comparing `updated` drops them.
 */
export function readChangeCheck(
  snapshot: CampaignSnapshot,
  page: Pick<ChangeCheckPage, 'seen' | 'more'>,
  options: { epicKnownVisible: boolean; clockSkewMs?: number },
): ChangeCheckOutcome {
  const skew = options.clockSkewMs ?? CLOCK_SKEW_MS;
  if (page.more) {
    const oldest = page.seen.at(-1);
    const settled = oldest !== undefined && Date.parse(oldest.updated) < Date.parse(snapshot.refreshedAt) - skew;
    if (!settled) return { kind: 'rebuild', reason: 'more changes than one page' };
  }
  const epicSeen = options.epicKnownVisible || page.seen.some((s) => s.key === snapshot.epicKey);
  if (!epicSeen && !page.more) return { kind: 'invisible' };
  return { kind: 'changes', keys: changedKeys(snapshot, page.seen), verifyEpic: !epicSeen };
}
