import type { Strings } from './i18n';
import type { PlanRow } from './types';

/** The row's edit and remove icon buttons, named after the row. */
export function RowActions({
  t,
  row,
  busy,
  onEdit,
  onRemove,
}: {
  t: Strings;
  row: PlanRow;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <>
      <button type="button" className="icon-button" disabled={busy} aria-label={t.editRow(row.summary)} title={t.edit} onClick={onEdit}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M10.5 2.5l3 3L6 13H3v-3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={busy}
        aria-label={t.removeRow(row.summary)}
        title={t.remove}
        onClick={onRemove}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </>
  );
}
