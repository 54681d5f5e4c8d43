import { scaleCosts } from '../../../src/domain/plan/costs';

const cents = (xs: number[]): number => xs.reduce((s, x) => s + Math.round(x * 100), 0);

describe('scaleCosts', () => {
  it('puts the rounding remainder on the largest line', () => {
    expect(scaleCosts([1, 1, 1], 1 / 3)).toEqual([0.34, 0.33, 0.33]);
    expect(scaleCosts([2, 2, 2], 1 / 3)).toEqual([0.66, 0.67, 0.67]);
    expect(scaleCosts([1, 4, 1], 1 / 6)).toEqual([0.17, 0.66, 0.17]);
    expect(scaleCosts([10, 30, 20], 1 / 3)).toEqual([3.33, 10, 6.67]);
  });

  it.each([
    [[70000, 35000, 6000, 22000, 15000, 18000, 8000], 123456.78 / 180000],
    [[0.01, 0.01, 0.01], 0.5],
    [[999.99, 0.01], 7 / 11],
    [[5], 0],
  ])('lines sum exactly to the scaled total in cents (%j × %d)', (amounts, factor) => {
    const scaled = scaleCosts(amounts, factor);
    expect(scaled).toHaveLength(amounts.length);
    expect(cents(scaled)).toBe(Math.round(amounts.reduce((s, a) => s + a, 0) * factor * 100));
    for (const x of scaled) expect(x).toBeGreaterThanOrEqual(0);
  });

  it('returns nothing for no lines', () => {
    expect(scaleCosts([], 2)).toEqual([]);
  });
});
