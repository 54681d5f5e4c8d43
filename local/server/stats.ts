import type { Principal, ResponseCost } from '../http/types';

/** POST endpoints that only read (Jira bills them like GETs: per object returned). */
const READ_POSTS = new Set([
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/issue/bulkfetch',
  '/rest/api/3/changelog/bulkfetch',
]);

/** Jira's hourly-quota points: 1 per request, +1 per issue/project object returned, +2 per user; writes cost 1. */
export function pointsFor(method: string, pattern: string | undefined, status: number, cost: ResponseCost | undefined): number {
  const read = method === 'GET' || (method === 'POST' && pattern !== undefined && READ_POSTS.has(pattern));
  if (!read || status >= 400) return 1;
  return 1 + (cost?.objects ?? 0) + 2 * (cost?.users ?? 0);
}

export interface OperationStats {
  requests: number;
  points: number;
}

export interface StatsSnapshot {
  since: string;
  requests: number;
  points: number;
  faults: { rate429: number; error5xx: number; dropResponse: number; delayed: number };
  byOperation: Record<string, OperationStats>;
  byPrincipal: Record<string, OperationStats>;
}

export class RequestStats {
  private snapshot: StatsSnapshot = RequestStats.empty();

  private static empty(): StatsSnapshot {
    return {
      since: new Date().toISOString(),
      requests: 0,
      points: 0,
      faults: { rate429: 0, error5xx: 0, dropResponse: 0, delayed: 0 },
      byOperation: {},
      byPrincipal: {},
    };
  }

  record(operation: string, principal: Principal, points: number): void {
    const s = this.snapshot;
    s.requests += 1;
    s.points += points;
    const who = principal.kind === 'user' ? principal.accountId : principal.kind;
    for (const [bucket, key] of [
      [s.byOperation, operation],
      [s.byPrincipal, who],
    ] as const) {
      const entry = (bucket[key] ??= { requests: 0, points: 0 });
      entry.requests += 1;
      entry.points += points;
    }
  }

  recordFault(kind: keyof StatsSnapshot['faults']): void {
    this.snapshot.faults[kind] += 1;
  }

  get(): StatsSnapshot {
    return structuredClone(this.snapshot);
  }

  reset(): void {
    this.snapshot = RequestStats.empty();
  }
}
