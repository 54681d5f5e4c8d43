import { readPush, signatureMatches } from '../../domain/kpi';
import type { Clock } from '../ports/clock';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { KpiPushesPort } from '../ports/kpi-pushes';
import type { KpiSecretsPort } from '../ports/kpi-secrets';

export interface PushKpiActualPorts {
  secrets: KpiSecretsPort;
  records: CampaignRecordsPort;
  pushes: KpiPushesPort;
  clock: Clock;
}

export interface PushKpiActualInput {
  /** The campaign the body names: it picks the secret the body must be signed with. */
  campaign: string;
  /** The exact raw body, as signed. */
  rawBody: string;
  /** That body, parsed (a JSON object). */
  body: object;
  /** The signature header's value. */
  signature: string;
}

/** What became of a push; a refused field is named (`unknown` for a field other than the five). */
export type PushKpiActualOutcome =
  | { kind: 'stored' | 'duplicate' | 'conflict' | 'signature-mismatch' | 'campaign-not-found' | 'unknown-kpi' }
  | { kind: 'bad-field'; field: string; unknown?: true };

/**
 * One KPI actual pushed by a tool, authenticated by the campaign's secret instead of a Jira user: nothing is read
 * from the body before the signature matches, and nothing is stored unless it does. An unknown campaign answers
 * like a wrong signature, so the caller learns nothing of which campaigns exist. Throws nothing of its own (storage
 * failures pass through).
 */
export async function pushKpiActual(input: PushKpiActualInput, ports: PushKpiActualPorts): Promise<PushKpiActualOutcome> {
  const secret = await ports.secrets.get(input.campaign);
  if (!secret || !signatureMatches(secret.secret, input.rawBody, input.signature)) return { kind: 'signature-mismatch' };

  const now = ports.clock.now();
  const push = readPush(input.body, now);
  if (!push.ok) return { kind: 'bad-field', field: push.field, ...(push.unknown ? { unknown: true as const } : {}) };
  const record = await ports.records.get(push.campaign);
  if (!record) return { kind: 'campaign-not-found' };
  if (!record.plan.kpis.some((k) => k.kpiId === push.point.kpiId)) return { kind: 'unknown-kpi' };

  const stored = await ports.pushes.store(push.campaign, push.point, now);
  return { kind: stored.outcome === 'new' ? 'stored' : stored.outcome };
}
