import type { KpiImportMappingInput } from '../../../src/contracts/kpi';

export type Category = 'media' | 'production' | 'agency' | 'tooling' | 'event';
export const CATEGORIES: Category[] = ['media', 'production', 'agency', 'tooling', 'event'];

/** The mapping as the form edits it: every list present, every spend column with a category. */
export type Mapping = Required<Pick<KpiImportMappingInput, 'timeColumn'>> & {
  source: string;
  kpis: { column: string; kpiId: string; multiplyBy?: string }[];
  spend: { column: string; channel: string; category: Category }[];
};
export type SpendLine = Mapping['spend'][number];

export const asMapping = (m: KpiImportMappingInput): Mapping => ({
  timeColumn: m.timeColumn,
  source: m.source ?? 'csv',
  kpis: (m.kpis ?? []).map((k) => ({ ...k })),
  spend: (m.spend ?? []).map((x) => ({ column: x.column, channel: x.channel, category: x.category ?? 'media' })),
});

/** The mapping with KPI `kpiId` read from `column` (times `multiplyBy`), or not read at all when `column` is empty. */
export const withKpiColumn = (m: Mapping, kpiId: string, column: string, multiplyBy?: string): Mapping => ({
  ...m,
  kpis: [...m.kpis.filter((x) => x.kpiId !== kpiId), ...(column ? [{ kpiId, column, ...(multiplyBy ? { multiplyBy } : {}) }] : [])],
});

export const withSpendLine = (m: Mapping, i: number, patch: Partial<SpendLine>): Mapping => ({
  ...m,
  spend: m.spend.map((x, j) => (j === i ? { ...x, ...patch } : x)),
});

// Custom UI runs in a secure context (https, or localhost for the local host), where `randomUUID` exists.
export const newRequestId = (): string => crypto.randomUUID();
