import type { PortfolioRow, PortfolioTotal } from '../../../src/contracts/portfolio';
import type { PortfolioColumn } from '../../../src/wording/catalog/portfolio';

export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  column: PortfolioColumn;
  direction: SortDirection;
}

const HEALTH_RANK = { off_track: 0, at_risk: 1, on_track: 2 } as const;

/** What a column sorts on; a missing value (no forecast, no EAC) sorts last either way. */
const sortValue: Record<PortfolioColumn, (r: PortfolioRow) => string | number | null> = {
  name: (r) => r.name.toLocaleLowerCase(),
  project: (r) => r.projectKey,
  owner: (r) => r.ownerName.toLocaleLowerCase() || null,
  health: (r) => HEALTH_RANK[r.health.level],
  launch: (r) => r.launchDate,
  forecast: (r) => r.forecastP85,
  budget: (r) => r.budget.amount,
  actual: (r) => r.actual,
  eac: (r) => r.eac,
  variance: (r) => r.variance,
  signoff: (r) => (r.signoff.total === 0 ? null : r.signoff.approved / r.signoff.total),
  kpi: (r) => r.kpiAttainment,
};

/** The rows in the order of `sort`, ties broken by launch date then key, so the order never jumps. */
export function sortRows(rows: readonly PortfolioRow[], sort: Sort): PortfolioRow[] {
  const value = sortValue[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va < vb ? -1 : 1) * sign;
    }
    return a.launchDate.localeCompare(b.launchDate) || a.campaignKey.localeCompare(b.campaignKey);
  });
}

/** The next sort when a column's header is pressed: the same column flips, another starts ascending. */
export const nextSort = (sort: Sort, column: PortfolioColumn): Sort =>
  sort.column === column
    ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: 'ascending' };

/**
 * Totals of the rows shown, one per currency and never across currencies, by the server's rule (`getPortfolio`
 * totals): Σ EAC counts a campaign without one at its budget, variance is Σ budget − Σ EAC.
 */
export function totalsOf(rows: readonly PortfolioRow[]): PortfolioTotal[] {
  const by = new Map<string, PortfolioTotal>();
  for (const r of rows) {
    const t = by.get(r.budget.currency) ?? { currency: r.budget.currency, budget: 0, actual: 0, eac: 0, variance: 0, campaigns: 0 };
    t.budget += r.budget.amount;
    t.actual += r.actual;
    t.eac += r.eac ?? r.budget.amount;
    t.variance = t.budget - t.eac;
    t.campaigns += 1;
    by.set(r.budget.currency, t);
  }
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
