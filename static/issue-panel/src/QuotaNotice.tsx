import type { QuotaNotice as Notice } from '../../../src/contracts/quota-state';
import { languageOf } from '../../kit/locale';
import { clockTime, quotaWords, shortMoment } from '../../../src/wording/catalog/quota';

/**
 * Jira's hourly quota is nearly spent or paused: the panel shows its stored data, with the time it was read and when
 * Jira will be read again, instead of an error.
 */
export function QuotaNotice({ notice, locale, timeZone }: { notice: Notice | undefined; locale: string | undefined; timeZone?: string }) {
  if (!notice) return null;
  const words = quotaWords(languageOf(locale));
  return (
    <p className="note quota-notice" data-testid="quota-notice" data-state={notice.state} role="status">
      {words.cachedData(shortMoment(locale, notice.asOf, timeZone), clockTime(locale, notice.resumesAt, timeZone))}
    </p>
  );
}
