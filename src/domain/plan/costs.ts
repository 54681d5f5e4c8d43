import { mustAt } from '../invariant';

/**
 * Scales template costs to a campaign budget in whole minor units (`digits` decimals: cents by default). Each line
 * is rounded, then the rounding remainder goes on the largest line so the lines add up to exactly the scaled total
 * (no cent appears or disappears).
 */
export function scaleCosts(amounts: readonly number[], factor: number, digits = 2): number[] {
  if (amounts.length === 0) return [];
  const unit = 10 ** digits;
  const minor = amounts.map((a) => Math.round(a * factor * unit));
  const total = Math.round(amounts.reduce((s, a) => s + a, 0) * factor * unit);
  const remainder = total - minor.reduce((s, c) => s + c, 0);
  const largest = minor.reduce((best, c, i) => (c > mustAt(minor, best, 'cost line') ? i : best), 0);
  minor[largest] = mustAt(minor, largest, 'cost line') + remainder;
  return minor.map((c) => c / unit);
}

export const sumMoney = (amounts: readonly number[], digits = 2): number =>
  Math.round(amounts.reduce((s, a) => s + a * 10 ** digits, 0)) / 10 ** digits;
