import { forecastWords } from '../../../src/wording/catalog/forecast';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { datesTip } from './Outlook';
import { Tip } from './Tip';
import type { MilestoneRisk } from './types';

/** What « au plus tôt » and « prudent » mean in plain words; P50/P85 and what they were computed from in its tooltip. */
export function ForecastLegend({ t, f, open }: { t: Strings; f: Formatters; open: readonly MilestoneRisk[] }) {
  return (
    <p className="small muted" data-testid="forecast-legend">
      {t.workLeftLegend}{' '}
      <Tip tip={datesTip(t, f, open)} className="tip--dotted">
        {forecastWords(t.lang).legend}
      </Tip>
    </p>
  );
}
