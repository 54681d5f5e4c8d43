import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Lozenge } from './Lozenge';
import { Section } from './Section';
import type { KpiStatus } from './types';

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

export function KpiSection({ t, f, kpis }: { t: Strings; f: Formatters; kpis: KpiStatus[] }) {
  if (kpis.length === 0) return null;
  return (
    <Section id="kpis" title={t.kpis}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.kpi}</th>
            <th scope="col" className="num">{t.target}</th>
            <th scope="col" className="num">{t.kpiActual}</th>
            <th scope="col" className="num">{t.expectedByNow}</th>
            <th scope="col">{t.pace}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.kpiId}>
              <th scope="row">
                {k.name} <span aria-hidden="true" className="muted small">{k.direction === 'higher_is_better' ? '↑' : '↓'}</span>
              </th>
              <td className="num">{kpiValue(k, k.target, f)}</td>
              <td className="num">{k.actual === null ? <span className="muted">{t.notMeasured}</span> : kpiValue(k, k.actual, f)}</td>
              <td className="num">{k.expectedByNow === null ? '—' : kpiValue(k, k.expectedByNow, f)}</td>
              <td>
                {k.onPace === null ? <span className="muted small">{k.expectedByNow === null ? t.outsideWindow : t.notMeasured}</span> : <Lozenge tone={k.onPace ? 'success' : 'warning'}>{k.onPace ? t.onPace : t.behindPace}</Lozenge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
