import type { PlanConflicts } from '../../src/contracts/conflicts';
import { conflictWords } from '../../src/wording/catalog/conflicts';

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

/**
 * What a plan would cause or join across every campaign (the planner's preview, a re-plan before it is applied):
 * overloaded weeks per person and approvers with several sign-offs the same day, or that there is none.
 */
export function ConflictsSection({ lang, conflicts, id }: { lang: 'en' | 'fr'; conflicts: PlanConflicts; id: string }) {
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
          <p className="muted">{w.hint}</p>
        </>
      )}
    </section>
  );
}
