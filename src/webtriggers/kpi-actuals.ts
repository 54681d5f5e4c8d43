import { z } from 'zod';
import { PushCampaign, readPush } from '../domain/kpi';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { getKpiSecret } from '../adapters/storage/kpi-secrets';
import { storePushedPoint } from '../adapters/storage/kpi-pushes';
import { SIGNATURE_HEADER, signatureMatches } from './signature';

/** Forge's web trigger request: header names with arrays of values, the raw body as a string. */
const WebTriggerRequest = z
  .object({
    method: z.string(),
    headers: z.record(z.array(z.string())).default({}),
    body: z.string().optional(),
  })
  .passthrough();

export interface WebTriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

/** One point is a few hundred bytes; anything much bigger is refused before any work. */
export const MAX_PUSH_BYTES = 8 * 1024;

const answer = (statusCode: number, body: unknown): WebTriggerResponse => ({
  statusCode,
  headers: { 'Content-Type': ['application/json'] },
  body: JSON.stringify(body),
});
const refuse = (statusCode: number, code: string, message: string, field?: string): WebTriggerResponse => answer(statusCode, { ok: false, error: { code, message, ...(field ? { field } : {}) } });

const header = (headers: Record<string, string[]>, name: string): string | undefined => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1][0];

/**
 * The `webtrigger` module's function: a tool (HubSpot, GA4, Mailchimp, an ad platform, through a no-code connector)
 * pushes one KPI actual `{campaign, kpi, value, at, source}`, signed with the campaign's secret. Nothing is stored
 * unless the signature matches that campaign's secret; the same source + instant again is answered 200 and stored once.
 */
export async function onKpiActualsWebTrigger(request: unknown): Promise<WebTriggerResponse> {
  const req = WebTriggerRequest.safeParse(request);
  if (!req.success) return refuse(400, 'INVALID_REQUEST', 'The request is not a web trigger request.');
  if (req.data.method.toUpperCase() !== 'POST') return refuse(405, 'METHOD_NOT_ALLOWED', 'Send actuals with POST.');
  const raw = req.data.body ?? '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_PUSH_BYTES) return refuse(413, 'PAYLOAD_TOO_LARGE', `body: at most ${MAX_PUSH_BYTES} bytes (one point per request)`, 'body');

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return refuse(400, 'INVALID_INPUT', 'body: is not JSON; send {campaign, kpi, value, at, source}', 'body');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse(400, 'INVALID_INPUT', 'body: must be a JSON object {campaign, kpi, value, at, source}', 'body');
  // The campaign picks the secret; nothing else in the body is trusted before the signature is checked.
  const named = PushCampaign.safeParse(json);
  if (!named.success) return refuse(400, 'INVALID_INPUT', `campaign: ${named.error.issues[0].message}`, 'campaign');
  const signature = header(req.data.headers, SIGNATURE_HEADER);
  if (!signature) return refuse(401, 'UNAUTHORIZED', `${SIGNATURE_HEADER}: missing; sign the body with the campaign's secret`);
  const secret = await getKpiSecret(named.data.campaign);
  // An unknown campaign answers like a wrong signature, so the URL tells nobody which campaigns exist.
  if (!secret || !signatureMatches(secret.secret, raw, signature)) return refuse(401, 'UNAUTHORIZED', `${SIGNATURE_HEADER}: does not match this body and campaign`);

  const now = new Date();
  const push = readPush(json, now);
  if (!push.ok) return refuse(400, 'INVALID_INPUT', push.message, push.field);
  const record = await getCampaignRecord(push.campaign);
  if (!record) return refuse(404, 'NOT_FOUND', `campaign: ${push.campaign} is not a campaign created with Campaign Control`, 'campaign');
  const kpi = record.plan.kpis.find((k) => k.kpiId === push.point.kpiId);
  if (!kpi) return refuse(422, 'UNKNOWN_KPI', `kpi: ${push.campaign} has no KPI "${push.point.kpiId}" (KPIs: ${record.plan.kpis.map((k) => k.kpiId).join(', ') || 'none'})`, 'kpi');

  const stored = await storePushedPoint(push.campaign, push.point, now);
  if (stored.outcome === 'conflict') {
    return refuse(409, 'CONFLICT', `value: ${push.point.source} already reported ${stored.stored?.value ?? 'another value'} for ${kpi.kpiId} at ${push.point.at}; nothing was overwritten`, 'value');
  }
  return answer(stored.outcome === 'new' ? 201 : 200, { ok: true, stored: stored.outcome === 'new', duplicate: stored.outcome === 'duplicate', point: push.point });
}
