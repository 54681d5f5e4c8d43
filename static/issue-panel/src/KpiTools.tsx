import { useState } from 'react';
import type { Formatters } from './format';
import { KpiConnector } from './KpiConnector';
import { KpiImport } from './KpiImport';
import { kpiStringsFor } from './kpi-strings';
import type { KpiStatus } from './types';

type Tool = 'import' | 'connector';

/** A button that opens (or folds) one KPI tool below the buttons. */
function ToolButton({ which, open, onToggle, label }: { which: Tool; open: Tool | null; onToggle: (t: Tool) => void; label: string }) {
  return (
    <button
      type="button"
      className="button"
      aria-expanded={open === which}
      aria-controls={`kpi-tool-${which}`}
      onClick={() => onToggle(which)}
    >
      {label}
    </button>
  );
}

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
  const [open, setOpen] = useState<Tool | null>(null);
  const toggle = (which: Tool): void => setOpen(open === which ? null : which);
  return (
    <div className="kpi-tools">
      <div className="gate__actions">
        {offer.importCsv && <ToolButton which="import" open={open} onToggle={toggle} label={s.importCsv} />}
        {offer.connectTool && <ToolButton which="connector" open={open} onToggle={toggle} label={s.connectTool} />}
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
