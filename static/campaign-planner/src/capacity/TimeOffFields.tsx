import type { CapacityWords } from '../../../../src/wording/catalog/capacity';
import { timeOffRow, type CapacityDraft } from './capacity-draft';

interface Props {
  w: CapacityWords;
  rows: CapacityDraft['timeOff'];
  /** The payload field a refusal named (`capacity.timeOff.2.to`), to mark that input. */
  invalidField?: string;
  onChange: (rows: CapacityDraft['timeOff']) => void;
}

/** Time off as date ranges, both days included: add, edit, remove. */
export function TimeOffFields({ w, rows, invalidField, onChange }: Props) {
  const set = (id: number, patch: Partial<{ from: string; to: string }>): void =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{w.timeOff}</legend>
      <p className="field__hint">{w.timeOffHint}</p>
      <ul className="time-off">
        {rows.map((r, i) => (
          <li key={r.id} className="time-off__row">
            <label className="field__label" htmlFor={`time-off-from-${r.id}`}>
              {w.from}
            </label>
            <input
              id={`time-off-from-${r.id}`}
              className="input input--inline"
              type="date"
              value={r.from}
              aria-invalid={invalidField === `capacity.timeOff.${i}.from` || undefined}
              onChange={(e) => set(r.id, { from: e.target.value, to: r.to === '' ? e.target.value : r.to })}
            />
            <label className="field__label" htmlFor={`time-off-to-${r.id}`}>
              {w.to}
            </label>
            <input
              id={`time-off-to-${r.id}`}
              className="input input--inline"
              type="date"
              value={r.to}
              min={r.from || undefined}
              aria-invalid={invalidField === `capacity.timeOff.${i}.to` || undefined}
              onChange={(e) => set(r.id, { to: e.target.value })}
            />
            <button
              type="button"
              className="button button--subtle"
              aria-label={w.removeTimeOff(r.from, r.to)}
              onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => onChange([...rows, timeOffRow()])}>
        {w.addTimeOff}
      </button>
    </fieldset>
  );
}
