import { startLocalHost, type RunningLocalHost } from '../local/forge/local-host';
import { CAMILLE } from '../local/identity/demo-users';

export interface Stats {
  requests: number;
  points: number;
  byOperation: Record<string, { requests: number; points: number }>;
}

export interface BenchHost {
  host: RunningLocalHost;
  invoke(moduleKey: string, functionKey: string, payload: unknown, issueKey?: string): Promise<any>;
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
  const json = async (res: Response): Promise<any> => {
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${res.url}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    host,
    async invoke(moduleKey, functionKey, payload, issueKey) {
      const res = await fetch(`${url}/local/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ moduleKey, functionKey, payload, accountId: CAMILLE.accountId, ...(issueKey ? { issueKey } : {}) }),
      });
      const out = await json(res);
      if (!out.ok || !out.result.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error ?? out.result.error)}`);
      return out.result.data;
    },
    async rest(method, path, body) {
      const headers: Record<string, string> = { Authorization: auth, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return json(await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
    },
    stats: async () => json(await fetch(`${url}/local/stats`)),
    resetStats: async () => {
      await fetch(`${url}/local/stats/reset`, { method: 'POST' });
    },
    async settleTriggers() {
      for (let i = 0; i < 6000; i++) {
        const res = await fetch(`${url}/local/triggers`);
        if (res.status === 404) return;
        const report = (await res.json()) as { pending?: number; running?: number };
        if (!report.pending && !report.running) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('trigger deliveries did not settle');
    },
    close: () => host.close(),
  };
}
