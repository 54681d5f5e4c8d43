import type { LevelingProposal, PlanConflicts } from '../../src/contracts/conflicts';
import { conflictWords, type ConflictWords } from '../../src/wording/catalog/conflicts';

const SHOWN = 8;

/** A list that shows its first items and says how many more there are. */
function Capped<T>({ items, text, more }: { items: readonly T[]; text: (item: T) => string; more: (n: number) => string }) {
  return (
    <ul className="conflicts__list">
      {items.slice(0, SHOWN).map((item, i) => (
        <li key={i}>{text(item)}</li>
      ))}
      {items.length > SHOWN && <li className="muted">{more(items.length - SHOWN)}</li>}
    </ul>
  );
}

interface ProposalProps {
  w: ConflictWords;
  proposals: readonly LevelingProposal[];
  /** Applies a proposal to the plan; without it the proposals are only shown. */
  onApply?: (p: LevelingProposal) => void;
  busy?: boolean;
}

/** Leveling proposals, each with its effect and a button that applies it (moving the launch only when the PM presses it). */
function Proposals({ w, proposals, onApply, busy }: ProposalProps) {
  return (
    <>
      <h4 className="conflicts__heading">{w.proposalsHeading}</h4>
      <ul className="conflicts__list conflicts__proposals">
        {proposals.map((p) => (
          <li key={`${p.kind}-${p.rowId ?? ''}-${String(p.businessDays ?? '')}`}>
            {w.proposal(p)} <span className="small muted">({w.effect(p)})</span>{' '}
            {onApply && (
              <button
                type="button"
                className="button button--small"
                aria-label={w.applyLabel(p)}
                disabled={busy}
                onClick={() => onApply(p)}
              >
                {w.apply}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What a plan would cause or join across every campaign (the planner's preview, a re-plan before it is applied):
 * overloaded weeks per person and approvers with several sign-offs the same day, or that there is none.
 */
export function ConflictsSection({
  lang,
  conflicts,
  id,
  onApply,
  busy,
}: {
  lang: 'en' | 'fr';
  conflicts: PlanConflicts;
  id: string;
  onApply?: (p: LevelingProposal) => void;
  busy?: boolean;
}) {
  const w = conflictWords(lang);
  const over = conflicts.load.filter((c) => c.level === 'over');
  const atRisk = conflicts.load.filter((c) => c.level === 'at_risk');
  const none = conflicts.load.length === 0 && conflicts.approvers.length === 0;
  return (
    <section className="section conflicts" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`} className="section__title">
        {w.title}
      </h3>
      {none ? (
        <p className="muted">{w.none}</p>
      ) : (
        <>
          {conflicts.load.length > 0 && (
            <>
              <h4 className="conflicts__heading">{w.loadHeading}</h4>
              {[over, atRisk].map((group) =>
                group.length === 0 ? null : (
                  <div key={group[0]?.level} className={`conflicts__group conflicts__group--${group[0]?.level ?? ''}`}>
                    <p className="conflicts__level">{w.level(group[0]?.level ?? 'over')}</p>
                    <Capped items={group} text={w.load} more={w.more} />
                  </div>
                ),
              )}
            </>
          )}
          {conflicts.approvers.length > 0 && (
            <>
              <h4 className="conflicts__heading">{w.approverHeading}</h4>
              <Capped items={conflicts.approvers} text={w.approver} more={w.more} />
            </>
          )}
          {(conflicts.leveling?.length ?? 0) > 0 && <Proposals w={w} proposals={conflicts.leveling ?? []} onApply={onApply} busy={busy} />}
          <p className="muted">{w.hint}</p>
        </>
      )}
    </section>
  );
}
