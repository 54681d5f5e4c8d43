import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { CostCategory, PlanRow } from './types';

/** Planned costs summed per category, in the order of the biggest spend. */
export function costsByCategory(rows: PlanRow[]): { category: CostCategory | undefined; amount: number }[] {
  const sums = new Map<CostCategory | undefined, number>();
  for (const r of rows) if (r.plannedCost !== undefined) sums.set(r.costCategory, (sums.get(r.costCategory) ?? 0) + r.plannedCost);
  return [...sums.entries()].map(([category, amount]) => ({ category, amount })).sort((a, b) => b.amount - a.amount);
}

export function BudgetTable({ t, f, rows, budget }: { t: Strings; f: Formatters; rows: PlanRow[]; budget: number }) {
  const lines = costsByCategory(rows);
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const share = (amount: number): string => (budget > 0 ? f.percent(amount / budget) : '—');
  return (
    <section aria-labelledby="budget-heading" className="section">
      <h3 id="budget-heading" className="section__title">
        {t.budgetByCategory}
      </h3>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t.colCategory}</th>
              <th scope="col" className="num">
                {t.colAmount}
              </th>
              <th scope="col" className="num">
                {t.colShare}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.category ?? 'none'}>
                <th scope="row">
                  <span className={`swatch swatch--${l.category ?? 'none'}`} aria-hidden="true" />
                  {l.category ? t.categories[l.category] : t.none}
                </th>
                <td className="num">{f.money(l.amount)}</td>
                <td className="num">{share(l.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              <td className="num">{f.money(total)}</td>
              <td className="num">{share(total)}</td>
            </tr>
            <tr className={total > budget ? 'row--over' : undefined}>
              <th scope="row">{total > budget ? t.overBudget : t.unallocated}</th>
              <td className="num">{f.money(Math.abs(budget - total))}</td>
              <td className="num">{share(Math.abs(budget - total))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
