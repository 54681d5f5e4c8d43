import { z } from 'zod';
import { CostCategory, RowId, type PlanKpi } from '../model';
import { DomainError } from '../errors';
import type { Message } from '../../wording/messages';
import { SourceName } from './points';
import { mustGroup } from '../invariant';
import { problemText } from '../../wording/catalog/problems';

/**
 * How a channel report's columns become KPI actuals and budget actuals: the date column, KPI columns (optionally
 * multiplied by another column, e.g. revenue = conversions × revenue_per_conversion), and spend columns, each one
 * channel counted in a cost category.
 */
export const KpiImportMapping = z
  .object({
    timeColumn: z.string().min(1, problemText('dateColumn')),
    source: SourceName.default('csv'),
    kpis: z
      .array(z.object({ column: z.string().min(1), kpiId: RowId, multiplyBy: z.string().min(1).optional() }).strict())
      .max(30)
      .default([]),
    spend: z
      .array(
        z
          .object({ column: z.string().min(1), channel: z.string().trim().min(1).max(60), category: CostCategory.default('media') })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();
export type KpiImportMapping = z.infer<typeof KpiImportMapping>;
export type KpiImportMappingInput = z.input<typeof KpiImportMapping>;

const fail = (field: string, m: Extract<Message, { key: `csv.${string}` }>): never => {
  throw new DomainError('INVALID_INPUT', m, field);
};

/** Refuses a mapping that names a column the file lacks, a KPI the campaign lacks, or maps something twice. */
export function checkMapping(mapping: KpiImportMapping, header: readonly string[], kpis: readonly PlanKpi[]): void {
  const known = new Set(header);
  const column = (field: string, name: string): void => {
    if (!known.has(name)) fail(field, { key: 'csv.notAColumn', params: { field, name, columns: header.join(', ') } });
  };
  column('mapping.timeColumn', mapping.timeColumn);
  if (mapping.kpis.length === 0 && mapping.spend.length === 0) fail('mapping', { key: 'csv.mapSomething' });
  const kpiIds = new Set(kpis.map((k) => k.kpiId));
  const seenKpis = new Set<string>();
  mapping.kpis.forEach((m, i) => {
    column(`mapping.kpis.${i}.column`, m.column);
    if (m.multiplyBy !== undefined) column(`mapping.kpis.${i}.multiplyBy`, m.multiplyBy);
    const field = `mapping.kpis.${i}.kpiId`;
    if (!kpiIds.has(m.kpiId)) fail(field, { key: 'csv.noSuchKpi', params: { field, kpiId: m.kpiId, kpis: [...kpiIds].join(', ') } });
    if (seenKpis.has(m.kpiId)) fail(field, { key: 'csv.kpiTwice', params: { field, kpiId: m.kpiId } });
    seenKpis.add(m.kpiId);
  });
  const seenChannels = new Set<string>();
  mapping.spend.forEach((m, i) => {
    column(`mapping.spend.${i}.column`, m.column);
    const field = `mapping.spend.${i}.channel`;
    if (seenChannels.has(m.channel)) fail(field, { key: 'csv.channelTwice', params: { field, channel: m.channel } });
    seenChannels.add(m.channel);
  });
}

const DATE_COLUMN = /^(time|date|day|week|week_start|period|jour|semaine)$/i;
const SPEND_COLUMN = /^(.+?)[ _-]?(spend|cost|depenses|dépenses)$/i;
/** Count KPIs a report's `conversions` column measures. */
const COUNTS_OF_CONVERSIONS = ['conversions', 'orders', 'leads', 'signups', 'registrations'];
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A first mapping for a file: the date column by its name, `<Channel>_spend` columns as media spend of that
 * channel, and columns named like a KPI (its id or name). Conversions × revenue per conversion is offered for a
 * currency KPI called revenue when the file has both columns. The PM reviews it in the preview.
 */
export function suggestMapping(header: readonly string[], kpis: readonly PlanKpi[]): KpiImportMappingInput {
  const timeColumn = header.find((h) => DATE_COLUMN.test(h)) ?? header[0] ?? '';
  const spend = header.flatMap((h) => {
    const m = SPEND_COLUMN.exec(h);
    return m ? [{ column: h, channel: mustGroup(m, 1), category: 'media' as const }] : [];
  });
  const mapped: { column: string; kpiId: string; multiplyBy?: string }[] = [];
  for (const kpi of kpis) {
    const column = header.find(
      (h) => h !== timeColumn && !spend.some((s) => s.column === h) && (norm(h) === norm(kpi.kpiId) || norm(h) === norm(kpi.name)),
    );
    if (column) mapped.push({ column, kpiId: kpi.kpiId });
  }
  const conversions = header.find((h) => norm(h) === 'conversions');
  const countKpi = kpis.find(
    (k) => k.unit === 'count' && COUNTS_OF_CONVERSIONS.includes(k.kpiId) && !mapped.some((m) => m.kpiId === k.kpiId),
  );
  if (conversions && countKpi && !mapped.some((m) => m.column === conversions)) mapped.push({ column: conversions, kpiId: countKpi.kpiId });
  const perConversion = header.find((h) => norm(h) === 'revenueperconversion');
  const revenue = kpis.find(
    (k) => k.unit === 'currency' && norm(k.kpiId).startsWith('revenue') && !mapped.some((m) => m.kpiId === k.kpiId),
  );
  if (conversions && perConversion && revenue) mapped.push({ column: conversions, multiplyBy: perConversion, kpiId: revenue.kpiId });
  return { timeColumn, source: 'csv', kpis: mapped, spend };
}
