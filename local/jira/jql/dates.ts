/**
 * Date arithmetic for JQL. Jira interprets dates in the searching user's time zone; the emulator has no
 * user time zones, so everything here is UTC (a bare date means 00:00 UTC, weeks start on Sunday as in en_US).
 */

export type Unit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';

const MINUTE = 60_000;
const DAY = 86_400_000;
const FIXED_MS: Record<'w' | 'd' | 'h' | 'm', number> = { w: 7 * DAY, d: DAY, h: 60 * MINUTE, m: MINUTE };
const UNIT_RANK: Record<Unit, number> = { m: 0, h: 1, d: 2, w: 3, M: 4, y: 5 };

/** A date literal: either a fixed instant or an offset from "now" (`-7d`, `4w 2d`). */
export type DateLiteral = { kind: 'absolute'; ms: number } | { kind: 'relative'; offsetMs: number };

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;
const PERIOD_PART = /^(\d+)([wdhm])$/;

export function parseDateLiteral(text: string): DateLiteral | undefined {
  const s = text.trim();
  const abs = ABSOLUTE.exec(s);
  if (abs) {
    // The time groups are optional: a date alone is midnight.
    const part = (group: number): number => {
      const x = abs[group];
      return x === undefined ? 0 : Number(x);
    };
    const [y, mo, d, h, mi] = [part(1), part(2), part(3), part(4), part(5)] as const;
    const ms = Date.UTC(y, mo - 1, d, h, mi);
    const check = new Date(ms);
    // Reject 2026-02-30 and 25:00 instead of letting Date roll them over.
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return undefined;
    return { kind: 'absolute', ms };
  }
  let sign = 1;
  let rest = s;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  const parts = rest.split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  let offsetMs = 0;
  for (const part of parts) {
    const m = PERIOD_PART.exec(part);
    if (!m) return undefined;
    offsetMs += Number(m[1]) * FIXED_MS[m[2] as 'w' | 'd' | 'h' | 'm'];
  }
  return { kind: 'relative', offsetMs: sign * offsetMs };
}

export function resolveDateLiteral(lit: DateLiteral, now: Date): number {
  return lit.kind === 'absolute' ? lit.ms : now.getTime() + lit.offsetMs;
}

/** `-1d`, `+2w`, `1M` style offsets accepted by startOfDay() and friends. */
export function parseOffset(text: string): { n: number; unit: Unit } | undefined {
  const m = /^([+-]?)(\d+)([yMwdhm])$/.exec(text.trim());
  if (!m) return undefined;
  return { n: (m[1] === '-' ? -1 : 1) * Number(m[2]), unit: m[3] as Unit };
}

/** Adds n units; months and years clamp the day (Jan 31 + 1M = Feb 28) like Java's Calendar. */
export function shift(ms: number, n: number, unit: Unit): number {
  if (unit !== 'M' && unit !== 'y') return ms + n * FIXED_MS[unit];
  const d = new Date(ms);
  const months = d.getUTCMonth() + (unit === 'M' ? n : 12 * n);
  const y = d.getUTCFullYear() + Math.floor(months / 12);
  const mo = ((months % 12) + 12) % 12;
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, mo + 1, 0)).getUTCDate());
  return Date.UTC(y, mo, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

export type Period = 'd' | 'w' | 'M' | 'y';

export function startOf(ms: number, period: Period): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (period) {
    case 'd':
      return Date.UTC(y, mo, day);
    case 'w':
      return Date.UTC(y, mo, day - d.getUTCDay());
    case 'M':
      return Date.UTC(y, mo, 1);
    case 'y':
      return Date.UTC(y, 0, 1);
  }
}

export function endOf(ms: number, period: Period): number {
  return shift(startOf(ms, period), 1, period) - 1;
}

/**
 * startOfMonth(-1M) means "start of last month" but startOfMonth(+14d) means "the 15th of this month":
 * an offset in the period's unit (or a bigger one) moves the reference point, a smaller one moves the result.
 */
export function periodBoundary(now: Date, period: Period, edge: 'start' | 'end', offset?: { n: number; unit: Unit }): number {
  const boundary = edge === 'start' ? startOf : endOf;
  if (!offset) return boundary(now.getTime(), period);
  if (UNIT_RANK[offset.unit] >= UNIT_RANK[period]) return boundary(shift(now.getTime(), offset.n, offset.unit), period);
  return shift(boundary(now.getTime(), period), offset.n, offset.unit);
}

/** Days since the epoch of a UTC instant (duedate compares by day). */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY);
}

/** Datetimes compare at minute precision, the finest a JQL date literal can express. */
export function minuteOf(ms: number): number {
  return Math.floor(ms / MINUTE);
}

/** Parses a stored ISO date (`2026-11-30`) or datetime; undefined when it is not one. */
export function parseStoredDate(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  let iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value;
  // Without an explicit zone Date.parse would use the machine's zone; the emulator stores UTC.
  if (!/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
