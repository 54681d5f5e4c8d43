import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { PlanSection } from './PlanSection';
import type { CostCategory, PlanRow } from './types';

type CategoryLine = { category: CostCategory | undefined; amount: number };

/** Planned costs summed per category, in the order of the biggest spend. */
export function costsByCategory(rows: PlanRow[]): CategoryLine[] {
  const sums = new Map<CostCategory | undefined, number>();
  for (const r of rows) if (r.plannedCost !== undefined) sums.set(r.costCategory, (sums.get(r.costCategory) ?? 0) + r.plannedCost);
  return [...sums.entries()].map(([category, amount]) => ({ category, amount })).sort((a, b) => b.amount - a.amount);
}

function budgetColumns(t: Strings, f: Formatters, share: (amount: number) => string): Column<CategoryLine>[] {
  const category = (l: CategoryLine) => (
    <>
      <span className={`swatch swatch--${l.category ?? 'none'}`} aria-hidden="true" />
      {l.category ? t.categories[l.category] : t.none}
    </>
  );
  return [
    { key: 'category', header: t.colCategory, rowHeader: true, cell: category },
    { key: 'amount', header: t.colAmount, headerClassName: 'num', className: 'num', cell: (l) => f.money(l.amount) },
    { key: 'share', header: t.colShare, headerClassName: 'num', className: 'num', cell: (l) => share(l.amount) },
  ];
}

export function BudgetTable({ t, f, rows, budget }: { t: Strings; f: Formatters; rows: PlanRow[]; budget: number }) {
  const lines = costsByCategory(rows);
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const share = (amount: number): string => (budget > 0 ? f.percent(amount / budget) : '—');
  const footer = (
    <>
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
    </>
  );
  return (
    <PlanSection id="budget" title={t.budgetByCategory}>
      <DataTable
        labelledBy="budget-heading"
        className="table table--compact"
        columns={budgetColumns(t, f, share)}
        rows={lines}
        rowKey={(l) => l.category ?? 'none'}
        footer={footer}
      />
    </PlanSection>
  );
}
