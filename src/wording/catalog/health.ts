import type { Health, Reason } from '../../contracts/campaign-panel';
import type { Language } from '../locale';
import { gateInFrench, NNBSP } from '../typography';

/**
 * Campaign health: its states and its reasons in plain words, from a reason's code and parameters, for the issue
 * panel and the status report alike. Parameters (the resolver's side of the contract): gate_late {gate, days, blocks?},
 * gate_due_soon {gate, days}, milestone_late {milestone, days}, milestone_at_risk {milestone, p85, dueDate},
 * dependency_overdue {task, days?, blocks?}, spend_ahead_of_work / budget_80 / over_budget {spent, done?}
 * (ratios, 0.92 = 92 %), forecast_over_budget {forecast, budget} (money), kpi_behind_pace {kpi, actual?, expected?}.
 * A missing parameter gives a shorter sentence, never "undefined". No forecasting jargon: P85 is the "cautious" date
 * and the forecast at completion the "expected final cost", as the panel labels them.
 */

/** The formatting a reason needs, in the reader's locale. */
export interface ReasonFormat {
  percent: (ratio: number) => string;
  money: (amount: number) => string;
  date: (iso: string) => string;
  number: (n: number) => string;
}

/** A reason's parameters, read safely: each is undefined when missing or empty. */
interface ReasonArgs {
  text: (k: string) => string | undefined;
  num: (k: string) => number | undefined;
  pct: (k: string) => string | undefined;
  money: (k: string) => string | undefined;
  date: (k: string) => string | undefined;
  number: (n: number) => string;
}

type ReasonWords = Record<Reason['code'], (a: ReasonArgs) => string>;

