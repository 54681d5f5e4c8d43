import { forecastWords } from '../../../src/wording/catalog/forecast';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { MilestoneRisk } from './types';

/** What P50 · P85 mean and what they were computed from: the network forecast, or the older bases. */
export function ForecastLegend({ t, f, open }: { t: Strings; f: Formatters; open: readonly MilestoneRisk[] }) {
  const network = open.filter((m) => m.forecastBasis === 'network');
  const others = open.filter((m) => m.forecastBasis !== 'network');
  const trials = (ms: readonly MilestoneRisk[]): number => Math.max(...ms.map((m) => m.trials));
  const w = forecastWords(t.lang);
  return (
    <p className="small muted">
      {t.workLeftLegend}{' '}
      {network.length > 0 && `${w.legend} ${w.basis(trials(network), Math.max(...network.map((m) => m.standardErrorDays ?? 0)))}. `}
      {others.length > 0 &&
        t.forecastLegend(
          [...new Set(others.map((m) => m.forecastBasis))]
            .map((b) => t.basis(b === 'history', f.number(trials(others.filter((m) => m.forecastBasis === b)))))
            .join(' ; '),
        )}
    </p>
  );
}
