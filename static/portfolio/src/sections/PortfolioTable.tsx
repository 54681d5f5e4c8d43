import type { ReactNode } from 'react';
import type { PortfolioRow } from '../../../../src/contracts/portfolio';
import type { PortfolioColumn } from '../../../../src/wording/catalog/portfolio';
import { TableWrap } from '../../../kit/DataTable';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { IssueLink } from '../../../kit/issue-link';
import { HealthLozenge } from '../HealthLozenge';
import type { Sort } from '../table-model';

interface ColumnDef {
  key: PortfolioColumn;
  num?: boolean;
  cell: (r: PortfolioRow) => ReactNode;
  cellClass?: (r: PortfolioRow) => string | undefined;
}

function columns(t: Strings, f: PortfolioFormatters): ColumnDef[] {
  const money = (n: number | null, r: PortfolioRow): string => (n === null ? t.noValue : f.money(n, r.budget.currency));
  return [
    {
      key: 'name',
      cell: (r) => (
        <>
          <IssueLink issueKey={r.campaignKey}>{r.name}</IssueLink>
          <span className="small muted portfolio__key"> {r.campaignKey}</span>
        </>
      ),
    },
    { key: 'project', cell: (r) => r.projectKey },
    { key: 'owner', cell: (r) => r.ownerName || <span className="muted">{t.noOwner}</span> },
    {
      key: 'health',
      cell: (r) => (
        <>
          <HealthLozenge t={t} level={r.health.level} />
          {r.health.reasons.length > 0 && (
            <ul className="reasons small">
              {r.health.reasons.map((x) => (
                <li key={x.code + x.text}>{x.text}</li>
              ))}
            </ul>
          )}
        </>
      ),
    },
    { key: 'launch', cell: (r) => <time dateTime={r.launchDate}>{f.date(r.launchDate)}</time> },
    {
      key: 'forecast',
      cell: (r) => (r.forecastP85 ? <time dateTime={r.forecastP85}>{f.date(r.forecastP85)}</time> : t.noValue),
      cellClass: (r) => (r.forecastP85 && r.forecastP85 > r.launchDate ? 'text-danger' : undefined),
    },
    { key: 'budget', num: true, cell: (r) => money(r.budget.amount, r) },
    { key: 'actual', num: true, cell: (r) => money(r.actual, r) },
    { key: 'eac', num: true, cell: (r) => money(r.eac, r) },
    {
      key: 'variance',
      num: true,
      cell: (r) => money(r.variance, r),
      cellClass: (r) => (r.variance !== null && r.variance < 0 ? 'text-danger' : undefined),
    },
    {
      key: 'signoff',
      cell: (r) => (
        <>
          <span aria-hidden="true">{t.signoffOf(r.signoff.approved, r.signoff.total)}</span>
          <span className="visually-hidden">{t.signoffLabel(r.signoff.approved, r.signoff.total, r.signoff.late)}</span>
          {r.signoff.late > 0 && (
            <span className="lozenge lozenge--danger portfolio__late" aria-hidden="true">
              {t.lateGates(r.signoff.late)}
            </span>
          )}
        </>
      ),
    },
    { key: 'kpi', num: true, cell: (r) => (r.kpiAttainment === null ? t.noValue : f.percent(r.kpiAttainment)) },
  ];
}

/** The sortable table: each header is a button, and the sorted column says so (`aria-sort`). */
export function PortfolioTable({
  t,
  f,
  rows,
  sort,
  onSort,
  footer,
}: {
  t: Strings;
  f: PortfolioFormatters;
  rows: readonly PortfolioRow[];
  sort: Sort;
  onSort: (column: PortfolioColumn) => void;
  footer?: ReactNode;
}) {
  const cols = columns(t, f);
  return (
    <TableWrap labelledBy="portfolio-caption">
      <table className="table portfolio-table" data-testid="portfolio-table">
        <caption id="portfolio-caption" className="visually-hidden">
          {t.tableCaption}
        </caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.num ? 'num' : undefined}
                aria-sort={sort.column === c.key ? sort.direction : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                  {t.columns[c.key]}
                  <span className="sort-button__arrow" aria-hidden="true">
                    {sort.column === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.campaignKey} data-campaign-key={r.campaignKey}>
              {cols.map((c) =>
                c.key === 'name' ? (
                  <th key={c.key} scope="row">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.key} className={[c.num && 'num', c.cellClass?.(r)].filter(Boolean).join(' ') || undefined}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer}
      </table>
    </TableWrap>
  );
}
