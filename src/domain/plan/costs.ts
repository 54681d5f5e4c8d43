import { mustAt } from '../invariant';

/**
 * Scales template costs to a campaign budget in whole cents. Each line is rounded, then the rounding remainder goes
 * on the largest line so the lines add up to exactly the scaled total (no cent appears or disappears).
 */
export function scaleCosts(amounts: readonly number[], factor: number): number[] {
  if (amounts.length === 0) return [];
  const cents = amounts.map((a) => Math.round(a * factor * 100));
  const totalCents = Math.round(amounts.reduce((s, a) => s + a, 0) * factor * 100);
  const remainder = totalCents - cents.reduce((s, c) => s + c, 0);
  const largest = cents.reduce((best, c, i) => (c > mustAt(cents, best, 'cost line') ? i : best), 0);
  cents[largest] = mustAt(cents, largest, 'cost line') + remainder;
  return cents.map((c) => c / 100);
}

export const sumMoney = (amounts: readonly number[]): number => Math.round(amounts.reduce((s, a) => s + a * 100, 0)) / 100;
