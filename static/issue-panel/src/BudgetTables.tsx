import { DataTable, type Column } from '../../kit/DataTable';
import { nameOf } from '../../kit/labels';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { BudgetBurn } from './types';

type CategoryLine = BudgetBurn['byCategory'][number];
/** The category table's last line when the budget lines do not add up to the budget. */
const UNALLOCATED = '__unallocated';
type MilestoneLine = BudgetBurn['byMilestone'][number];

/** A share bar: how much of the planned budget `value` is, capped visually at 100 %, with the share in figures beside it. */
function Share({ value, of, f }: { value: number; of: number; f: Formatters }) {
  const ratio = of > 0 ? value / of : 0;
  return (
    <span className="share-cell">
      <span className="share" aria-hidden="true">
        <span
          className={`share__fill${ratio > 1 ? ' share__fill--over' : ''}`}
          style={{ width: `${Math.min(100, Math.round(ratio * 100))}%` }}
        />
      </span>
      <span>{of > 0 ? f.percent(ratio) : '—'}</span>
    </span>
  );
}

const money = <R,>(key: string, header: string, f: Formatters, amount: (r: R) => number): Column<R> => ({
  key,
  header,
  headerClassName: 'num',
  className: 'num',
  cell: (r) => f.money(amount(r)),
});

function categoryColumns(t: Strings, f: Formatters): Column<CategoryLine>[] {
  return [
    {
      key: 'category',
      header: t.category,
      rowHeader: true,
      cell: (c) => (c.category === UNALLOCATED ? t.unallocated : nameOf(t.categories, c.category)),
    },
    money('planned', t.planned, f, (c) => c.planned),
    money('committed', t.committed, f, (c) => c.committed),
    money('actual', t.actual, f, (c) => c.actual),
  ];
}

function milestoneColumns(t: Strings, f: Formatters): Column<MilestoneLine>[] {
  return [
    { key: 'milestone', header: t.milestone, rowHeader: true, className: 'clip', cell: (m) => <span title={m.name}>{m.name}</span> },
    money('planned', t.planned, f, (m) => m.planned),
    money('actual', t.actual, f, (m) => m.actual),
    { key: 'share', header: t.spentShare, cell: (m) => <Share value={m.actual} of={m.planned} f={f} /> },
  ];
}

/** Spend by category and by milestone, side by side. */
export function BudgetTables({ t, f, budget }: { t: Strings; f: Formatters; budget: BudgetBurn }) {
  const categories: CategoryLine[] =
    budget.unallocated !== undefined
      ? [...budget.byCategory, { category: UNALLOCATED, planned: budget.unallocated, committed: 0, actual: 0 }]
      : budget.byCategory;
  return (
    <div className="split">
      {budget.byCategory.length > 0 && (
        <DataTable
          bare
          caption={t.byCategory}
          captionClassName="subheading"
          columns={categoryColumns(t, f)}
          rows={categories}
          rowKey={(c) => c.category}
        />
      )}
      {budget.byMilestone.length > 0 && (
        <DataTable
          bare
          caption={t.byMilestone}
          captionClassName="subheading"
          columns={milestoneColumns(t, f)}
          rows={budget.byMilestone}
          rowKey={(m) => m.milestoneKey}
        />
      )}
    </div>
  );
}
