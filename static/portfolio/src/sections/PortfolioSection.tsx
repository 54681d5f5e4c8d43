import { useMemo, useState } from 'react';
import type { GetPortfolioResult, PortfolioTotal } from '../../../../src/contracts/portfolio';
import { TableWrap } from '../../../kit/DataTable';
import { download, portfolioCsv } from '../csv';
import { applyFilters, todayIn, type FilterKey, type FilterValues } from '../filters';
import { Filters } from '../Filters';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { nextSort, sortRows, totalsOf, type Sort } from '../table-model';
import { PortfolioTable } from './PortfolioTable';
import { ReportButton } from './ReportButton';

const FILTERS: readonly FilterKey[] = ['project', 'owner', 'channel', 'audience', 'health'];

/** Totals per currency of the rows shown: one line each, never added across currencies. */
function Totals({ t, f, totals }: { t: Strings; f: PortfolioFormatters; totals: readonly PortfolioTotal[] }) {
  return (
    <section className="section" aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="section__title">
        {t.totalsCaption}
      </h2>
      <p className="small muted">{t.totalsNote}</p>
      <TableWrap labelledBy="totals-heading">
        <table className="table totals-table" data-testid="portfolio-totals">
          <thead>
            <tr>
              <th scope="col">{t.totalsCurrency}</th>
              <th scope="col" className="num">
                {t.totalsCampaigns}
              </th>
              <th scope="col" className="num">
                {t.columns.budget}
              </th>
              <th scope="col" className="num">
                {t.columns.actual}
              </th>
              <th scope="col" className="num">
                {t.columns.eac}
              </th>
              <th scope="col" className="num">
                {t.columns.variance}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((x) => (
              <tr key={x.currency} data-currency={x.currency}>
                <th scope="row">{x.currency}</th>
                <td className="num">{f.number(x.campaigns)}</td>
                <td className="num">{f.money(x.budget, x.currency)}</td>
                <td className="num">{f.money(x.actual, x.currency)}</td>
                <td className="num">{f.money(x.eac, x.currency)}</td>
                <td className={x.variance < 0 ? 'num text-danger' : 'num'}>{f.money(x.variance, x.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

/** The portfolio table of every campaign the user may see: sortable, filterable, with totals per currency and CSV. */
export function PortfolioSection({
  t,
  f,
  data,
  reload,
}: {
  t: Strings;
  f: PortfolioFormatters;
  data: GetPortfolioResult;
  reload: (refresh?: boolean) => void;
}) {
  const today = todayIn();
  const [filters, setFilters] = useState<FilterValues>({});
  const [sort, setSort] = useState<Sort>({ column: 'launch', direction: 'ascending' });
  const [exported, setExported] = useState<string | undefined>();
  const rows = useMemo(() => sortRows(applyFilters(data.campaigns, filters, today), sort), [data.campaigns, filters, sort, today]);
  const totals = useMemo(() => totalsOf(rows), [rows]);
  if (data.campaigns.length === 0)
    return (
      <p className="muted" data-testid="portfolio-empty">
        {t.none}
      </p>
    );
  const exportCsv = (): void => {
    const file = t.csvFile(today);
    download(portfolioCsv(t, rows), file);
    setExported(t.exported(file));
  };
  return (
    <>
      <Filters
        t={t}
        id="portfolio-filter"
        keys={FILTERS}
        rows={data.campaigns}
        values={filters}
        shown={rows.length}
        today={today}
        onChange={setFilters}
      />
      <div className="toolbar">
        <button type="button" className="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t.exportCsv}
        </button>
        <span className="small muted" role="status">
          {exported}
        </span>
        <span className="small muted toolbar__end">{t.updatedAt(f.dayOf(data.computedAt), f.timeOf(data.computedAt))}</span>
        <button type="button" className="button button--subtle" onClick={() => reload(true)}>
          {t.refresh}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t.noneFiltered}</p>
      ) : (
        <PortfolioTable t={t} f={f} rows={rows} sort={sort} onSort={(c) => setSort((s) => nextSort(s, c))} />
      )}
      {totals.length > 0 && <Totals t={t} f={f} totals={totals} />}
      <ReportButton t={t} projectKeys={[...new Set(rows.map((r) => r.projectKey))]} />
    </>
  );
}
