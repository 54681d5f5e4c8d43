import type { GetPortfolioResult } from '../../../../src/contracts/portfolio';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';

/** The portfolio table of every campaign the user may see. */
export function PortfolioSection({ t, data }: { t: Strings; f: PortfolioFormatters; data: GetPortfolioResult }) {
  if (data.campaigns.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ul data-testid="portfolio-list">
      {data.campaigns.map((c) => (
        <li key={c.campaignKey}>{c.name}</li>
      ))}
    </ul>
  );
}
