import { useId, useState, type ChangeEvent } from 'react';
import type { KpiImportMappingInput, KpiImportPreview } from '../../../src/contracts/kpi';
import type { Formatters } from './format';
import type { KpiStrings } from './kpi-strings';
import { asFailure, invoke } from '../../kit/invoke';
import { nameOf } from '../../kit/labels';
import type { KpiStatus } from './types';

type Mapping = Required<Pick<KpiImportMappingInput, 'timeColumn'>> & {
  source: string;
  kpis: { column: string; kpiId: string; multiplyBy?: string }[];
  spend: { column: string; channel: string; category: Category }[];
};
type Category = 'media' | 'production' | 'agency' | 'tooling' | 'event';
const CATEGORIES: Category[] = ['media', 'production', 'agency', 'tooling', 'event'];
const MAX_BYTES = 400 * 1024;
const SHOWN_ERRORS = 50;

const asMapping = (m: KpiImportMappingInput): Mapping => ({
  timeColumn: m.timeColumn,
  source: m.source ?? 'csv',
  kpis: (m.kpis ?? []).map((k) => ({ ...k })),
  spend: (m.spend ?? []).map((x) => ({ column: x.column, channel: x.channel, category: x.category ?? 'media' })),
});

// Custom UI runs in a secure context (https, or localhost for the local host), where `randomUUID` exists.
const newRequestId = (): string => crypto.randomUUID();

/**
 * Import a channel report: choose a file, check the suggested mapping of columns to KPIs and to spend per channel,
 * see the preview (rows, totals per channel and KPI, every problem by line and column), then import it at once.
 */
