import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';

/**
 * Placeholder of the capacity heatmap (people × weeks across campaigns): the helper building `getPortfolioCapacity`
 * replaces this file. It fetches its own data; `t` holds the page's words and `f` its formats.
 */
export function CapacitySection({ t }: { t: Strings; f: PortfolioFormatters }) {
  return (
    <section className="section" data-testid="capacity-section">
      <p className="muted">{t.placeholder}</p>
    </section>
  );
}
