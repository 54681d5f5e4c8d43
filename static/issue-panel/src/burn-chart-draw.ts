import { Chart } from 'chart.js';
import { burnChartConfig, themeColors, type BurnChartLabels } from './burn-chart-config';
import type { Formatters } from './format';
import type { BudgetBurn } from './types';

/**
 * Draws the burn chart on `canvas`. Loaded on demand by BurnChart: Chart.js is a third of the panel's script and only
 * an epic with spend to show needs it, so the panel's first load (and every task's compact panel) goes without.
 */
export function drawBurnChart(
  canvas: HTMLCanvasElement,
  budget: BudgetBurn,
  labels: BurnChartLabels,
  f: Formatters,
  reducedMotion: boolean,
): { destroy(): void } {
  return new Chart(canvas, burnChartConfig(budget.series, budget.planned, labels, f, themeColors(), reducedMotion));
}
