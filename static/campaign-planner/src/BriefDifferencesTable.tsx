import { DataTable, type Column } from '../../kit/DataTable';
import { fieldLabel, showValue } from './diff-values';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { BriefDifference } from './types';
import type { FieldSelection } from './useFieldSelection';

interface Props {
  t: Strings;
  f: Formatters;
  /** The BCP 47 tag values are shown in. */
  tag: string;
  differences: BriefDifference[];
  /** The boxes to take the brief's values; none for someone who may not apply them (no column). */
  selection?: FieldSelection;
  disabled: boolean;
}

/** The column of boxes that take the brief's value of a field. */
function takeColumn(t: Strings, selection: FieldSelection, disabled: boolean): Column<BriefDifference> {
  const take = (d: BriefDifference) => (
    <input
      type="checkbox"
      aria-label={t.takeFromBrief(fieldLabel(t, d))}
      checked={selection.selected.has(d.field)}
      disabled={disabled}
      onChange={(e) => selection.toggle(d.field, e.target.checked)}
    />
  );
  return { key: 'take', header: t.colTake, headerClassName: 'col--check', className: 'col--check', cell: take };
}

function differenceColumns({ t, f, tag, selection, disabled }: Omit<Props, 'differences'>): Column<BriefDifference>[] {
  const field = (d: BriefDifference) => (
    <>
      {fieldLabel(t, d)}
      {d.field === 'launchDate' && <span className="field__hint diff__note">{t.launchMovesIssues}</span>}
    </>
  );
  const columns: Column<BriefDifference>[] = [
    { key: 'field', header: t.colField, rowHeader: true, cell: field },
    { key: 'plan', header: t.colInPlan, className: 'diff__plan', cell: (d) => showValue(t, f, tag, d.field, d.inPlan, t.absentInPlan) },
    {
      key: 'brief',
      header: t.colInBrief,
      className: 'diff__brief',
      cell: (d) => showValue(t, f, tag, d.field, d.inBrief, t.absentInBrief),
    },
    { key: 'source', header: t.colSource, className: 'muted small', cell: (d) => d.source },
  ];
  return selection ? [takeColumn(t, selection, disabled), ...columns] : columns;
}

/**
 * The plan's value and the brief's, one line per field that differs, each with a box to take the brief's (for those
 * who may).
 */
export function BriefDifferencesTable({ differences, ...props }: Props) {
  return (
    <DataTable
      label={props.t.differencesCount(differences.length)}
      tableProps={{ 'data-testid': 'brief-differences' }}
      columns={differenceColumns(props)}
      rows={differences}
      rowKey={(d) => d.field}
      rowProps={(d) => ({ className: props.selection?.selected.has(d.field) ? 'row--selected' : undefined })}
    />
  );
}
