import type { GetPortfolioResult } from '../../../../src/contracts/portfolio';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';

/** Every campaign the user may see on a month or quarter calendar. */
export function CalendarSection({
  t,
  data,
}: {
  t: Strings;
  f: PortfolioFormatters;
  data: GetPortfolioResult;
  reload: (refresh?: boolean) => void;
}) {
  if (data.campaigns.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ul data-testid="calendar-list">
      {data.campaigns.map((c) => (
        <li key={c.campaignKey}>{c.name}</li>
      ))}
    </ul>
  );
}
