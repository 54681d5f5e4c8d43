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
  offer = { importCsv: true, connectTool: true },
}: {
  lang: 'en' | 'fr';
  f: Formatters;
  epicKey: string;
  kpis: KpiStatus[];
  onChanged: () => void;
  /** The tools the user may use (the panel's `actions`); the others are not offered. */
  offer?: { importCsv: boolean; connectTool: boolean };
}) {
  const s = kpiStringsFor(lang);
  const [open, setOpen] = useState<'import' | 'connector' | null>(null);
  const toggle = (which: 'import' | 'connector'): void => setOpen(open === which ? null : which);
  return (
    <div className="kpi-tools">
      <div className="gate__actions">
        {offer.importCsv && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'import'}
            aria-controls="kpi-tool-import"
            onClick={() => toggle('import')}
          >
            {s.importCsv}
          </button>
        )}
        {offer.connectTool && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'connector'}
            aria-controls="kpi-tool-connector"
            onClick={() => toggle('connector')}
          >
            {s.connectTool}
          </button>
        )}
      </div>
      {open === 'import' && offer.importCsv && (
        <section id="kpi-tool-import" aria-label={s.importTitle}>
          <h4 className="subheading">{s.importTitle}</h4>
          <KpiImport s={s} f={f} epicKey={epicKey} kpis={kpis} onImported={onChanged} />
        </section>
      )}
      {open === 'connector' && offer.connectTool && (
        <section id="kpi-tool-connector" aria-label={s.connectorTitle}>
          <h4 className="subheading">{s.connectorTitle}</h4>
          <KpiConnector s={s} epicKey={epicKey} />
        </section>
      )}
    </div>
  );
}
