import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PlanGate } from './types';

interface Props {
  t: Strings;
  f: Formatters;
  gates: PlanGate[];
  milestoneName: (rowId: string) => string;
  personName: (accountId: string) => string;
}

export function GatesTable({ t, f, gates, milestoneName, personName }: Props) {
  if (gates.length === 0) return null;
  const gateName = new Map(gates.map((g) => [g.gateId, g.name]));
  return (
    <section aria-labelledby="gates-heading" className="section">
      <h3 id="gates-heading" className="section__title">
        {t.gates}
      </h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.colGate}</th>
              <th scope="col">{t.colMilestone}</th>
              <th scope="col">{t.colApprovers}</th>
              <th scope="col">{t.colQuorum}</th>
              <th scope="col">{t.colDue}</th>
              <th scope="col">{t.colOrder}</th>
            </tr>
          </thead>
          <tbody>
            {gates.map((g) => {
              const people = g.approverAccountIds.map(personName);
              const roles = g.approverRoles.map((r) => t.roleNames[r]).join(', ');
              const total = Math.max(people.length, g.approverRoles.length);
              return (
                <tr key={g.gateId}>
                  <th scope="row">{g.name}</th>
                  <td>{milestoneName(g.milestoneRowId)}</td>
                  <td>
                    {people.length > 0 ? people.join(', ') : <span className="muted">{t.nobody}</span>}
                    <div className="muted small">{roles}</div>
                  </td>
                  <td>{t.quorum(g.quorum, total)}</td>
                  <td className="nowrap">{f.date(g.dueDate)}</td>
                  <td>{g.afterGateId ? t.sequentialAfter(gateName.get(g.afterGateId) ?? g.afterGateId) : t.parallel}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
