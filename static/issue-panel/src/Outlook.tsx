import { forecastWords } from '../../../src/wording/catalog/forecast';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Tip } from './Tip';
import type { MilestoneRisk } from './types';

/** What a milestone's forecast dates come from, in words (the network Monte Carlo, or the older bases). */
export function basisOf(t: Strings, f: Formatters, ms: readonly MilestoneRisk[]): string {
  const trials = (list: readonly MilestoneRisk[]): number => Math.max(...list.map((m) => m.trials));
  // A milestone whose forecast is still being computed has no simulations yet: it says nothing of the basis.
  const computed = ms.filter((m) => m.trials > 0);
  const network = computed.filter((m) => m.forecastBasis === 'network');
  const others = computed.filter((m) => m.forecastBasis !== 'network');
  const w = forecastWords(t.lang);
  return [
    ...(network.length > 0 ? [w.basis(trials(network), Math.max(...network.map((m) => m.standardErrorDays ?? 0)))] : []),
    ...[...new Set(others.map((m) => m.forecastBasis))].map((b) =>
      t.basis(b === 'history', f.number(trials(others.filter((m) => m.forecastBasis === b)))),
    ),
  ].join(t.lang === 'fr' ? '\u202f; ' : '; ');
}

/** The tooltip of the forecast dates: what "at the earliest" and "cautious" mean, and the simulations behind them. */
export const datesTip = (t: Strings, f: Formatters, ms: readonly MilestoneRisk[]): string =>
  forecastWords(t.lang).datesTip(basisOf(t, f, ms));

/** "Probably 2 business days late", in red when P50 is late, amber when only P85 is; null without a due date or a forecast. */
export function OutlookLine({ t, m }: { t: Strings; m: MilestoneRisk }) {
  const p50 = m.p50DaysAfterDue;
  if (m.status === 'done' || p50 === null || p50 === undefined) return null;
  const p85 = m.p85DaysAfterDue ?? null;
  const tone = p50 > 0 ? 'text-danger' : p85 !== null && p85 > 0 ? 'text-warning' : 'text-success';
  return (
    <span className={`outlook ${tone}`} data-testid={`outlook-${m.key}`}>
      {forecastWords(t.lang).outlook(p50, p85)}
    </span>
  );
}

/** A forecast date, flagged when it falls after the milestone's due date. */
function ForecastDay({ iso, due, f }: { iso: string | null; due: string | null; f: Formatters }) {
  if (iso === null) return <>—</>;
  return (
    <time dateTime={iso} className={due !== null && iso > due ? 'late-date' : undefined}>
      {f.shortDate(iso)}
    </time>
  );
}

/** The milestone table's forecast cell: the risk in words, then « au plus tôt … · prudent … », the statistics in a tooltip. */
export function OutlookCell({ t, f, m }: { t: Strings; f: Formatters; m: MilestoneRisk }) {
  if (m.status === 'done' || (m.p50 === null && m.p85 === null)) return <>—</>;
  return (
    <Tip tip={datesTip(t, f, [m])} className="outlook-cell">
      <OutlookLine t={t} m={m} />
      <span className="cell-note">
        {t.p50} <ForecastDay iso={m.p50} due={m.dueDate} f={f} /> · {t.p85.toLocaleLowerCase(t.lang)}{' '}
        <ForecastDay iso={m.p85} due={m.dueDate} f={f} />
      </span>
    </Tip>
  );
}
