import { formatISO } from 'date-fns';
import type { Risk } from '../../contracts/risks';
import type { ForecastSource } from '../../domain/metrics';
import type { CampaignRecord, CampaignSnapshot } from '../../domain/model';
import { riskView } from '../../domain/risks/register';
import { otherCampaignWork } from '../portfolio/other-campaigns';
import type { CampaignRecordIndexPort } from '../ports/campaign-record-index';
import type { CapacityPort } from '../ports/capacity-store';
import type { RiskRegisterPort } from '../ports/risk-register';
import type { SnapshotStorePort } from '../ports/snapshot-store';

export interface ForecastSourcePorts {
  /** Every campaign the app manages: their open work loads the same people. */
  campaigns: CampaignRecordIndexPort;
  snapshots: Pick<SnapshotStorePort, 'load'>;
  /** People's capacity settings (none: everyone at 100 % on business days). */
  capacity?: CapacityPort;
  /** Campaigns' risk registers (none: no risks in the forecast). */
  risks?: Pick<RiskRegisterPort, 'list'>;
}

/** The day a forecast starts from: the server's calendar day, the same for the panel and the forecast consumer. */
export const forecastDay = (now: Date): string => formatISO(now, { representation: 'date' });

/**
 * Everything a campaign's forecast is computed from, read from app storage only (no Jira call): the other campaigns'
 * open work, everyone's capacity and the campaign's risk register (also returned as the panel shows it).
 */
export async function forecastSourceOf(
  campaign: { record: CampaignRecord; snapshot: CampaignSnapshot; people: Readonly<Record<string, string>> },
  now: Date,
  ports: ForecastSourcePorts,
): Promise<{ source: ForecastSource; register: Risk[] }> {
  const { record, snapshot, people } = campaign;
  const [otherActivities, capacity, risks] = await Promise.all([
    otherCampaignWork(record.epicKey, ports),
    ports.capacity?.all() ?? Promise.resolve([]),
    ports.risks?.list(record.epicKey) ?? Promise.resolve([]),
  ]);
  const register = risks.map((r) => riskView(r, people));
  return { source: { record, snapshot, today: forecastDay(now), people, otherActivities, capacity, risks: register }, register };
}
