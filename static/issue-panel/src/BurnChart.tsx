import { useEffect, useMemo, useRef, useState } from 'react';
import { DataTable, type Column } from '../../kit/DataTable';
import type { BurnChartLabels } from './burn-chart-config';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { BudgetBurn } from './types';

/** Bumps when the bridge switches light/dark (it sets `data-color-mode` on <html>), so colours are re-read. */
function useColorMode(): string {
  const [mode, setMode] = useState(() => document.documentElement.getAttribute('data-color-mode') ?? 'light');
  useEffect(() => {
    const observer = new MutationObserver(() => setMode(document.documentElement.getAttribute('data-color-mode') ?? 'light'));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
    return () => observer.disconnect();
  }, []);
  return mode;
}

const last = (values: (number | null)[]): number | null => [...values].reverse().find((v) => v !== null) ?? null;

type Point = BudgetBurn['series'][number];

/** The chart's data as a table, for whoever cannot see the chart. */
function chartDataColumns(t: Strings, f: Formatters): Column<Point>[] {
  const money = (v: number | null): string => (v === null ? '—' : f.money(v));
  const num = { headerClassName: 'num', className: 'num' };
  return [
    { key: 'date', header: t.date, rowHeader: true, cell: (p) => f.date(p.date) },
    { key: 'planned', header: t.seriesPlanned, ...num, cell: (p) => money(p.plannedCumulative) },
    { key: 'actual', header: t.seriesActual, ...num, cell: (p) => money(p.actualCumulative) },
    { key: 'forecast', header: t.seriesForecast, ...num, cell: (p) => money(p.forecastCumulative) },
  ];
}

export function BurnChart({ t, f, budget }: { t: Strings; f: Formatters; budget: BudgetBurn }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const mode = useColorMode();
  const labels: BurnChartLabels = useMemo(
    () => ({ planned: t.seriesPlanned, actual: t.seriesActual, forecast: t.seriesForecast, budget: t.planned }),
    [t],
  );

  useEffect(() => {
    if (!canvas.current || budget.series.length < 2) return;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Chart.js comes in its own chunk; the figure, its summary and its data table are there meanwhile.
    let chart: { destroy(): void } | undefined;
    let gone = false;
    void import('./burn-chart-draw').then(({ drawBurnChart }) => {
      if (!gone && canvas.current) chart = drawBurnChart(canvas.current, budget, labels, f, reducedMotion);
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
    // `mode`: colours are re-read from the theme when it switches.
  }, [budget, mode, labels, f]);

  if (budget.series.length < 2) return null;
  const series = budget.series;
  const money = (v: number | null): string => (v === null ? '—' : f.money(v));
  const summary = t.chartLabel(
    money(last(series.map((p) => p.plannedCumulative))),
    money(last(series.map((p) => p.actualCumulative))),
    money(last(series.map((p) => p.forecastCumulative))),
  );
  return (
    <figure className="chart">
      <figcaption className="subheading">{t.chartTitle}</figcaption>
      <div className="chart__canvas">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <ul className="legend" aria-hidden="true">
        {(['planned', 'actual', 'forecast', 'budget'] as const).map((k) => (
          <li key={k}>
            <span className={`legend__swatch legend__swatch--${k}`} />
            {labels[k]}
          </li>
        ))}
      </ul>
      <details className="chart__data">
        <summary>{t.showChartData}</summary>
        <DataTable bare columns={chartDataColumns(t, f)} rows={series} rowKey={(p) => p.date} />
      </details>
    </figure>
  );
}
