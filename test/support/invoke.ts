import { resolverContracts, type PayloadOf, type ResolverName, type ResultOf } from '../../src/contracts/registry';
import type { CampaignPanel } from '../../src/contracts/campaign-panel';
import type { ResolverError } from '../../src/contracts/resolver-result';
import { refusal, success, type ContractAnswer } from './contract-call';
import type { TestHost } from './host';

export interface InvokeExtra {
  moduleKey?: string;
  issueKey?: string;
}

/** Posts to `/local/invoke` exactly as the UI would and returns the resolver's own `{ok, data|error}`. */
async function post(
  th: TestHost,
  accountId: string,
  functionKey: string,
  payload: unknown,
  extra: InvokeExtra,
): Promise<{ ok: boolean; data?: unknown; error?: ResolverError }> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      moduleKey: extra.moduleKey ?? 'campaign-planner',
      functionKey,
      payload,
      accountId,
      ...(extra.issueKey ? { issueKey: extra.issueKey } : {}),
    }),
  });
  const out = (await res.json()) as { ok: boolean; result?: { ok: boolean; data?: unknown; error?: ResolverError }; error?: unknown };
  if (!out.ok || !out.result) throw new Error(`invoke ${functionKey} failed in the host: ${JSON.stringify(out.error)}`);
  return out.result;
}

/**
 * Runs resolver `name` with a payload typed by the contract and checks a successful answer against the contract's
 * result schema: a field renamed on either side fails to compile or fails the test. `data` is typed by the
 * contract (reading it on a refusal gives undefined at run time, so the test fails); `error` is set on a refusal.
 */
export async function invokeResolver<K extends ResolverName>(
  th: TestHost,
  accountId: string,
  name: K,
  payload: PayloadOf<K>,
  extra: InvokeExtra = {},
): Promise<ContractAnswer<ResultOf<K>>> {
  const result = await post(th, accountId, name, payload, extra);
  if (!result.ok) return refusal(result.error);
  const checked = resolverContracts[name].result.safeParse(result.data);
  if (!checked.success)
    throw new Error(
      `${name} answered outside its contract: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return success(result.data as ResultOf<K>);
}

/**
 * For tests that send what no UI can: payloads outside the contract (fuzzing, refusals of malformed input) or names
 * outside it. The answer's `data` is `unknown`, so a test must narrow it before reading it.
 */
export async function invokeOutsideContract(
  th: TestHost,
  accountId: string,
  functionKey: string,
  payload: unknown,
  extra: InvokeExtra = {},
): Promise<ContractAnswer<unknown>> {
  const result = await post(th, accountId, functionKey, payload, extra);
  return result.ok ? success(result.data) : refusal(result.error);
}

/** A campaign's panel from `getCampaignPanel`'s answer, failing the test when the issue is in no campaign. */
export function campaignPanelOf(answer: ContractAnswer<ResultOf<'getCampaignPanel'>>): CampaignPanel {
  if (!answer.ok) throw new Error(`getCampaignPanel refused: ${JSON.stringify(answer.error)}`);
  if (answer.data.mode === 'none') throw new Error(`${answer.data.issueKey} is in no campaign`);
  return answer.data;
}

/** The epic a finished creation job made, failing the test when it made none. */
export function epicOf(job: ContractAnswer<ResultOf<'getCreationJob'>>): string {
  if (!job.ok || !job.data.epicKey) throw new Error(`the creation job made no epic: ${JSON.stringify(job)}`);
  return job.data.epicKey;
}

/**
 * Polls `getCreationJob` until the creation queue's consumer has finished the job. The app's retry policy waits
 * for real under faults, so the limit is in time (under Jest's 30 s), not in polls.
 */
export async function waitForCreationJob(
  th: TestHost,
  accountId: string,
  jobId: string,
  timeoutMs = 25_000,
): Promise<ContractAnswer<ResultOf<'getCreationJob'>>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const job = await invokeResolver(th, accountId, 'getCreationJob', { jobId });
    if (!job.ok) return job;
    if (job.data.state === 'done' || job.data.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`creation job ${jobId} did not finish`);
}

/**
 * The campaign panel once its forecast is current: a panel load never runs the Monte Carlo (the `campaign-forecast`
 * consumer does, in the background), so a test that reads dates waits for the queue, then loads the panel again.
 */
export async function currentPanel(
  th: TestHost,
  accountId: string,
  payload: PayloadOf<'getCampaignPanel'>,
  extra: InvokeExtra = {},
  timeoutMs = 25_000,
): Promise<CampaignPanel> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const panel = campaignPanelOf(await invokeResolver(th, accountId, 'getCampaignPanel', payload, extra));
    if ((panel.forecast?.status ?? 'current') === 'current') return panel;
    if (Date.now() > deadline) throw new Error(`the forecast of ${panel.campaign.epicKey} stayed ${String(panel.forecast?.status)}`);
    await th.host.queues.settled();
    await new Promise((r) => setTimeout(r, 50));
  }
}
