import { useId } from 'react';
import type { Formatters } from './format';
import { KpiImportPreview } from './KpiImportPreview';
import { KpiMapping } from './KpiMapping';
import type { KpiStrings } from './kpi-strings';
import type { KpiStatus } from './types';
import { useKpiImport } from './useKpiImport';

interface Props {
  s: KpiStrings;
  f: Formatters;
  epicKey: string;
  kpis: KpiStatus[];
  onImported: () => void;
}

/**
 * Import a channel report: choose a file, check the suggested mapping of columns to KPIs and to spend per channel,
 * see the preview (rows, totals per channel and KPI, every problem by line and column), then import it at once.
 */
export function KpiImport({ s, f, epicKey, kpis, onImported }: Props) {
  const id = useId();
  const { file, mapping, preview, busy, error, done, choose, runImport, update, repreview } = useKpiImport(s, epicKey, onImported);
  const header = preview?.header ?? [];
  return (
    <div className="kpi-tool" data-testid="kpi-import">
      <div className="field">
        <label htmlFor={`${id}-file`}>{s.chooseFile}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          className="input"
          onChange={(e) => void choose(e)}
          aria-describedby={`${id}-hint`}
          disabled={busy !== null}
        />
        <p id={`${id}-hint`} className="muted small">
          {s.fileHint}
        </p>
      </div>
      {busy === 'reading' && <p className="muted small">{s.reading}</p>}
      {mapping && header.length > 0 && (
        <KpiMapping
          s={s}
          id={id}
          header={header}
          mapping={mapping}
          kpis={kpis}
          canPreview={busy === null && file !== null}
          update={update}
          onPreview={repreview}
        />
      )}
      {preview && (
        <KpiImportPreview
          s={s}
          f={f}
          id={id}
          preview={preview}
          canImport={busy === null && mapping !== null}
          importing={busy === 'importing'}
          onImport={() => void runImport()}
        />
      )}
      {busy === 'previewing' && <p className="muted small">{s.loading}</p>}
      {error && (
        <p className="field__error small" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="note note--success small" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
