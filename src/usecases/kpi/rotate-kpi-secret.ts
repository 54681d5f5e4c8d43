import type { KpiConnector } from '../../contracts/kpi';
import { kpiConnectorOf } from '../../domain/kpi';
import type { ActingUser } from '../acting-user';
import type { KpiConnectorPorts } from './get-kpi-connector';
import { campaignForKpiManager } from './kpi-campaign';

/**
 * A new signing secret for the campaign: pushes signed with the old one are refused from now on. Errors: NOT_FOUND
 * and FORBIDDEN of `campaignForKpiManager` (PM and project admins only).
 */
export async function rotateKpiSecret(input: { epicKey: string }, user: ActingUser, ports: KpiConnectorPorts): Promise<KpiConnector> {
  const record = await campaignForKpiManager(input.epicKey, user, ports);
  const [url, secret] = await Promise.all([ports.pushUrl.url(), ports.secrets.rotate(record.epicKey, ports.clock.now())]);
  return kpiConnectorOf(record, url, secret);
}
