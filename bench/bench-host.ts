import { startLocalHost, type RunningLocalHost } from '../local/forge/local-host';
import { z } from 'zod';
import { CAMILLE } from '../local/identity/demo-users';
import type { PayloadOf, ResolverName, ResultOf } from '../src/contracts/registry';

/** The part of the host's `/local/stats` answer the bench prints. */
const Counts = z.object({ requests: z.number(), points: z.number() });
const Stats = Counts.extend({ byOperation: z.record(Counts) });
export type Stats = z.infer<typeof Stats>;

/** `/local/invoke`'s answer: the host's own `{ok, error}` around the resolver's `{ok, data|error}`. */
const InvokeAnswer = z.object({
  ok: z.boolean(),
  result: z.object({ ok: z.boolean(), data: z.unknown(), error: z.unknown() }).optional(),
  error: z.unknown(),
});
const TriggerReport = z.object({ pending: z.number().optional(), running: z.number().optional() });

export interface BenchHost {
  host: RunningLocalHost;
  /** Resolver `name`, its payload and answer typed by the app's contract. */
  invoke<K extends ResolverName>(moduleKey: string, name: K, payload: PayloadOf<K>, issueKey?: string): Promise<ResultOf<K>>;
  rest(method: string, path: string, body?: unknown): Promise<unknown>;
  stats(): Promise<Stats>;
  resetStats(): Promise<void>;
  /** Waits until the host has delivered every pending trigger event (no-op on a host without triggers). */
  settleTriggers(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh in-memory local host, called over HTTP as Camille (the PM) like the UI and scripts would. */
export async function startBenchHost(): Promise<BenchHost> {
  const host = await startLocalHost({ dbFile: ':memory:', queueMsPerSecond: 1 });
  const url = host.baseUrl;
  const auth = `Basic ${Buffer.from(`${CAMILLE.email}:bench`).toString('base64')}`;
  const json = async (res: Response): Promise<unknown> => {
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${res.url}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    host,
    async invoke<K extends ResolverName>(moduleKey: string, functionKey: K, payload: PayloadOf<K>, issueKey?: string) {
      const res = await fetch(`${url}/local/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ moduleKey, functionKey, payload, accountId: CAMILLE.accountId, ...(issueKey ? { issueKey } : {}) }),
      });
      const out = InvokeAnswer.parse(await json(res));
      if (!out.ok || !out.result?.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error ?? out.result?.error)}`);
      // Typed by the contract where the app answers it (contractResolver); not parsed again here, so the measured
      // calls time the app and the host, not a second validation of a 5,000-issue panel.
      return out.result.data as ResultOf<K>;
    },
    async rest(method, path, body) {
      const headers: Record<string, string> = { Authorization: auth, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return json(await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
    },
    stats: async () => Stats.parse(await json(await fetch(`${url}/local/stats`))),
    resetStats: async () => {
      await fetch(`${url}/local/stats/reset`, { method: 'POST' });
    },
    async settleTriggers() {
      for (let i = 0; i < 6000; i++) {
        const res = await fetch(`${url}/local/triggers`);
        if (res.status === 404) return;
        const report = TriggerReport.parse(await res.json());
        if (!report.pending && !report.running) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('trigger deliveries did not settle');
    },
    close: () => host.close(),
  };
}
