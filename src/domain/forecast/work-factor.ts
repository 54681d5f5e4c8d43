/**
 * Spread of a task's actual work around its estimate: triangular (0.8, 1.0, 1.6), rarely faster, sometimes much
 * slower, as marketing work goes (review rounds, late inputs).
 */
export const ESTIMATE_FACTOR = { min: 0.8, mode: 1.0, max: 1.6 } as const;
export const FACTOR_MEAN = (ESTIMATE_FACTOR.min + ESTIMATE_FACTOR.mode + ESTIMATE_FACTOR.max) / 3;
