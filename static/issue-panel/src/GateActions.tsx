import { useRef, useState, type RefObject } from 'react';
import { DecisionForm } from './DecisionForm';
import { DelegationForm } from './DelegationForm';
import type { SignOffStrings } from './signoff-strings';
import type { DecideSignOffResult, DecisionKind, SignOffGateView } from './types';
import type { SignOffApi } from './useSignOff';

const DECISIONS: DecisionKind[] = ['approve', 'request_changes', 'decline'];
type Open = DecisionKind | 'delegate' | null;
type Outcome = { tone: 'success' | 'warning'; lines: string[] } | null;

/** What the decision did: recorded, the issue moved, and whether its comment could be posted. */
function decisionOutcome(s: SignOffStrings, decision: DecisionKind, r: DecideSignOffResult): Outcome {
  const lines = [s.recorded[decision]];
  if (r.transitioned) lines.push(s.transitioned(r.transitioned));
  if (!r.commentPosted) lines.push(s.commentNotPosted(r.commentError ?? ''));
  return { tone: r.commentPosted ? 'success' : 'warning', lines };
}

interface ButtonsProps {
  s: SignOffStrings;
  gate: SignOffGateView;
  mayDelegate: boolean;
  group: RefObject<HTMLDivElement | null>;
  onOpen: (open: Exclude<Open, null>) => void;
}

/** One button per decision, and "delegate" for an approver deciding for themselves. */
function DecisionButtons({ s, gate, mayDelegate, group, onOpen }: ButtonsProps) {
  return (
    <div className="gate__actions" role="group" aria-label={gate.name} ref={group}>
      {DECISIONS.map((d) => (
        <button key={d} type="button" className={`button${d === 'approve' ? ' button--primary' : ''}`} onClick={() => onOpen(d)}>
          {s.decide[d]}
        </button>
      ))}
      {mayDelegate && (
        <button type="button" className="button button--subtle" onClick={() => onOpen('delegate')}>
          {s.delegate}
        </button>
      )}
    </div>
  );
}

/** Why the user cannot decide: on an open gate for everyone, on the others only for the people the gate concerns. */
const Refusal = ({ text }: { text: string }) => <p className="small muted gate__refusal">{text}</p>;

/** The acting user's buttons on an open gate, the form each opens, and what came of it. */
export function GateActions({
  s,
  api,
  gate,
  decidingForName,
}: {
  s: SignOffStrings;
  api: SignOffApi;
  gate: SignOffGateView;
  decidingForName: string | null;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const group = useRef<HTMLDivElement>(null);
  // Only an approver deciding for themselves may pass the decision on.
  const mayDelegate = gate.canDecide && (gate.decidingFor === null || gate.decidingFor === api.me);
  // Refusals are for the people the gate concerns (approvers, delegates); everyone else just reads the gate.
  const me = api.me;
  const involved =
    !!me &&
    (gate.approvers.some((a) => a.accountId === me || a.onBehalfOf === me) || gate.delegations.some((d) => d.to === me || d.from === me));

  const close = (): void => {
    setOpen(null);
    requestAnimationFrame(() => group.current?.querySelector<HTMLButtonElement>('button')?.focus());
  };

  return (
    <>
      {gate.canDecide && open === null && (
        <DecisionButtons
          s={s}
          gate={gate}
          mayDelegate={mayDelegate}
          group={group}
          onOpen={(o) => {
            setOutcome(null);
            setOpen(o);
          }}
        />
      )}
      {gate.canDecide && decidingForName && open === null && <p className="small muted">{s.decidingFor(decidingForName)}</p>}
      {open && open !== 'delegate' && (
        <DecisionForm
          s={s}
          api={api}
          gate={gate}
          decision={open}
          onCancel={close}
          onDone={(r) => {
            setOpen(null);
            setOutcome(decisionOutcome(s, open, r));
          }}
        />
      )}
      {open === 'delegate' && (
        <DelegationForm
          s={s}
          api={api}
          gate={gate}
          onCancel={close}
          onDone={(to) => {
            setOpen(null);
            setOutcome({ tone: 'success', lines: [s.delegated(to)] });
          }}
        />
      )}
      <div
        role="status"
        className={`gate__status${outcome ? ` note note--${outcome.tone}` : ''}`}
        data-testid={`gate-${gate.gateId}-outcome`}
      >
        {outcome?.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
      {!gate.canDecide && (involved || gate.state === 'open') && gate.refusal && <Refusal text={gate.refusal} />}
    </>
  );
}
