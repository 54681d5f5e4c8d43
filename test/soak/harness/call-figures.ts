import type { ExchangeLine } from '../../../local/server/exchange-log';

/** Counted from the host's exchange log: the app's own Jira/Confluence calls (not scripts, not platform look-ups). */
export interface CallFigures {
  calls: number;
  refused429: number;
  refused503: number;
  /** 429s per `RateLimit-Reason`. */
  byReason: Record<string, number>;
  /** Issues a bulk fetch answered in `issueErrors` instead of `issues`. */
  issueErrors: number;
  /** Requests sent again, identical (method, path, query, body), after a 429/503 answer to them. */
  retries: number;
  /** Calls answered without a fault. */
  answered: number;
}

/** A re-send counts as a retry of a refusal only within this window (longer than the 30 s backoff cap). */
const RETRY_WINDOW_MS = 45_000;

export function callFigures(lines: readonly ExchangeLine[], from: number, to: number): CallFigures {
  const out: CallFigures = { calls: 0, refused429: 0, refused503: 0, byReason: {}, issueErrors: 0, retries: 0, answered: 0 };
  const refusedAt = new Map<string, number[]>();
  for (const line of [...lines].sort((a, b) => a.t - b.t)) {
    if (line.c !== 'app' || line.t < from || line.t > to) continue;
    out.calls += 1;
    const earlier = (refusedAt.get(line.h) ?? []).filter((t) => line.t - t <= RETRY_WINDOW_MS);
    if (earlier.length > 0) {
      out.retries += 1;
      earlier.shift();
    }
    refusedAt.set(line.h, earlier);
    if (line.s === 429 || line.s === 503) {
      if (line.s === 429) {
        out.refused429 += 1;
        const reason = line.rr ?? 'none';
        out.byReason[reason] = (out.byReason[reason] ?? 0) + 1;
      } else out.refused503 += 1;
      refusedAt.set(line.h, [...earlier, line.t]);
    } else out.answered += 1;
    out.issueErrors += line.ie ?? 0;
  }
  return out;
}
