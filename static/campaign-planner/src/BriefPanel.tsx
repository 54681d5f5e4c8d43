import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PlanBrief } from './types';

type BriefValue = PlanBrief['values'][number];

/** Brief values come as the parser found them; show them readably without guessing their shape. */
function show(value: unknown, f: Formatters): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? f.date(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((v) => show(v, f)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.amount === 'number' && typeof o.currency === 'string') {
      try {
        return new Intl.NumberFormat(undefined, { style: 'currency', currency: o.currency, maximumFractionDigits: 0 }).format(o.amount);
      } catch {
        return `${o.amount} ${o.currency}`;
      }
    }
    if (typeof o.name === 'string')
      return [o.name, o.target, o.value]
        .filter((x) => x !== undefined)
        .map(String)
        .join(' ');
    if (typeof o.displayName === 'string') return o.displayName;
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${show(v, f)}`)
      .join('; ');
  }
  // Symbols and functions cannot come out of JSON.
  return '—';
}

function valueColumns(t: Strings, f: Formatters): Column<BriefValue>[] {
  return [
    { key: 'field', header: t.colField, rowHeader: true, cell: (v) => t.briefFields[v.field] ?? v.field },
    { key: 'value', header: t.colValue, cell: (v) => show(v.value, f) },
    { key: 'source', header: t.colSource, className: 'muted', cell: (v) => v.source },
  ];
}

export function BriefPanel({ t, f, brief }: { t: Strings; f: Formatters; brief: PlanBrief }) {
  return (
    <section aria-labelledby="brief-heading" className="section">
      <h3 id="brief-heading" className="section__title">
        {t.briefTitle}
        {t.colon}
        <a href={brief.url} target="_blank" rel="noreferrer">
          {brief.title}
        </a>
        <span className="muted"> · v{brief.version}</span>
      </h3>
      {brief.problems.length > 0 && (
        <div className="banner banner--warning" role="note">
          <p className="banner__title">{t.briefProblems}</p>
          <ul className="warnings">
            {brief.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {brief.values.length > 0 && (
        <DataTable labelledBy="brief-heading" columns={valueColumns(t, f)} rows={brief.values} rowKey={(v, i) => `${v.field}-${i}`} />
      )}
    </section>
  );
}
