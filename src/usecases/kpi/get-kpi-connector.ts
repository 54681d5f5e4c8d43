import type { KpiConnector } from '../../contracts/kpi';
import { kpiConnectorOf } from '../../domain/kpi';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import type { KpiPushUrlPort } from '../ports/kpi-push-url';
import type { KpiSecretsPort } from '../ports/kpi-secrets';
import { campaignForKpiManager, type KpiCampaignPorts } from './kpi-campaign';

export interface KpiConnectorPorts extends KpiCampaignPorts {
  secrets: KpiSecretsPort;
  pushUrl: KpiPushUrlPort;
  clock: Clock;
}

/**
 * Where and how tools push the campaign's KPI actuals; the secret is made on first need. Errors: NOT_FOUND and
 * FORBIDDEN of `campaignForKpiManager` (PM and project admins only).
 */
export async function getKpiConnector(input: { epicKey: string }, user: ActingUser, ports: KpiConnectorPorts): Promise<KpiConnector> {
  const record = await campaignForKpiManager(input.epicKey, user, ports);
  const [url, secret] = await Promise.all([ports.pushUrl.url(), ports.secrets.ensure(record.epicKey, ports.clock.now())]);
  return kpiConnectorOf(record, url, secret);
}
