import { createHmac } from 'node:crypto';
import { CampaignPlan, type PlanKpi } from '../../../src/domain/model';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { CAMILLE } from '../../../local/identity/demo-users';
import type { TestHost } from '../../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { planWith } from '../creation/plan-fixture';

/** Creates a campaign (1 milestone, 2 tasks) with the given KPIs through the real creation job, as Camille (its PM). */
export async function createKpiCampaign(
  th: TestHost,
  label: string,
  kpis: PlanKpi[],
  adjust: (plan: CampaignPlan) => CampaignPlan = (p) => p,
): Promise<{ epicKey: string; plan: CampaignPlan; keys: Record<string, string> }> {
  const plan = CampaignPlan.parse(adjust({ ...planWith(1, 2, label), kpis }));
  const started = await invokeResolver(th, CAMILLE.accountId, 'createCampaign', { requestId: `kpi-${label}`, plan });
  if (!started.ok) throw new Error(`createCampaign failed: ${JSON.stringify(started.error)}`);
  const job = await waitForCreationJob(th, CAMILLE.accountId, started.data.jobId);
  if (job.data?.state !== 'done') throw new Error(`creation job did not finish: ${JSON.stringify(job)}`);
  return { epicKey: epicOf(job), plan, keys: job.data.issueKeys };
}

/** The hex HMAC-SHA256 signature header value a tool would send, computed here independently of the app. */
export const sign = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Posts a raw body to a URL with optional headers, as a no-code connector would. */
export async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { status: res.status, body: parsed };
}

/** KVS keys the app stored under a prefix (read straight from the host's database). */
export const storedKeys = (th: TestHost, prefix: string): string[] =>
  new KvsStore(th.host.db).beginsWith('plain', prefix, 10_000).items.map((i) => i.key);

export const panelOf = async (th: TestHost, accountId: string, issueKey: string): Promise<any> => {
  const res = await invokeResolver(th, accountId, 'getCampaignPanel', {}, { moduleKey: 'campaign-panel', issueKey });
  if (!res.ok) throw new Error(`getCampaignPanel failed: ${JSON.stringify(res.error)}`);
  return res.data;
};
