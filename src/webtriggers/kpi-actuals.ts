import { z } from 'zod';
import { KpiPush, PushCampaign, SIGNATURE_HEADER } from '../domain/kpi';
import { pushKpiActual, type PushKpiActualOutcome } from '../usecases/kpi/push-kpi-actual';
import { kpiPushPorts } from '../wiring/kpi';

/** Forge's web trigger request: header names with arrays of values, the raw body as a string. */
const WebTriggerRequest = z
  .object({
    method: z.string(),
    headers: z.record(z.array(z.string())).default({}),
    body: z.string().optional(),
  })
  .passthrough();

/**
 * The answers the KPI web trigger can give: the keys of its `response.outputs` in manifest.yml, where each one's
 * status and fixed JSON body are declared. The web trigger is `static` (Runs on Atlassian), so the function only
 * names an output; nothing it read from storage or the request can be sent back.
 */
export type KpiOutputKey =
  | 'stored'
  | 'duplicate'
  | 'bad-request'
  | 'bad-body'
  | 'unknown-field'
  | 'bad-campaign'
  | 'bad-kpi'
  | 'bad-value'
  | 'bad-at'
  | 'bad-source'
  | 'signature-missing'
  | 'signature-mismatch'
  | 'campaign-not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'too-large'
  | 'unknown-kpi';

/** What a static web trigger's function returns (Forge maps `outputKey` to the configured output). */
export interface StaticWebTriggerAnswer {
  outputKey: KpiOutputKey;
}

/** One point is a few hundred bytes; anything much bigger is refused before any work. */
export const MAX_PUSH_BYTES = 8 * 1024;

/** A fixed body can name only a field it knows: each field of a push has its own 400 output. */
const FIELD_OUTPUTS: Record<keyof KpiPush, KpiOutputKey> = {
  campaign: 'bad-campaign',
  kpi: 'bad-kpi',
  value: 'bad-value',
  at: 'bad-at',
  source: 'bad-source',
};
const PushField = KpiPush.keyof();

const answer = (outputKey: KpiOutputKey): StaticWebTriggerAnswer => ({ outputKey });

const header = (headers: Record<string, string[]>, name: string): string | undefined =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1][0];

/** The output of a push's outcome; a refused field names its own output. */
function outputOf(outcome: PushKpiActualOutcome): KpiOutputKey {
  if (outcome.kind !== 'bad-field') return outcome.kind;
  if (outcome.unknown) return 'unknown-field';
  const field = PushField.safeParse(outcome.field);
  return field.success ? FIELD_OUTPUTS[field.data] : 'bad-body';
}

/**
 * The `webtrigger` module's function: a tool (HubSpot, GA4, Mailchimp, an ad platform, through a no-code connector)
 * pushes one KPI actual `{campaign, kpi, value, at, source}`, signed with the campaign's secret. Nothing is stored
 * unless the signature matches that campaign's secret (`pushKpiActual`); the same source + instant again is
 * answered 200 and stored once.
 * Every answer names one of the manifest's outputs (statuses and bodies live there, see KpiOutputKey).
 */
export async function onKpiActualsWebTrigger(request: unknown): Promise<StaticWebTriggerAnswer> {
  const req = WebTriggerRequest.safeParse(request);
  if (!req.success) return answer('bad-request');
  if (req.data.method.toUpperCase() !== 'POST') return answer('method-not-allowed');
  const raw = req.data.body ?? '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_PUSH_BYTES) return answer('too-large');

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return answer('bad-body');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return answer('bad-body');
  // The campaign picks the secret; nothing else in the body is trusted before the signature is checked.
  const named = PushCampaign.safeParse(json);
  if (!named.success) return answer('bad-campaign');
  const signature = header(req.data.headers, SIGNATURE_HEADER);
  if (!signature) return answer('signature-missing');
  // The rest (signature, fields, campaign, KPI, storing once) is the use case's.
  return answer(outputOf(await pushKpiActual({ campaign: named.data.campaign, rawBody: raw, body: json, signature }, kpiPushPorts())));
}
