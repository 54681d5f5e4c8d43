/** Nearest-rank `p`-quantile of the first `count` samples (sorted copy; the samples keep their order). */
export function quantile(sorted: Float64Array, p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/**
 * Standard error of the `p`-quantile from the order statistics around it: the distribution-free 95 % interval
 * [x(l), x(u)] with l, u = np ∓ 1.96·√(np(1−p)) spans about 2 × 1.96 standard errors.
 */
export function quantileStandardError(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n < 2) return Number.POSITIVE_INFINITY;
  const half = 1.96 * Math.sqrt(n * p * (1 - p));
  const lower = sorted[Math.max(0, Math.floor(n * p - half) - 1)] ?? 0;
  const upper = sorted[Math.min(n - 1, Math.ceil(n * p + half) - 1)] ?? 0;
  return (upper - lower) / (2 * 1.96);
}

export const sortedCopy = (samples: Float64Array, count: number): Float64Array => samples.slice(0, count).sort();
