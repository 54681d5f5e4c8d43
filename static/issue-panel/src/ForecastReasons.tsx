import type { MilestoneRisk } from '../../../src/contracts/campaign-panel';
import { forecastWords } from '../../../src/wording/catalog/forecast';

/** True when the forecast has something to say about a milestone beyond its dates. */
export const hasForecastReasons = (m: MilestoneRisk): boolean =>
  m.status === 'open' && (Boolean(m.waitsFor) || (m.drivers?.length ?? 0) > 0 || (m.onTimeProbability ?? null) !== null);

/** Why a milestone is forecast where it is: what it waits for, whose load drives it, its chance of the due date. */
export function ForecastReasons({ lang, m }: { lang: 'en' | 'fr'; m: MilestoneRisk }) {
  const w = forecastWords(lang);
  return (
    <ul className="forecast-reasons" data-testid={`forecast-reasons-${m.key}`}>
      {m.onTimeProbability !== null && m.onTimeProbability !== undefined && <li>{w.onTime(m.onTimeProbability)}</li>}
      {m.waitsFor && <li>{w.waitsFor(m.waitsFor.name)}</li>}
      {(m.drivers ?? []).map((d) => (
        <li key={d.accountId}>{w.personLoad(d)}</li>
      ))}
    </ul>
  );
}
