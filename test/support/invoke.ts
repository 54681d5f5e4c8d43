import type { TestHost } from './host';

/** Runs a resolver through `/local/invoke` exactly as the UI would; returns the resolver's own `{ok, data|error}`. */
export async function invokeResolver(th: TestHost, accountId: string, functionKey: string, payload: unknown, extra: { moduleKey?: string; issueKey?: string } = {}): Promise<any> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ moduleKey: extra.moduleKey ?? 'campaign-planner', functionKey, payload, accountId, ...(extra.issueKey ? { issueKey: extra.issueKey } : {}) }),
  });
  const out = await res.json();
  if (!out.ok) throw new Error(`invoke ${functionKey} failed in the host: ${JSON.stringify(out.error)}`);
  return out.result;
}

/**
 * Polls `getCreationJob` until the creation queue's consumer has finished the job. The app's retry policy waits
 * for real under faults, so the limit is in time (under Jest's 30 s), not in polls.
 */
export async function waitForCreationJob(th: TestHost, accountId: string, jobId: string, timeoutMs = 25_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const job = await invokeResolver(th, accountId, 'getCreationJob', { jobId });
    if (!job.ok) return job;
    if (job.data.state === 'done' || job.data.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`creation job ${jobId} did not finish`);
}
