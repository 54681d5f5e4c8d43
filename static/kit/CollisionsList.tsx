import type { Collision } from '../../src/contracts/collisions';
import { collisionText, collisionWords } from '../../src/wording/catalog/collisions';

/**
 * The launch collisions a plan would take part in (same audience or channel within the site's window, a blackout,
 * an approver's overloaded week), each naming the campaigns concerned; those the reader may not see are not named.
 */
export function CollisionsList({
  lang,
  collisions,
  names,
}: {
  lang: 'en' | 'fr';
  collisions: readonly Collision[];
  names: ReadonlyMap<string, string>;
}) {
  const w = collisionWords(lang);
  return (
    <section className="section" aria-labelledby="collisions-heading" data-testid="plan-collisions">
      <h3 id="collisions-heading" className="section__title">
        {w.title}
      </h3>
      {collisions.length === 0 ? (
        <p className="banner banner--success">{w.none}</p>
      ) : (
        <ul className="warnings">
          {collisions.map((c, i) => (
            <li key={`${c.kind}-${i}`} className="warnings__item">
              <span className="lozenge lozenge--warning">{w.headings[c.kind]}</span> {collisionText(lang, c, names)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
