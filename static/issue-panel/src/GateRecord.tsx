import { ExportButton } from './ExportButton';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { SignOffGateView, SignOffRecordLine } from './types';
import type { SignOffApi } from './useSignOff';
import { usePanelAction } from './panel-actions';

function what(t: Strings, line: SignOffRecordLine): string {
  const s = t.so;
  if (line.type === 'decision' && line.decision) return s.decided[line.decision];
  if (line.type === 'delegation' && line.delegation) return `${s.entry.delegation} → ${line.delegation.toName}`;
  if (line.type === 'stale' && line.changedFields?.length)
    return `${s.entry.stale}${s.colon}${s.list(line.changedFields.map((c) => s.changed[c]))}`;
  return s.entry[line.type];
}

/** The gate's append-only record, collapsed by default, with its CSV export. */
export function GateRecord({ t, f, api, gate }: { t: Strings; f: Formatters; api: SignOffApi; gate: SignOffGateView }) {
  const s = t.so;
  const exportData = usePanelAction('exportData');
  return (
    <details className="record">
      <summary className="small">{s.record(gate.record.length)}</summary>
      {gate.record.length === 0 ? (
        <p className="small muted">{s.recordEmpty}</p>
      ) : (
        <ol className="record__list small">
          {gate.record.map((line) => (
            <li key={line.entryId}>
              <time dateTime={line.at}>{f.instant(line.at)}</time> · <strong>{what(t, line)}</strong> {s.by(line.actorName)}
              {line.onBehalfOfName && ` (${s.onBehalfOf(line.onBehalfOfName)})`}
              {line.delegation && ` · ${s.until} ${f.date(line.delegation.until)}`}
              {line.reason && <span className="record__text"> — {line.reason}</span>}
              {line.comment && <span className="record__text"> {t.lang === 'fr' ? `« ${line.comment} »` : `“${line.comment}”`}</span>}
              <span className="muted" title={line.contentHash}>
                {' '}
                · {s.contentHash} {line.contentHash.slice(0, 8)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {exportData.allowed && <ExportButton s={s} api={api} gateId={gate.gateId} label={s.exportCsv} />}
    </details>
  );
}
