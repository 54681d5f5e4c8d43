import { useState } from 'react';
import type { Formatters } from './format';
import { KpiConnector } from './KpiConnector';
import { KpiImport } from './KpiImport';
import { kpiStringsFor } from './kpi-strings';
import type { KpiStatus } from './types';

/** The campaign PM's KPI tools under the KPI table: import a channel report, connect a marketing tool. */
export function KpiTools({
  lang,
  f,
  epicKey,
  kpis,
  onChanged,
}: {
  lang: 'en' | 'fr';
  f: Formatters;
  epicKey: string;
  kpis: KpiStatus[];
  onChanged: () => void;
}) {
  const s = kpiStringsFor(lang);
  const [open, setOpen] = useState<'import' | 'connector' | null>(null);
  const toggle = (which: 'import' | 'connector'): void => setOpen(open === which ? null : which);
  return (
    <div className="kpi-tools">
      <div className="gate__actions">
        <button
          type="button"
          className="button"
          aria-expanded={open === 'import'}
          aria-controls="kpi-tool-import"
          onClick={() => toggle('import')}
        >
          {s.importCsv}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={open === 'connector'}
          aria-controls="kpi-tool-connector"
          onClick={() => toggle('connector')}
        >
          {s.connectTool}
        </button>
      </div>
      {open === 'import' && (
        <section id="kpi-tool-import" aria-label={s.importTitle}>
          <h4 className="subheading">{s.importTitle}</h4>
          <KpiImport s={s} f={f} epicKey={epicKey} kpis={kpis} onImported={onChanged} />
        </section>
      )}
      {open === 'connector' && (
        <section id="kpi-tool-connector" aria-label={s.connectorTitle}>
          <h4 className="subheading">{s.connectorTitle}</h4>
          <KpiConnector s={s} epicKey={epicKey} />
        </section>
      )}
    </div>
  );
}
