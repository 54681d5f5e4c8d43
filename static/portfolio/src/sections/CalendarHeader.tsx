import { fractionOf, inPeriod, ticksOf, type CalendarView, type Period } from '../calendar-layout';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';

const pct = (fraction: number): string => `${(fraction * 100).toFixed(3)}%`;

/** The period's name, as the toolbar and the calendar's label say it. */
export const periodName = (t: Strings, f: PortfolioFormatters, period: Period): string =>
  period.view === 'month' ? f.monthYear(period.start) : t.quarterName(period.quarter, period.year);

/** The toolbar: month or quarter, previous and next period, back to today. */
export function CalendarToolbar({
  t,
  f,
  period,
  onView,
  onShift,
  onToday,
}: {
  t: Strings;
  f: PortfolioFormatters;
  period: Period;
  onView: (v: CalendarView) => void;
  onShift: (steps: number) => void;
  onToday: () => void;
}) {
  return (
    <div className="toolbar cal-toolbar">
      <div className="segmented" role="group" aria-label={t.viewLabel}>
        {(['month', 'quarter'] as const).map((v) => (
          <button key={v} type="button" className="button button--small" aria-pressed={period.view === v} onClick={() => onView(v)}>
            {v === 'month' ? t.viewMonth : t.viewQuarter}
          </button>
        ))}
      </div>
      <button type="button" className="button button--small" aria-label={t.previous} onClick={() => onShift(-1)}>
        <span aria-hidden="true">←</span>
      </button>
      <h2 className="cal-period" aria-live="polite">
        {periodName(t, f, period)}
      </h2>
      <button type="button" className="button button--small" aria-label={t.next} onClick={() => onShift(1)}>
        <span aria-hidden="true">→</span>
      </button>
      <button type="button" className="button button--small button--subtle" onClick={onToday}>
        {t.thisPeriod}
      </button>
    </div>
  );
}

/** The scale over the tracks: days (month) or weeks and months (quarter), and the today label. */
export function CalendarScale({ t, f, period, today }: { t: Strings; f: PortfolioFormatters; period: Period; today: string }) {
  return (
    <div className="cal-row cal-row--scale" aria-hidden="true">
      <div className="cal-row__name" />
      <div className="cal-track cal-track--scale">
        {ticksOf(period).map((tick) => (
          <span
            key={tick.iso}
            className={`cal-tick${tick.major ? ' cal-tick--major' : ''}`}
            style={{ left: pct(fractionOf(period, tick.iso)) }}
          >
            {period.view === 'month' ? Number(tick.iso.slice(8)) : tick.major ? f.month(tick.iso) : ''}
          </span>
        ))}
        {inPeriod(period, today) && (
          <span className="cal-today-label" style={{ left: pct(fractionOf(period, today)) }}>
            {t.today}
          </span>
        )}
      </div>
    </div>
  );
}

/** The colours' meaning in words: a bar's colour is never the only way to tell its health. */
export function CalendarLegend({ t }: { t: Strings }) {
  return (
    <div className="cal-legend small">
      <span className="muted">{t.legend}</span>
      {(['on_track', 'at_risk', 'off_track'] as const).map((h) => (
        <span key={h} className="cal-legend__item">
          <span className={`cal-legend__swatch cal-bar--${h}`} aria-hidden="true" />
          {t.healthState[h]}
        </span>
      ))}
      <span className="cal-legend__item">
        <span className="cal-legend__launch" aria-hidden="true">
          ◆
        </span>
        {t.launch}
      </span>
    </div>
  );
}
