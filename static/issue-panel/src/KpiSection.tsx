import { Suspense } from 'react';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Lozenge } from './Lozenge';
import { Section } from './Section';
import { LazyKpiTools } from './kpi-lazy';
import type { BudgetBurn, KpiStatus } from './types';

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
  if (kpis.length === 0 && channels.length === 0 && !epicKey) return null;
  return (
    <Section id="kpis" title={t.kpis}>
      {kpis.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.kpi}</th>
              <th scope="col" className="num">
                {t.target}
              </th>
              <th scope="col" className="num">
                {t.kpiActual}
              </th>
              <th scope="col" className="num">
                {t.expectedByNow}
              </th>
              <th scope="col">{t.pace}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((k) => (
              <tr key={k.kpiId}>
                <th scope="row">
                  {k.name}{' '}
                  <span aria-hidden="true" className="muted small">
                    {k.direction === 'higher_is_better' ? '↑' : '↓'}
                  </span>
                  {paceLine(t, f, k) && <span className="cell-note muted small">{paceLine(t, f, k)}</span>}
                </th>
                <td className="num">{kpiValue(k, k.target, f)}</td>
                <td className="num">{k.actual === null ? <span className="muted">{t.notMeasured}</span> : kpiValue(k, k.actual, f)}</td>
                <td className="num">{k.expectedByNow === null ? '—' : kpiValue(k, k.expectedByNow, f)}</td>
                <td>
                  {k.onPace === null ? (
                    <span className="muted small">{k.expectedByNow === null ? t.outsideWindow : t.notMeasured}</span>
                  ) : (
                    <Lozenge tone={k.onPace ? 'success' : 'warning'}>{k.onPace ? t.onPace : t.behindPace}</Lozenge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {channels.length > 0 && (
        <table className="table table--compact" data-testid="channel-spend">
          <caption className="subheading">{t.channelSpend}</caption>
          <thead>
            <tr>
              <th scope="col">{t.channelCol}</th>
              <th scope="col" className="num">
                {t.actual}
              </th>
            </tr>
          </thead>
          <tbody>
            {channels.map((c) => (
              <tr key={c.channel}>
                <th scope="row">{c.channel}</th>
                <td className="num">{f.money(c.actual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!!budget?.issueActualSuperseded && <p className="muted small">{t.supersededNote(f.money(budget.issueActualSuperseded))}</p>}
      {epicKey && onChanged && (
        <Suspense fallback={null}>
          <LazyKpiTools lang={t.lang} f={f} epicKey={epicKey} kpis={kpis} onChanged={onChanged} />
        </Suspense>
      )}
    </Section>
  );
}