/** Drops the doubled spaces and empty quotes a missing parameter leaves. */
const tidy = (s: string): string =>
  s
    .replace(/«\u202f\u202f» |‘’ /g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
const q = (s: string | undefined): string => (s === undefined ? '' : `‘${s}’`);
const bd = (n: number | undefined): string => (n === undefined ? '' : `${n} business ${n === 1 ? 'day' : 'days'}`);
const qFr = (s: string | undefined): string => (s === undefined ? '' : `«${NNBSP}${s}${NNBSP}»`);
const bdFr = (n: number | undefined): string => (n === undefined ? '' : `${n} ${n < 2 ? 'jour ouvré' : 'jours ouvrés'}`);
const blocking = (base: string, blocks: string | undefined, and: string, quote: (s: string) => string): string =>
  tidy(blocks ? `${base} ${and} ${quote(blocks)}` : base);

export const reasonsEn: ReasonWords = {
  gate_late: (a) => blocking(`${a.text('gate') ?? 'A'} sign-off is ${bd(a.num('days'))} late`, a.text('blocks'), 'and blocks', q),
  gate_due_soon: (a) => tidy(`${a.text('gate') ?? 'A'} sign-off is due in ${bd(a.num('days'))}`),
  milestone_late: (a) => tidy(`Milestone ${q(a.text('milestone'))} is ${bd(a.num('days'))} late`),
  milestone_at_risk: (a) => {
    const base = `Milestone ${q(a.text('milestone'))} may slip`;
    const p85 = a.date('p85');
    const due = a.date('dueDate');
    return tidy(p85 && due ? `${base}: done by ${p85} to be cautious, against a due date of ${due}` : base);
  },
  dependency_overdue: (a) => {
    const days = a.num('days');
    return blocking(
      `Task ${q(a.text('task'))} is overdue${days === undefined ? '' : ` (${bd(days)} late)`}`,
      a.text('blocks'),
      'and blocks',
      q,
    );
  },
  spend_ahead_of_work: (a) => {
    const spent = a.pct('spent');
    const done = a.pct('done');
    return spent && done ? `Spend is at ${spent} of budget with ${done} of work done` : 'Spend is ahead of the work done';
  },
  over_budget: (a) => (a.pct('spent') ? `Over budget: ${a.pct('spent')} of the budget is spent` : 'Over budget'),
  budget_80: (a) => (a.pct('spent') ? `Spend has reached ${a.pct('spent')} of the budget` : 'Spend has reached 80% of the budget'),
  forecast_over_budget: (a) => {
    const fc = a.money('forecast');
    const budget = a.money('budget');
    return fc && budget ? `The expected final cost (${fc}) is over the ${budget} budget` : 'The expected final cost is over budget';
  },
  kpi_behind_pace: (a) => {
    const base = `KPI ${q(a.text('kpi'))} is behind pace`;
    const actual = a.num('actual');
    const expected = a.num('expected');
    return tidy(
      actual === undefined || expected === undefined ? base : `${base}: ${a.number(actual)} against ${a.number(expected)} expected by now`,
    );
  },
  no_data: () => 'Not enough data yet to judge',
};

export const reasonsFr: ReasonWords = {
  gate_late: (a) =>
    blocking(`La ${gateInFrench(a.text('gate') ?? '')} a ${bdFr(a.num('days'))} de retard`, a.text('blocks'), 'et bloque', qFr),
  gate_due_soon: (a) => tidy(`La ${gateInFrench(a.text('gate') ?? '')} est attendue dans ${bdFr(a.num('days'))}`),
  milestone_late: (a) => tidy(`Le jalon ${qFr(a.text('milestone'))} a ${bdFr(a.num('days'))} de retard`),
  milestone_at_risk: (a) => {
    const base = `Le jalon ${qFr(a.text('milestone'))} risque de glisser`;
    const p85 = a.date('p85');
    const due = a.date('dueDate');
    return tidy(p85 && due ? `${base}${NNBSP}: fin prudente le ${p85} pour une échéance le ${due}` : base);
  },
  dependency_overdue: (a) => {
    const days = a.num('days');
    return blocking(
      `La tâche ${qFr(a.text('task'))} est en retard${days === undefined ? '' : ` (${bdFr(days)} de retard)`}`,
      a.text('blocks'),
      'et bloque',
      qFr,
    );
  },
  spend_ahead_of_work: (a) => {
    const spent = a.pct('spent');
    const done = a.pct('done');
    return spent && done
      ? `Les dépenses atteignent ${spent} du budget pour ${done} du travail terminé`
      : 'Les dépenses avancent plus vite que le travail';
  },
  over_budget: (a) => (a.pct('spent') ? `Budget dépassé${NNBSP}: ${a.pct('spent')} du budget dépensé` : 'Budget dépassé'),
  budget_80: (a) =>
    a.pct('spent') ? `Les dépenses ont atteint ${a.pct('spent')} du budget` : `Les dépenses ont atteint 80${NNBSP}% du budget`,
  forecast_over_budget: (a) => {
    const fc = a.money('forecast');
    const budget = a.money('budget');
    return fc && budget ? `Le coût final estimé (${fc}) dépasse le budget de ${budget}` : 'Le coût final estimé dépasse le budget';
  },
  kpi_behind_pace: (a) => {
    const base = `L’indicateur ${qFr(a.text('kpi'))} est en retard sur son rythme`;
    const actual = a.num('actual');
    const expected = a.num('expected');
    return tidy(
      actual === undefined || expected === undefined ? base : `${base}${NNBSP}: ${a.number(actual)} pour ${a.number(expected)} attendus`,
    );
  },
  no_data: () => 'Pas encore assez de données pour juger',
};

function argsOf(params: Reason['params'], f: ReasonFormat): ReasonArgs {
  const text = (k: string): string | undefined => (params[k] === undefined || params[k] === '' ? undefined : String(params[k]));
  const num = (k: string): number | undefined => {
    const v = params[k];
    if (typeof v === 'number') return v;
    return typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
  };
  const mapped = (k: string, fn: (n: number) => string): string | undefined => {
    const n = num(k);
    return n === undefined ? undefined : fn(n);
  };
  const date = (k: string): string | undefined => {
    const t = text(k);
    return t === undefined ? undefined : f.date(t);
  };
  return { text, num, pct: (k) => mapped(k, f.percent), money: (k) => mapped(k, f.money), date, number: f.number };
}

/** A health reason in plain words, in `lang`. */
export const wordReason = (reason: Pick<Reason, 'code' | 'params'>, lang: Language, f: ReasonFormat): string =>
  (lang === 'fr' ? reasonsFr : reasonsEn)[reason.code](argsOf(reason.params, f));

/** Health states and the all-clear line, the same in the panel and the report. */
export const en = {
  health: 'Health',
  healthState: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' } satisfies Record<Health, string>,
  nothingToReport: 'Nothing needs attention: dates, sign-offs and spend are in line with the plan.',
};

export const fr: typeof en = {
  health: 'Santé',
  healthState: { on_track: 'En bonne voie', at_risk: 'À risque', off_track: 'En dérive' },
  nothingToReport: `Rien à signaler${NNBSP}: dates, validations et dépenses sont conformes au plan.`,
};
