import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';

/**
 * Placeholder of the collision list (launches too close on an audience or channel, freeze windows, busy approvers):
 * the helper building `getCollisions` replaces this file. It fetches its own data; `t` holds the page's words and `f`
 * its formats.
 */
export function CollisionsSection({ t }: { t: Strings; f: PortfolioFormatters }) {
  return (
    <section className="section" data-testid="collisions-section">
      <p className="muted">{t.placeholder}</p>
    </section>
  );
}
