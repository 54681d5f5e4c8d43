import { isRecord } from '../params';
import type { IssueDraft } from './draft';

/**
 * Jira's time tracking, with the site defaults of Settings → Time tracking: a working day is 8 hours, a week 5 days,
 * and a bare number is minutes. Estimates are kept in seconds in the issue's extra JSON under the field ids Jira
 * reads them from (`timeoriginalestimate`, `timeestimate`).
 */
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 8 * HOUR;
const WEEK = 5 * DAY;
const UNITS: Record<string, number> = { w: WEEK, d: DAY, h: HOUR, m: MINUTE };

export const ORIGINAL = 'timeoriginalestimate';
export const REMAINING = 'timeestimate';

/** "1w 2d 4h 30m" (any subset, in any order, decimals allowed: "1.5d"), or a bare number of minutes → seconds. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * MINUTE);
  if (!/^(\d+(\.\d+)?\s*[wdhm]\s*)+$/.test(value)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)\s*([wdhm])/g)) seconds += Number(amount) * (UNITS[unit ?? ''] ?? 0);
  return Math.round(seconds);
}

/** Seconds → Jira's readable form ("1w 1d 2h"); zero is "0m". */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let left = seconds;
  for (const [unit, size] of Object.entries(UNITS)) {
    const n = Math.floor(left / size);
    if (n > 0) parts.push(`${n}${unit}`);
    left -= n * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}

const secondsIn = (extra: Record<string, unknown>, id: string): number | null => {
  const v = extra[id];
  return typeof v === 'number' ? v : null;
};

export const originalSeconds = (extra: Record<string, unknown>): number | null => secondsIn(extra, ORIGINAL);
export const remainingSeconds = (extra: Record<string, unknown>): number | null => secondsIn(extra, REMAINING);

/** The `timetracking` field as Jira answers it (`TimeTrackingDetails`): `{}` when nothing is estimated. */
export function timeTrackingJson(extra: Record<string, unknown>): Record<string, string | number> {
  const original = originalSeconds(extra);
  const remaining = remainingSeconds(extra);
  return {
    ...(original !== null ? { originalEstimate: formatDuration(original), originalEstimateSeconds: original } : {}),
    ...(remaining !== null ? { remainingEstimate: formatDuration(remaining), remainingEstimateSeconds: remaining } : {}),
  };
}

type Parsed = { ok: true; seconds: number | null | undefined } | { ok: false };

function parseEstimate(value: unknown): Parsed {
  if (value === undefined) return { ok: true, seconds: undefined };
  if (value === null || value === '') return { ok: true, seconds: null };
  const seconds = typeof value === 'string' ? parseDuration(value) : undefined;
  return seconds === undefined ? { ok: false } : { ok: true, seconds };
}

function store(draft: IssueDraft, id: string, seconds: number | null): void {
  if (seconds !== null) {
    draft.extra[id] = seconds;
    return;
  }
  const { [id]: _cleared, ...kept } = draft.extra;
  draft.extra = kept;
}

/**
 * `fields.timetracking` (or `update.timetracking: [{set|edit: …}]`): `{originalEstimate?, remainingEstimate?}` in
 * Jira's duration format; null clears both. As in Jira, setting an original estimate on an issue that has no
 * remaining estimate sets the remaining estimate to it too.
 */
export function setTimeTracking(draft: IssueDraft, value: unknown): string | undefined {
  if (value === null) {
    store(draft, ORIGINAL, null);
    store(draft, REMAINING, null);
    return undefined;
  }
  if (!isRecord(value)) return 'Time tracking must be an object with originalEstimate and/or remainingEstimate.';
  const original = parseEstimate(value.originalEstimate);
  if (!original.ok) return 'The original estimate specified is not valid.';
  const remaining = parseEstimate(value.remainingEstimate);
  if (!remaining.ok) return 'The remaining estimate specified is not valid.';
  if (original.seconds !== undefined) store(draft, ORIGINAL, original.seconds);
  if (remaining.seconds !== undefined) store(draft, REMAINING, remaining.seconds);
  else if (original.seconds !== undefined && original.seconds !== null && remainingSeconds(draft.extra) === null)
    store(draft, REMAINING, original.seconds);
  return undefined;
}
