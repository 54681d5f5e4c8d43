import { createHmac } from 'node:crypto';
import { CampaignPlan, type PlanKpi } from '../../../src/domain/model';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { CAMILLE } from '../../../local/identity/demo-users';
import type { TestHost } from '../../support/host';
import type { CampaignPanel } from '../../../src/contracts/campaign-panel';
import { campaignPanelOf, epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { planWith } from '../creation/plan-fixture';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

/** Creates a campaign (1 milestone, 2 tasks) with the given KPIs through the real creation job, as Camille (its PM). */
export async function createKpiCampaign(
  th: TestHost,
  label: string,
  kpis: PlanKpi[],
  adjust: (plan: CampaignPlan) => CampaignPlan = (p) => p,
): Promise<{ epicKey: string; plan: CampaignPlan; keys: Record<string, string> }> {
  const plan = CampaignPlan.parse(adjust({ ...planWith(1, 2, label), kpis }));
  const started = await invokeResolver(th, CAMILLE.accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId: `kpi-${label}`, plan });
  if (!started.ok) throw new Error(`createCampaign failed: ${JSON.stringify(started.error)}`);
  const job = await waitForCreationJob(th, CAMILLE.accountId, started.data.jobId);
  if (!job.ok || job.data.state !== 'done') throw new Error(`creation job did not finish: ${JSON.stringify(job)}`);
  return { epicKey: epicOf(job), plan, keys: job.data.issueKeys };
}

/** The hex HMAC-SHA256 signature header value a tool would send, computed here independently of the app. */
export const sign = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * The fixed JSON bodies the KPI web trigger's outputs declare in manifest.yml: a success says stored or duplicate, an
 * error names its code, the field and the problem. As with resolver answers (ContractAnswer), only one side is there
 * at run time: reading `error` of a success gives undefined and the test fails.
 */
export interface KpiWebTriggerBody {
  ok: boolean;
  stored: boolean;
  duplicate: boolean;
  error: { code: string; field?: string; message: string };
}

/** Posts a raw body to a URL with optional headers, as a no-code connector would; the answer's body as JSON when it is. */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: KpiWebTriggerBody }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const text = await res.text();
  let parsed: KpiWebTriggerBody;
  try {
    parsed = JSON.parse(text) as KpiWebTriggerBody;
  } catch {
    throw new Error(`the web trigger answered ${res.status} with a body that is not JSON: ${text}`);
  }
  return { status: res.status, body: parsed };
}

/** KVS keys the app stored under a prefix (read straight from the host's database). */
export const storedKeys = (th: TestHost, prefix: string): string[] =>
  new KvsStore(th.host.db).beginsWith('plain', prefix, 10_000).items.map((i) => i.key);

/** A campaign's panel as `accountId` sees it on `issueKey` (the test fails on a refusal or an issue in no campaign). */
export const panelOf = async (th: TestHost, accountId: string, issueKey: string): Promise<CampaignPanel> =>
  campaignPanelOf(await invokeResolver(th, accountId, 'getCampaignPanel', {}, { moduleKey: 'campaign-panel', issueKey }));
