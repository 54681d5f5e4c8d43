import { quantile, quantileStandardError } from '../../../src/domain/forecast/quantiles';

const sorted = (xs: number[]) => Float64Array.from(xs).sort();

describe('quantile (nearest rank)', () => {
  it('picks the ceil(p·n)-th smallest', () => {
    expect(quantile(sorted([5, 1, 4, 2, 3]), 0.5)).toBe(3);
    expect(quantile(sorted([5, 1, 4, 2, 3, 6, 7, 8, 9, 10]), 0.85)).toBe(9);
  });

  it('gives a standard error that shrinks with more samples and is 0 on a constant', () => {
    const uniform = (n: number) => sorted(Array.from({ length: n }, (_, i) => (i + 0.5) / n));
    const small = quantileStandardError(uniform(100), 0.85);
    const large = quantileStandardError(uniform(10_000), 0.85);
    // Uniform on [0, 1]: the true standard error is √(p(1−p)/n) (density 1): 0.0357 at n = 100, 0.00357 at 10,000.
    expect(small).toBeCloseTo(0.0357, 2);
    expect(large).toBeCloseTo(0.00357, 3);
    expect(quantileStandardError(sorted(Array.from({ length: 50 }, () => 4)), 0.85)).toBe(0);
  });
});
