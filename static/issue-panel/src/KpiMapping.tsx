import type { ReactNode } from 'react';
import { CATEGORIES, withKpiColumn, withSpendLine, type Category, type Mapping, type SpendLine } from './kpi-import-mapping';
import type { KpiStrings } from './kpi-strings';
import type { KpiStatus } from './types';

type Update = (change: (m: Mapping) => Mapping) => void;

interface Props {
  s: KpiStrings;
  id: string;
  header: string[];
  mapping: Mapping;
  kpis: KpiStatus[];
  canPreview: boolean;
  update: Update;
  onPreview: () => void;
}

function ColumnOptions({ header }: { header: string[] }) {
  return header.map((h) => (
    <option key={h} value={h}>
      {h}
    </option>
  ));
}

function KpiColumnField({
  s,
  id,
  kpi,
  mapping,
  update,
  options,
}: {
  s: KpiStrings;
  id: string;
  kpi: KpiStatus;
  mapping: Mapping;
  update: Update;
  options: ReactNode;
}) {
  const current = mapping.kpis.find((x) => x.kpiId === kpi.kpiId);
  const set = (column: string, multiplyBy?: string): void => update((m) => withKpiColumn(m, kpi.kpiId, column, multiplyBy));
  const fieldId = `${id}-kpi-${kpi.kpiId}`;
  return (
    <div className="field split">
      <label htmlFor={fieldId}>{s.kpiColumn(kpi.name)}</label>
      <select id={fieldId} className="select" value={current?.column ?? ''} onChange={(e) => set(e.target.value, current?.multiplyBy)}>
        <option value="">{s.none}</option>
        {options}
      </select>
      {current && (
        <>
          <label htmlFor={`${fieldId}-x`} className="small">
            {s.times}
          </label>
          <select
            id={`${fieldId}-x`}
            className="select"
            value={current.multiplyBy ?? ''}
            onChange={(e) => set(current.column, e.target.value || undefined)}
          >
            <option value="">—</option>
            {options}
          </select>
        </>
      )}
    </div>
  );
}

function SpendRow({
  s,
  id,
  i,
  sp,
  update,
  options,
}: {
  s: KpiStrings;
  id: string;
  i: number;
  sp: SpendLine;
  update: Update;
  options: ReactNode;
}) {
  const set = (patch: Partial<SpendLine>): void => update((m) => withSpendLine(m, i, patch));
  return (
    <div className="field split" role="group" aria-label={`${s.channel} ${sp.channel}`}>
      <label htmlFor={`${id}-sp-${i}-col`} className="small">
        {s.column}
      </label>
      <select id={`${id}-sp-${i}-col`} className="select" value={sp.column} onChange={(e) => set({ column: e.target.value })}>
        {options}
      </select>
      <label htmlFor={`${id}-sp-${i}-ch`} className="small">
        {s.channel}
      </label>
      <input
        id={`${id}-sp-${i}-ch`}
        className="input"
        value={sp.channel}
        maxLength={60}
        onChange={(e) => set({ channel: e.target.value })}
      />
      <label htmlFor={`${id}-sp-${i}-cat`} className="small">
        {s.category}
      </label>
      <select
        id={`${id}-sp-${i}-cat`}
        className="select"
        value={sp.category}
        onChange={(e) => set({ category: e.target.value as Category })}
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
  );
}

/** The columns read for the date, each KPI and each channel's spend, and the source's name. */
export function KpiMapping({ s, id, header, mapping, kpis, canPreview, update, onPreview }: Props) {
  const options = <ColumnOptions header={header} />;
  const addSpend = (): void =>
    update((m) => ({
      ...m,
      spend: [...m.spend, { column: header[0] ?? '', channel: `Channel ${m.spend.length + 1}`, category: 'media' }],
    }));
  return (
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
          {options}
        </select>
      </div>
      {kpis.map((k) => (
        <KpiColumnField key={k.kpiId} s={s} id={id} kpi={k} mapping={mapping} update={update} options={options} />
      ))}
      <p className="subheading">{s.spendColumns}</p>
      {mapping.spend.map((sp, i) => (
        <SpendRow key={i} s={s} id={id} i={i} sp={sp} update={update} options={options} />
      ))}
      <button type="button" className="button button--subtle" onClick={addSpend}>
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
      <button type="button" className="button" disabled={!canPreview} onClick={onPreview}>
        {s.updatePreview}
      </button>
    </fieldset>
  );
}