export function KpiImport({
  s,
  f,
  epicKey,
  kpis,
  onImported,
}: {
  s: KpiStrings;
  f: Formatters;
  epicKey: string;
  kpis: KpiStatus[];
  onImported: () => void;
}) {
  const id = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [preview, setPreview] = useState<KpiImportPreview | null>(null);
  const [busy, setBusy] = useState<'reading' | 'previewing' | 'importing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);

  const runPreview = async (text: string, name: string, m: Mapping | null): Promise<void> => {
    setBusy('previewing');
    setError(null);
    setDone(null);
    try {
      const p = await invoke('previewKpiImport', { epicKey, csv: text, fileName: name, ...(m ? { mapping: m } : {}) });
      setPreview(p);
      setMapping(asMapping(p.mapping));
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(null);
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = e.target.files?.[0];
    setPreview(null);
    setMapping(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError(s.fileHint);
      return;
    }
    setBusy('reading');
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    setRequestId(newRequestId());
    await runPreview(text, chosen.name, null);
  };

  const runImport = async (): Promise<void> => {
    if (!file || !mapping) return;
    setBusy('importing');
    setError(null);
    try {
      const out = await invoke('importKpiCsv', { epicKey, requestId, csv: file.text, fileName: file.name, mapping });
      setDone(out.created ? s.imported(out.kpiPoints, out.spendPoints) : s.alreadyImported);
      onImported();
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(null);
    }
  };

  const update = (change: (m: Mapping) => Mapping): void => {
    if (mapping) setMapping(change(mapping));
    setRequestId(newRequestId());
  };
  const header = preview?.header ?? [];
  const columnOptions = header.map((h) => (
    <option key={h} value={h}>
      {h}
    </option>
  ));

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
        <fieldset className="field">
          <legend className="subheading">{s.mapping}</legend>
          <div className="field">
            <label htmlFor={`${id}-time`}>{s.dateColumn}</label>
            <select
              id={`${id}-time`}
              className="select"
              value={mapping.timeColumn}
              onChange={(e) => update((m) => ({ ...m, timeColumn: e.target.value }))}
            >
              {columnOptions}
            </select>
          </div>
          {kpis.map((k) => {
            const current = mapping.kpis.find((x) => x.kpiId === k.kpiId);
            const set = (column: string, multiplyBy?: string): void =>
              update((m) => ({
                ...m,
                kpis: [
                  ...m.kpis.filter((x) => x.kpiId !== k.kpiId),
                  ...(column ? [{ kpiId: k.kpiId, column, ...(multiplyBy ? { multiplyBy } : {}) }] : []),
                ],
              }));
            return (
              <div className="field split" key={k.kpiId}>
                <label htmlFor={`${id}-kpi-${k.kpiId}`}>{s.kpiColumn(k.name)}</label>
                <select
                  id={`${id}-kpi-${k.kpiId}`}
                  className="select"
                  value={current?.column ?? ''}
                  onChange={(e) => set(e.target.value, current?.multiplyBy)}
                >
                  <option value="">{s.none}</option>
                  {columnOptions}
                </select>
                {current && (
                  <>
                    <label htmlFor={`${id}-kpi-${k.kpiId}-x`} className="small">
                      {s.times}
                    </label>
                    <select
                      id={`${id}-kpi-${k.kpiId}-x`}
                      className="select"
                      value={current.multiplyBy ?? ''}
                      onChange={(e) => set(current.column, e.target.value || undefined)}
                    >
                      <option value="">—</option>
                      {columnOptions}
                    </select>
                  </>
                )}
              </div>
            );
          })}
          <p className="subheading">{s.spendColumns}</p>
          {mapping.spend.map((sp, i) => (
            <div className="field split" key={i} role="group" aria-label={`${s.channel} ${sp.channel}`}>
              <label htmlFor={`${id}-sp-${i}-col`} className="small">
                {s.column}
              </label>
              <select
                id={`${id}-sp-${i}-col`}
                className="select"
                value={sp.column}
                onChange={(e) => update((m) => ({ ...m, spend: m.spend.map((x, j) => (j === i ? { ...x, column: e.target.value } : x)) }))}
              >
                {columnOptions}
              </select>
              <label htmlFor={`${id}-sp-${i}-ch`} className="small">
                {s.channel}
              </label>
              <input
                id={`${id}-sp-${i}-ch`}
                className="input"
                value={sp.channel}
                maxLength={60}
                onChange={(e) => update((m) => ({ ...m, spend: m.spend.map((x, j) => (j === i ? { ...x, channel: e.target.value } : x)) }))}
              />
              <label htmlFor={`${id}-sp-${i}-cat`} className="small">
                {s.category}
              </label>
              <select
                id={`${id}-sp-${i}-cat`}
                className="select"
                value={sp.category}
                onChange={(e) =>
                  update((m) => ({ ...m, spend: m.spend.map((x, j) => (j === i ? { ...x, category: e.target.value as Category } : x)) }))
                }
              >
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {s.categories[c]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--subtle"
                onClick={() => update((m) => ({ ...m, spend: m.spend.filter((_, j) => j !== i) }))}
              >
                {s.remove}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--subtle"
            onClick={() =>
              update((m) => ({
                ...m,
                spend: [...m.spend, { column: header[0] ?? '', channel: `Channel ${m.spend.length + 1}`, category: 'media' }],
              }))
            }
          >
            {s.addSpend}
          </button>
          <div className="field">
            <label htmlFor={`${id}-source`}>{s.source}</label>
            <input
              id={`${id}-source`}
              className="input"
              value={mapping.source}
              maxLength={60}
              onChange={(e) => update((m) => ({ ...m, source: e.target.value }))}
            />
          </div>
          <button
            type="button"
            className="button"
            disabled={busy !== null || !file}
            onClick={() => file && void runPreview(file.text, file.name, mapping)}
          >
            {s.updatePreview}
          </button>
        </fieldset>
      )}

      {preview && (
        <section aria-labelledby={`${id}-preview`} data-testid="kpi-import-preview">
          <h4 id={`${id}-preview`} className="subheading">
            {s.preview}
          </h4>
          <p className="small">
            {s.rows(preview.dataRows, preview.firstDate && f.date(preview.firstDate), preview.lastDate && f.date(preview.lastDate))}
          </p>
          {preview.channels.length > 0 && (
            <table className="table table--compact" data-testid="kpi-import-channels">
              <thead>
                <tr>
                  <th scope="col">{s.channel}</th>
                  <th scope="col">{s.category}</th>
                  <th scope="col" className="num">
                    {s.total}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.channels.map((c) => (
                  <tr key={c.channel}>
                    <th scope="row">{c.channel}</th>
                    <td>{nameOf(s.categories, c.category)}</td>
                    <td className="num">{f.money(c.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
          {preview.errorCount === 0 ? (
            <p className="note note--success small">{s.noErrors}</p>
          ) : (
            <div role="alert">
              <p className="note note--warning small">{s.errors(preview.errorCount)}</p>
              <table className="table table--compact" data-testid="kpi-import-errors">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {s.line}
                    </th>
                    <th scope="col">{s.column}</th>
                    <th scope="col">{s.problem}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                    <tr key={i}>
                      <td className="num">{e.row}</td>
                      <td>{e.column ?? '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.errorCount > SHOWN_ERRORS && <p className="muted small">{s.moreErrors(preview.errorCount - SHOWN_ERRORS)}</p>}
            </div>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={busy !== null || preview.errorCount > 0 || !mapping}
            onClick={() => void runImport()}
            aria-describedby={preview.errorCount > 0 ? `${id}-fix` : undefined}
          >
            {busy === 'importing' ? s.importing : s.importNow}
          </button>
          {preview.errorCount > 0 && (
            <span id={`${id}-fix`} className="muted small">
              {' '}
              {s.fixFirst}
            </span>
          )}
        </section>
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
