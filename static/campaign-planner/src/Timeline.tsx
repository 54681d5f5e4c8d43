import type { CSSProperties } from 'react';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { layoutTimeline } from './timeline-layout';
import type { PlanRow } from './types';

interface Props {
  t: Strings;
  f: Formatters;
  rows: PlanRow[];
  launchDate: string;
  today: string;
  /** Rows with a warning are drawn in the warning colour. */
  warnedRowIds: Set<string>;
}

const pct = (fraction: number): string => `${(fraction * 100).toFixed(3)}%`;

/** A Gantt chart in CSS grid: one line per milestone (diamond) or task (bar), grouped under its milestone. */
export function Timeline({ t, f, rows, launchDate, today, warnedRowIds }: Props) {
  const layout = layoutTimeline(rows, launchDate, today);
  const marker = (pos: number, kind: 'today' | 'launch', label: string) => (
    <div
      className={`gantt__marker gantt__marker--${kind}${pos > 0.8 ? ' gantt__marker--flip' : ''}`}
      style={{ '--pos': pos } as CSSProperties}
      aria-hidden="true"
    >
      <span className="gantt__marker-label">{label}</span>
    </div>
  );
  return (
    <figure className="gantt" aria-labelledby="timeline-heading" data-testid="timeline">
      <div className="gantt__head" aria-hidden="true">
        <div className="gantt__label-head" />
        <div className="gantt__months">
          {layout.months.map((m) => (
            <span key={m.iso} className="gantt__month" style={{ left: pct(m.pos) }}>
              {f.month(m.iso)}
            </span>
          ))}
        </div>
      </div>
      <ol className="gantt__body">
        {layout.lines.map(({ row, left, width }) => {
          const warned = warnedRowIds.has(row.rowId);
          const label =
            row.kind === 'milestone'
              ? `${t.milestone} ${row.summary}${t.colon}${f.date(row.dueDate)}`
              : `${row.summary}${t.colon}${f.date(row.startDate)} – ${f.date(row.dueDate)}`;
          return (
            <li key={row.rowId} className={`gantt__line gantt__line--${row.kind}${warned ? ' gantt__line--warned' : ''}`}>
              <span className="gantt__label" title={row.summary}>
                {row.summary}
              </span>
              <span className="gantt__track">
                {layout.months.map((m) => (
                  <span key={m.iso} className="gantt__grid" style={{ left: pct(m.pos) }} aria-hidden="true" />
                ))}
                {row.kind === 'milestone' ? (
                  <span className="gantt__diamond" style={{ left: pct(left) }} role="img" aria-label={label} title={label} />
                ) : (
                  <span className="gantt__bar" style={{ left: pct(left), width: pct(width) }} role="img" aria-label={label} title={label} />
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="gantt__markers">
        {layout.todayPos !== undefined && marker(layout.todayPos, 'today', `${t.today} · ${f.shortDate(today)}`)}
        {marker(layout.launchPos, 'launch', `${t.launch} · ${f.shortDate(launchDate)}`)}
      </div>
    </figure>
  );
}
