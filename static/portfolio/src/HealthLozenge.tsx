import type { Health } from '../../../src/contracts/campaign-panel';
import type { Strings } from './i18n';

/** A campaign's health in words, coloured the same way on the calendar's bars and in the table. */
export function HealthLozenge({ t, level }: { t: Strings; level: Health }) {
  return <span className={`lozenge lozenge--health-${level}`}>{t.healthState[level]}</span>;
}
