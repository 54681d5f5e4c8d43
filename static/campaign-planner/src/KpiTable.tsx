import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PlanKpi } from './types';

export function KpiTable({ t, f, kpis }: { t: Strings; f: Formatters; kpis: PlanKpi[] }) {
  if (kpis.length === 0) return null;
  const target = (k: PlanKpi): string => {
    const value =
      k.unit === 'currency'
        ? f.money(k.target)
        : `${f.number(k.target)}${t.unit[k.unit] ? `${t.lang === 'fr' && k.unit === 'percent' ? '\u202f' : ''}${t.unit[k.unit]}` : ''}`;
    return `${k.direction === 'higher_is_better' ? t.higherBetter : t.lowerBetter} ${value}`;
  };
  return (
    <section aria-labelledby="kpis-heading" className="section">
      <h3 id="kpis-heading" className="section__title">
        {t.kpis}
      </h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.colKpi}</th>
              <th scope="col">{t.colTarget}</th>
              <th scope="col">{t.colWindow}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((k) => (
              <tr key={k.kpiId}>
                <th scope="row">{k.name}</th>
                <td className="nowrap">{target(k)}</td>
                <td className="nowrap">
                  {f.date(k.windowStart)} – {f.date(k.windowEnd)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
