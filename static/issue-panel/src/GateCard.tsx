import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Lozenge, type Tone } from './Lozenge';
import type { GateStatus } from './types';

const STATE_TONE: Record<GateStatus['state'], Tone> = { waiting: 'neutral', open: 'information', approved: 'success', declined: 'danger', changes_requested: 'warning' };
const DECISION_TONE = { approved: 'success', declined: 'danger', changes_requested: 'warning' } as const;
const DECISIONS = ['approved', 'changes_requested', 'declined'] as const;

/** One sign-off gate: its approvers and their decisions, who is pending, the due date, and the acting user's buttons. */
export function GateCard({ t, f, gate }: { t: Strings; f: Formatters; gate: GateStatus }) {
  const noteId = `gate-${gate.gateId}-decide-note`;
  const names = new Map(gate.approvers.map((a) => [a.accountId, a.displayName]));
  const pending = gate.pending.map((id) => names.get(id) ?? id);
  return (
    <li className="gate" data-testid={`gate-${gate.gateId}`}>
      <div className="gate__head">
        <span className="gate__name">{gate.name}</span>
        <span className="gate__badges">
          <Lozenge tone={STATE_TONE[gate.state]}>{t.gateState[gate.state]}</Lozenge>
          {gate.late && <Lozenge tone="danger" bold>{t.lateBy(gate.businessDaysLate)}</Lozenge>}
        </span>
      </div>
      <p className="gate__meta">
        <span>
          {t.due} <time dateTime={gate.dueDate}>{f.date(gate.dueDate)}</time>
        </span>
        {gate.approvers.length > 0 && <span>{t.quorum(gate.quorum, gate.approvers.length)}</span>}
      </p>
      {gate.approvers.length === 0 && <p className="small text-warning">{t.noApprovers}</p>}
      {gate.approvers.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t.approver}</th>
              <th scope="col">{t.decision}</th>
            </tr>
          </thead>
          <tbody>
            {gate.approvers.map((a) => (
              <tr key={a.accountId}>
                <th scope="row">
                  {a.displayName}
                  {a.onBehalfOf && <span className="muted small"> ({t.onBehalfOf(names.get(a.onBehalfOf) ?? a.onBehalfOf)})</span>}
                </th>
                <td>
                  {a.decision ? (
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
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending.length > 0 && <p className="small muted">{t.pendingList(pending.join(', '))}</p>}
      {gate.canDecide && (
        <div className="gate__actions" role="group" aria-label={gate.name}>
          {DECISIONS.map((d) => (
            // The decision flow is the sign-off feature (issue 6): shown so approvers see where it lands, never faked.
            <button key={d} type="button" className={`button${d === 'approved' ? ' button--primary' : ''}`} disabled aria-describedby={noteId}>
              {t.decide[d]}
            </button>
          ))}
          <span id={noteId} className="small muted">
            {t.decideSoon}
          </span>
        </div>
      )}
    </li>
  );
}
