import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js';
import { epochDay, isoOfEpochDay, type Formatters } from './format';
import type { BurnPoint } from './types';

// Only what a line chart on a linear axis needs, so the rest of chart.js is tree-shaken away. The legend is HTML
// and exact values are in the data table under the chart, so chart.js's Legend and Tooltip plugins stay out (~11 KB gz).
Chart.register(LineController, LineElement, PointElement, LinearScale);

export interface ChartColors {
  planned: string;
  actual: string;
  forecast: string;
  budget: string;
  text: string;
  grid: string;
}

/** Reads a design token from the page (the host's theme sets them), trying ADS chart tokens first. */
function token(names: string[], fallback: string): string {
  const style = getComputedStyle(document.documentElement);
  for (const n of names) {
    const v = style.getPropertyValue(n).trim();
    if (v) return v;
  }
  return fallback;
}

export function themeColors(): ChartColors {
  return {
    planned: token(['--ds-chart-neutral', '--ds-border-bold'], '#758195'),
    actual: token(['--ds-chart-brand', '--ds-icon-brand'], '#0c66e4'),
    forecast: token(['--ds-chart-warning-bold', '--ds-icon-warning'], '#e56910'),
    budget: token(['--ds-chart-danger', '--ds-icon-danger'], '#c9372c'),
    text: token(['--ds-text-subtle'], '#44546f'),
    grid: token(['--ds-border'], '#091e4224'),
  };
}

type XY = { x: number; y: number };

const points = (series: BurnPoint[], pick: (p: BurnPoint) => number | null): XY[] =>
  series.flatMap((p) => {
    const y = pick(p);
    return y === null ? [] : [{ x: epochDay(p.date), y }];
  });

export interface BurnChartLabels {
  planned: string;
  actual: string;
  forecast: string;
  budget: string;
}

/** The cumulative spend chart: planned, actual and forecast over the campaign's dates, with the budget line. */
export function burnChartConfig(
  series: BurnPoint[],
  budget: number,
  labels: BurnChartLabels,
  f: Formatters,
  c: ChartColors,
  reducedMotion: boolean,
): ChartConfiguration<'line', XY[]> {
  const xs = series.map((p) => epochDay(p.date));
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: labels.planned,
          data: points(series, (p) => p.plannedCumulative),
          borderColor: c.planned,
          backgroundColor: c.planned,
          borderWidth: 2,
          pointRadius: 0,
          tension: 0,
        },
        {
          label: labels.actual,
          data: points(series, (p) => p.actualCumulative),
          borderColor: c.actual,
          backgroundColor: c.actual,
          borderWidth: 3,
          pointRadius: 2,
          tension: 0,
        },
        {
          label: labels.forecast,
          data: points(series, (p) => p.forecastCumulative),
          borderColor: c.forecast,
          backgroundColor: c.forecast,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          tension: 0,
        },
        {
          label: labels.budget,
          data: [
            { x: min, y: budget },
            { x: max, y: budget },
          ],
          borderColor: c.budget,
          backgroundColor: c.budget,
          borderWidth: 1,
          borderDash: [2, 3],
          pointRadius: 0,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 300 },
      scales: {
        x: {
          type: 'linear',
          min,
          max,
          ticks: { color: c.text, maxTicksLimit: 6, callback: (v) => f.shortDate(isoOfEpochDay(Number(v))) },
          grid: { color: c.grid },
          border: { color: c.grid },
        },
        y: {
          beginAtZero: true,
          ticks: { color: c.text, maxTicksLimit: 5, callback: (v) => f.compactMoney(Number(v)) },
          grid: { color: c.grid },
          border: { color: c.grid },
        },
      },
    },
  };
}
