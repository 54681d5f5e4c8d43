import type { Principal, ResponseCost } from '../http/types';

/** POST endpoints that only read (Jira bills them like GETs: per object returned). */
const READ_POSTS = new Set([
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/issue/bulkfetch',
  '/rest/api/3/changelog/bulkfetch',
]);

/** Header the local runtime puts on an invocation's product calls, so each request is billed to its invocation. */
export const INVOCATION_HEADER = 'x-forge-local-invocation';

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

/** What ran: a resolver call (a user action), a trigger, a queue consumer, a scheduled or web trigger. */
export type InvocationKind = 'resolver' | 'trigger' | 'consumer' | 'scheduled' | 'webtrigger' | 'function';

export interface InvocationInfo {
  id: string;
  kind: InvocationKind;
  moduleKey: string;
  /** The resolver function (`getCampaignPanel`) or the manifest function key of a trigger or consumer. */
  functionKey: string;
  accountId?: string;
}

/** One kind of action (module + function + user): how often it ran and what its REST calls cost in all. */
export interface ActionStats extends OperationStats {
  kind: InvocationKind;
  moduleKey: string;
  functionKey: string;
  accountId?: string;
  invocations: number;
}

/** One invocation and the REST calls it made. */
export interface InvocationStats extends InvocationInfo, OperationStats {
  startedAt: string;
  byOperation: Record<string, OperationStats>;
}

export interface StatsSnapshot {
  since: string;
  requests: number;
  points: number;
  faults: { rate429: number; error5xx: number; dropResponse: number; delayed: number };
  byOperation: Record<string, OperationStats>;
  byPrincipal: Record<string, OperationStats>;
  /** Per action (`resolver campaign-panel/getCampaignPanel as <accountId>`, `trigger campaign-snapshot-events/campaign-events`). */
  byAction: Record<string, ActionStats>;
  /** The most recent invocations (at most RECENT_INVOCATIONS), oldest first, with their own calls. */
  invocations: InvocationStats[];
  /** Requests no invocation made (scripts, tests calling the REST API directly). */
  unattributed: OperationStats;
}

/** How many invocations `/local/stats` lists one by one. */
export const RECENT_INVOCATIONS = 2000;

export const actionKeyOf = (i: Pick<InvocationInfo, 'kind' | 'moduleKey' | 'functionKey' | 'accountId'>): string =>
  `${i.kind} ${i.moduleKey}/${i.functionKey}${i.accountId ? ` as ${i.accountId}` : ''}`;

const add = (entry: OperationStats, points: number): void => {
  entry.requests += 1;
  entry.points += points;
};

export class RequestStats {
  private snapshot: StatsSnapshot = RequestStats.empty();
  /** Invocations by id, for billing their requests (kept for the recent ones only). */
  private readonly running = new Map<string, { invocation: InvocationStats; action: string }>();

  private static empty(): StatsSnapshot {
    return {
      since: new Date().toISOString(),
      requests: 0,
      points: 0,
      faults: { rate429: 0, error5xx: 0, dropResponse: 0, delayed: 0 },
      byOperation: {},
      byPrincipal: {},
      byAction: {},
      invocations: [],
      unattributed: { requests: 0, points: 0 },
    };
  }

  /** An invocation starts: it counts even if it makes no REST call (a warm panel view should make none). */
  beginInvocation(info: InvocationInfo): void {
    const s = this.snapshot;
    const action = actionKeyOf(info);
    const entry = (s.byAction[action] ??= {
      kind: info.kind,
      moduleKey: info.moduleKey,
      functionKey: info.functionKey,
      ...(info.accountId ? { accountId: info.accountId } : {}),
      invocations: 0,
      requests: 0,
      points: 0,
    });
    entry.invocations += 1;
    const invocation: InvocationStats = { ...info, startedAt: new Date().toISOString(), requests: 0, points: 0, byOperation: {} };
    s.invocations.push(invocation);
    this.running.set(info.id, { invocation, action });
    while (s.invocations.length > RECENT_INVOCATIONS) {
      const dropped = s.invocations.shift();
      if (dropped) this.running.delete(dropped.id);
    }
  }

  record(operation: string, principal: Principal, points: number, invocationId?: string): void {
    const s = this.snapshot;
    s.requests += 1;
    s.points += points;
    const who = principal.kind === 'user' ? principal.accountId : principal.kind;
    for (const [bucket, key] of [
      [s.byOperation, operation],
      [s.byPrincipal, who],
    ] as const) {
      add((bucket[key] ??= { requests: 0, points: 0 }), points);
    }
    const running = invocationId ? this.running.get(invocationId) : undefined;
    if (!running) {
      add(s.unattributed, points);
      return;
    }
    const action = s.byAction[running.action];
    if (action) add(action, points);
    add(running.invocation, points);
    add((running.invocation.byOperation[operation] ??= { requests: 0, points: 0 }), points);
  }

  recordFault(kind: keyof StatsSnapshot['faults']): void {
    this.snapshot.faults[kind] += 1;
  }

  get(): StatsSnapshot {
    return structuredClone(this.snapshot);
  }

  reset(): void {
    this.snapshot = RequestStats.empty();
    this.running.clear();
  }
}
