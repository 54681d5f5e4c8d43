import { DataTable, type Column } from '../../kit/DataTable';
import * as kpiWords from '../../../src/wording/catalog/kpis';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { PlanSection } from './PlanSection';
import type { PlanKpi } from './types';

function kpiColumns(t: Strings, f: Formatters): Column<PlanKpi>[] {
  const target = (k: PlanKpi): string => {
    const value =
      k.unit === 'currency'
        ? f.money(k.target)
        : `${f.number(k.target)}${t.unit[k.unit] ? `${t.lang === 'fr' && k.unit === 'percent' ? '\u202f' : ''}${t.unit[k.unit]}` : ''}`;
    return `${k.direction === 'higher_is_better' ? t.higherBetter : t.lowerBetter} ${value}`;
  };
  const words = kpiWords[t.lang];
  return [
    { key: 'kpi', header: t.colKpi, rowHeader: true, cell: (k) => k.name },
    { key: 'target', header: t.colTarget, className: 'nowrap', cell: target },
    {
      key: 'aggregation',
      header: words.countedAs,
      className: 'nowrap',
      cell: (k) => (k.aggregation ? words.aggregation[k.aggregation] : '—'),
    },
    { key: 'window', header: t.colWindow, className: 'nowrap', cell: (k) => `${f.date(k.windowStart)} – ${f.date(k.windowEnd)}` },
  ];
}

export function KpiTable({ t, f, kpis }: { t: Strings; f: Formatters; kpis: PlanKpi[] }) {
  if (kpis.length === 0) return null;
  return (
    <PlanSection id="kpis" title={t.kpis}>
      <DataTable labelledBy="kpis-heading" columns={kpiColumns(t, f)} rows={kpis} rowKey={(k) => k.kpiId} />
    </PlanSection>
  );
}
