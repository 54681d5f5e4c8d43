import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Lozenge } from './Lozenge';
import type { GateStatus } from './types';

type Approver = GateStatus['approvers'][number];

const DECISION_TONE = { approved: 'success', declined: 'danger', changes_requested: 'warning' } as const;

function approverColumns(t: Strings, f: Formatters, names: Map<string, string>): Column<Approver>[] {
  const approver = (a: Approver) => (
    <>
      {a.displayName}
      {a.onBehalfOf && <span className="muted small"> ({t.decidedByDelegate(names.get(a.onBehalfOf) ?? a.onBehalfOf)})</span>}
    </>
  );
  const decision = (a: Approver) =>
    a.decision ? (
      <>
        <Lozenge tone={DECISION_TONE[a.decision]}>{t.decisions[a.decision]}</Lozenge>
        {a.decidedAt && (
          <time className="muted small" dateTime={a.decidedAt}>
            {' '}
            {f.instant(a.decidedAt)}
          </time>
        )}
      </>
    ) : (
      <span className="muted">{t.noDecisionYet}</span>
    );
  return [
    { key: 'approver', header: t.approver, rowHeader: true, cell: approver },
    { key: 'decision', header: t.decision, cell: decision },
  ];
}

/** A gate's approvers and their decisions; `names` also knows the delegates. */
export function ApproverTable({
  t,
  f,
  approvers,
  names,
}: {
  t: Strings;
  f: Formatters;
  approvers: Approver[];
  names: Map<string, string>;
}) {
  return (
    <DataTable bare className="table table--compact" columns={approverColumns(t, f, names)} rows={approvers} rowKey={(a) => a.accountId} />
  );
}
