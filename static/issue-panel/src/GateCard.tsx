import { Suspense } from 'react';
import { ApproverTable } from './ApproverTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Lozenge, type Tone } from './Lozenge';
import { LazyGateActions, LazyGateRecord } from './signoff-lazy';
import type { GateStatus, SignOffGateView } from './types';
import { useSignOffApi } from './useSignOff';

const STATE_TONE: Record<GateStatus['state'], Tone> = {
  waiting: 'neutral',
  open: 'information',
  approved: 'success',
  declined: 'danger',
  changes_requested: 'warning',
};

/**
 * One sign-off gate: its approvers and their decisions, who is pending, the due date; with the sign-off view
 * (`getSignOff`) also staleness, delegations, the acting user's actions or why they may not act, and the record.
 */
export function GateCard({ t, f, gate: summary }: { t: Strings; f: Formatters; gate: GateStatus }) {
  const api = useSignOffApi();
  const view: SignOffGateView | undefined = api?.viewOf(summary.gateId);
  const gate: GateStatus = view ?? summary;
  const names = new Map(gate.approvers.map((a) => [a.accountId, a.displayName]));
  for (const d of view?.delegations ?? []) names.set(d.from, d.fromName).set(d.to, d.toName);
  const pending = gate.pending.map((id) => names.get(id) ?? id);
  const s = t.so;
  return (
    <li className="gate" data-testid={`gate-${gate.gateId}`}>
      <div className="gate__head">
        <span className="gate__name">{gate.name}</span>
        <span className="gate__badges">
          <Lozenge tone={STATE_TONE[gate.state]}>{t.gateState[gate.state]}</Lozenge>
          {gate.late && (
            <Lozenge tone="danger" bold>
              {t.lateBy(gate.businessDaysLate)}
            </Lozenge>
          )}
        </span>
      </div>
      <p className="gate__meta">
        <span>
          {t.due} <time dateTime={gate.dueDate}>{f.date(gate.dueDate)}</time>
        </span>
        {gate.approvers.length > 0 && <span>{t.quorum(gate.quorum, gate.approvers.length)}</span>}
      </p>
      {view?.stale && (
        <p className="note note--warning" role="note">
          {s.stale(
            s.list(view.stale.changedFields.map((c) => s.changed[c])),
            f.instant(view.stale.at),
            view.stale.changedFields.length > 1,
          )}
        </p>
      )}
      {gate.approvers.length === 0 && <p className="small text-warning">{t.noApprovers}</p>}
      {gate.approvers.length > 0 && <ApproverTable t={t} f={f} approvers={gate.approvers} names={names} />}
      {view?.delegations.map((d) => (
        <p key={`${d.from}-${d.to}`} className="small muted">
          {s.delegationInForce(d.fromName, d.toName, f.date(d.until))}
        </p>
      ))}
      {pending.length > 0 && <p className="small muted">{t.pendingList(pending.join(', '))}</p>}
      {api && view && (
        <Suspense fallback={null}>
          <LazyGateActions
            s={s}
            api={api}
            gate={view}
            decidingForName={view.decidingFor && view.decidingFor !== api.me ? (names.get(view.decidingFor) ?? view.decidingFor) : null}
          />
          <LazyGateRecord t={t} f={f} api={api} gate={view} />
        </Suspense>
      )}
      {api?.state.kind === 'error' && summary.canDecide && <p className="note note--warning">{s.unavailable(api.state.message)}</p>}
    </li>
  );
}
