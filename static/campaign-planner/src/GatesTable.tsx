import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { PlanSection } from './PlanSection';
import type { PlanGate } from './types';

interface Props {
  t: Strings;
  f: Formatters;
  gates: PlanGate[];
  milestoneName: (rowId: string) => string;
  personName: (accountId: string) => string;
}

function gateColumns({ t, f, gates, milestoneName, personName }: Props): Column<PlanGate>[] {
  const gateName = new Map(gates.map((g) => [g.gateId, g.name]));
  const approvers = (g: PlanGate) => {
    const people = g.approverAccountIds.map(personName);
    return (
      <>
        {people.length > 0 ? people.join(', ') : <span className="muted">{t.nobody}</span>}
        <div className="muted small">{g.approverRoles.map((r) => t.roleNames[r]).join(', ')}</div>
      </>
    );
  };
  return [
    { key: 'gate', header: t.colGate, rowHeader: true, cell: (g) => g.name },
    { key: 'milestone', header: t.colMilestone, cell: (g) => milestoneName(g.milestoneRowId) },
    { key: 'approvers', header: t.colApprovers, cell: approvers },
    { key: 'quorum', header: t.colQuorum, cell: (g) => t.quorum(g.quorum, Math.max(g.approverAccountIds.length, g.approverRoles.length)) },
    { key: 'due', header: t.colDue, className: 'nowrap', cell: (g) => f.date(g.dueDate) },
    {
      key: 'order',
      header: t.colOrder,
      cell: (g) => (g.afterGateId ? t.sequentialAfter(gateName.get(g.afterGateId) ?? g.afterGateId) : t.parallel),
    },
  ];
}

export function GatesTable(props: Props) {
  if (props.gates.length === 0) return null;
  return (
    <PlanSection id="gates" title={props.t.gates}>
      <DataTable labelledBy="gates-heading" columns={gateColumns(props)} rows={props.gates} rowKey={(g) => g.gateId} />
    </PlanSection>
  );
}
