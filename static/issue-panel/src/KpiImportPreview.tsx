import type { KpiImportPreview as Preview } from '../../../src/contracts/kpi';
import { DataTable, type Column } from '../../kit/DataTable';
import { nameOf } from '../../kit/labels';
import type { Formatters } from './format';
import type { KpiStrings } from './kpi-strings';

const SHOWN_ERRORS = 50;

function channelColumns(s: KpiStrings, f: Formatters): Column<Preview['channels'][number]>[] {
  return [
    { key: 'channel', header: s.channel, rowHeader: true, cell: (c) => c.channel },
    { key: 'category', header: s.category, cell: (c) => nameOf(s.categories, c.category) },
    { key: 'total', header: s.total, headerClassName: 'num', className: 'num', cell: (c) => f.money(c.total) },
  ];
}

function errorColumns(s: KpiStrings): Column<Preview['errors'][number]>[] {
  return [
    { key: 'line', header: s.line, headerClassName: 'num', className: 'num', cell: (e) => e.row },
    { key: 'column', header: s.column, cell: (e) => e.column ?? '—' },
    { key: 'problem', header: s.problem, cell: (e) => e.message },
  ];
}

function PreviewErrors({ s, preview }: { s: KpiStrings; preview: Preview }) {
  if (preview.errorCount === 0) return <p className="note note--success small">{s.noErrors}</p>;
  return (
    <div role="alert">
      <p className="note note--warning small">{s.errors(preview.errorCount)}</p>
      <DataTable
        bare
        className="table table--compact"
        tableProps={{ 'data-testid': 'kpi-import-errors' }}
        columns={errorColumns(s)}
        rows={preview.errors.slice(0, SHOWN_ERRORS)}
        rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
      />
      {preview.errorCount > SHOWN_ERRORS && <p className="muted small">{s.moreErrors(preview.errorCount - SHOWN_ERRORS)}</p>}
    </div>
  );
}

interface Props {
  s: KpiStrings;
  f: Formatters;
  id: string;
  preview: Preview;
  canImport: boolean;
  importing: boolean;
  onImport: () => void;
}

/** What the file would import: rows, totals per channel and KPI, and every problem by line and column. */
export function KpiImportPreview({ s, f, id, preview, canImport, importing, onImport }: Props) {
  return (
    <section aria-labelledby={`${id}-preview`} data-testid="kpi-import-preview">
      <h4 id={`${id}-preview`} className="subheading">
        {s.preview}
      </h4>
      <p className="small">
        {s.rows(preview.dataRows, preview.firstDate && f.date(preview.firstDate), preview.lastDate && f.date(preview.lastDate))}
      </p>
      {preview.channels.length > 0 && (
        <DataTable
          bare
          className="table table--compact"
          tableProps={{ 'data-testid': 'kpi-import-channels' }}
          columns={channelColumns(s, f)}
          rows={preview.channels}
          rowKey={(c) => c.channel}
        />
      )}
      {preview.kpis.length > 0 && (
        <ul className="small">
          {preview.kpis.map((k) => (
            <li key={k.kpiId}>
              {k.name}: {k.value === null ? '—' : f.number(k.value)}
              {k.outsideWindow > 0 && <span className="muted"> ({s.outsideWindow(k.outsideWindow)})</span>}
            </li>
          ))}
        </ul>
      )}
      <PreviewErrors s={s} preview={preview} />
      <button
        type="button"
        className="button button--primary"
        disabled={!canImport || preview.errorCount > 0}
        onClick={onImport}
        aria-describedby={preview.errorCount > 0 ? `${id}-fix` : undefined}
      >
        {importing ? s.importing : s.importNow}
      </button>
      {preview.errorCount > 0 && (
        <span id={`${id}-fix`} className="muted small">
          {' '}
          {s.fixFirst}
        </span>
      )}
    </section>
  );
}
