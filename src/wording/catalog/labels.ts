import type { Language } from '../locale';
import * as budget from './budget';
import * as gates from './gates';
import * as health from './health';
import * as kpis from './kpis';
import * as schedule from './schedule';

/** The section labels the issue panel and the status report share (health, budget, deadlines, sign-offs, KPIs). */
export type SharedLabels = typeof health.en & typeof budget.en & typeof schedule.en & typeof gates.en & typeof kpis.en;

export function sharedLabels(lang: Language): SharedLabels {
  const pick = <T>(c: { en: T; fr: T }): T => (lang === 'fr' ? c.fr : c.en);
  return { ...pick(health), ...pick(budget), ...pick(schedule), ...pick(gates), ...pick(kpis) };
}
