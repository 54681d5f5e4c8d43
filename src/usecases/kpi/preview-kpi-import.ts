import { formatISO } from 'date-fns';
import type { KpiImportPreview } from '../../contracts/kpi';
import { buildCampaignImport, type KpiImportMapping } from '../../domain/kpi';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import { wordStored } from '../../wording/messages';
import { campaignForKpiManager, type KpiCampaignPorts } from './kpi-campaign';

export interface KpiImportPreviewPorts extends KpiCampaignPorts {
  clock: Clock;
}

/** The calendar day the import judges "future" dates by (the function's local day, as before). */
export const importDayOf = (now: Date): string => formatISO(now, { representation: 'date' });

/**
 * What importing a channel report would store: rows, totals per KPI and per channel, and every error by line and
 * column. Errors: NOT_FOUND and FORBIDDEN of `campaignForKpiManager`; INVALID_INPUT (`mapping…`) for a mapping sent
 * that does not fit the file or the campaign's KPIs.
 */
export async function previewKpiImport(
  input: { epicKey: string; csv: string; mapping?: KpiImportMapping | undefined },
  user: ActingUser,
  ports: KpiImportPreviewPorts,
): Promise<KpiImportPreview> {
  const record = await campaignForKpiManager(input.epicKey, user, ports);
  const built = buildCampaignImport(record.plan.kpis, input.csv, input.mapping, importDayOf(ports.clock.now()));
  const preview = 'unreadable' in built ? built.unreadable : built.preview;
  return { ...preview, errors: wordStored(user.locale, preview.errors) };
}
