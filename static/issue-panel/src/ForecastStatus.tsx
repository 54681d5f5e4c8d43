import type { ForecastState } from '../../../src/contracts/campaign-panel';
import { forecastWords } from '../../../src/wording/catalog/forecast';
import type { Formatters } from './format';

/**
 * When the deadline forecast was computed, or that it is being computed: the panel never waits for the Monte Carlo
 * (a background consumer runs it), so it says how fresh the dates are, and the panel reloads them once they are ready.
 */
export function ForecastStatus({ lang, f, state }: { lang: 'en' | 'fr'; f: Formatters; state: ForecastState | undefined }) {
  if (!state) return null;
  const when = state.computedAt ? f.moment(state.computedAt) : null;
  return (
    <p className="small muted forecast-status" data-testid="forecast-status" data-status={state.status} role="status">
      {forecastWords(lang).state(state.status, when)}
    </p>
  );
}
