import { Suspense } from 'react';
import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Lozenge } from './Lozenge';
import { Section } from './Section';
import { LazyKpiTools } from './kpi-lazy';
import type { BudgetBurn, KpiStatus } from './types';
import { ActionRefusal, usePanelAction, useReadOnly } from './panel-actions';

/** A KPI value in its unit: percent targets are stored as numbers of percent (5.6 = 5.6 %). */
function kpiValue(k: KpiStatus, v: number, f: Formatters): string {
  switch (k.unit) {
    case 'currency':
      return f.money(v);
    case 'percent':
      return f.percentValue(v);
    case 'ratio':
      return `${f.number(v)}×`;
    default:
      return f.number(v);
  }
}

/** Pace to target and where the actual came from, under the KPI's name. */
function paceLine(t: Strings, f: Formatters, k: KpiStatus): string | null {
  if (!k.pace || k.actual === null) return null;
  const { ratio, projectedAtEnd, neededPerDay } = k.pace;
  const detail = t.kpiPaceDetail(
    ratio === null ? null : `${f.number(ratio)}×`,
    projectedAtEnd === null ? null : kpiValue(k, projectedAtEnd, f),
    neededPerDay === null ? null : kpiValue(k, neededPerDay, f),
  );
  const measured = k.points ? t.kpiMeasured(k.points, (k.sources ?? []).join(', ')) : '';
  return [detail, measured].filter(Boolean).join(' — ');
}

type Channel = NonNullable<BudgetBurn['byChannel']>[number];

function Pace({ t, k }: { t: Strings; k: KpiStatus }) {
  if (k.onPace === null) return <span className="muted small">{k.expectedByNow === null ? t.outsideWindow : t.notMeasured}</span>;
  return <Lozenge tone={k.onPace ? 'success' : 'warning'}>{k.onPace ? t.onPace : t.behindPace}</Lozenge>;
}

function kpiColumns(t: Strings, f: Formatters): Column<KpiStatus>[] {
  const name = (k: KpiStatus) => (
    <>
      {k.name}{' '}
      <span aria-hidden="true" className="muted small">
        {k.direction === 'higher_is_better' ? '↑' : '↓'}
      </span>
      {paceLine(t, f, k) && <span className="cell-note muted small">{paceLine(t, f, k)}</span>}
    </>
  );
  const num = { headerClassName: 'num', className: 'num' };
  return [
    { key: 'kpi', header: t.kpi, rowHeader: true, cell: name },
    { key: 'target', header: t.target, ...num, cell: (k) => kpiValue(k, k.target, f) },
    {
      key: 'actual',
      header: t.kpiActual,
      ...num,
      cell: (k) => (k.actual === null ? <span className="muted">{t.notMeasured}</span> : kpiValue(k, k.actual, f)),
    },
    { key: 'expected', header: t.expectedByNow, ...num, cell: (k) => (k.expectedByNow === null ? '—' : kpiValue(k, k.expectedByNow, f)) },
    { key: 'pace', header: t.pace, cell: (k) => <Pace t={t} k={k} /> },
  ];
}

function channelColumns(t: Strings, f: Formatters): Column<Channel>[] {
  return [
    { key: 'channel', header: t.channelCol, rowHeader: true, cell: (c) => c.channel },
    { key: 'actual', header: t.actual, headerClassName: 'num', className: 'num', cell: (c) => f.money(c.actual) },
  ];
}

export interface KpiSectionProps {
  t: Strings;
  f: Formatters;
  kpis: KpiStatus[];
  /** On the epic: the KPI tools (import, connector) and the spend imported per channel. */
  epicKey?: string;
  budget?: BudgetBurn;
  onChanged?: () => void;
}

export function KpiSection({ t, f, kpis, epicKey, budget, onChanged }: KpiSectionProps) {
  const channels = budget?.byChannel ?? [];
  const importCsv = usePanelAction('importCsv');
  const connectTool = usePanelAction('connectTool');
  const readOnly = useReadOnly();
  const tools = importCsv.allowed || connectTool.allowed;
  if (kpis.length === 0 && channels.length === 0 && !epicKey) return null;
  return (
    <Section id="kpis" title={t.kpis}>
      {kpis.length > 0 && <DataTable bare columns={kpiColumns(t, f)} rows={kpis} rowKey={(k) => k.kpiId} />}
      {channels.length > 0 && (
        <DataTable
          bare
          className="table table--compact"
          tableProps={{ 'data-testid': 'channel-spend' }}
          caption={t.channelSpend}
          captionClassName="subheading"
          columns={channelColumns(t, f)}
          rows={channels}
          rowKey={(c) => c.channel}
        />
      )}
      {!!budget?.issueActualSuperseded && <p className="muted small">{t.supersededNote(f.money(budget.issueActualSuperseded))}</p>}
      {epicKey && onChanged && tools && (
        <Suspense fallback={null}>
          <LazyKpiTools
            lang={t.lang}
            f={f}
            epicKey={epicKey}
            kpis={kpis}
            onChanged={onChanged}
            offer={{ importCsv: importCsv.allowed, connectTool: connectTool.allowed }}
          />
        </Suspense>
      )}
      {epicKey && !tools && !readOnly && <ActionRefusal action={importCsv} testId="kpi-tools-refusal" />}
    </Section>
  );
}
