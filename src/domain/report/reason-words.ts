import type { Reason } from '../../contracts/campaign-panel';
import type { ReportFormatters } from './format';
import type { ReportLanguage } from './language';

/**
 * A health reason in plain words, in the report's language: the same sentences the issue panel shows
 * (static/issue-panel/src/reasons.ts), from the reason's code and parameters. A missing parameter gives a shorter
 * sentence, never "undefined".
 */
export function wordReason(reason: Reason, lang: ReportLanguage, f: ReportFormatters): string {
  const p = reason.params;
  const text = (k: string): string | undefined => (p[k] === undefined || p[k] === '' ? undefined : String(p[k]));
  const num = (k: string): number | undefined => {
    const v = p[k];
    if (typeof v === 'number') return v;
    return typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
  };
  const pct = (k: string): string | undefined => (num(k) === undefined ? undefined : f.percent(num(k) as number));
  const money = (k: string): string | undefined => (num(k) === undefined ? undefined : f.money(num(k) as number));
  const date = (k: string): string | undefined => (text(k) === undefined ? undefined : f.date(text(k) as string));
  const fr = lang === 'fr';
  const q = (s: string | undefined): string => (s === undefined ? '' : fr ? `« ${s} »` : `‘${s}’`);
  const bd = (n: number | undefined): string => (n === undefined ? '' : fr ? `${n} ${n < 2 ? 'jour ouvré' : 'jours ouvrés'}` : `${n} business ${n === 1 ? 'day' : 'days'}`);
  const days = num('days');

  switch (reason.code) {
    case 'gate_late': {
      const blocks = text('blocks');
      const base = fr ? `La validation ${text('gate') ?? ''} a ${bd(days)} de retard` : `${text('gate') ?? 'A'} sign-off is ${bd(days)} late`;
      return tidy(blocks ? (fr ? `${base} et bloque ${q(blocks)}` : `${base} and blocks ${q(blocks)}`) : base);
    }
    case 'gate_due_soon':
      return tidy(fr ? `La validation ${text('gate') ?? ''} est attendue dans ${bd(days)}` : `${text('gate') ?? 'A'} sign-off is due in ${bd(days)}`);
    case 'milestone_late':
      return tidy(fr ? `Le jalon ${q(text('milestone'))} a ${bd(days)} de retard` : `Milestone ${q(text('milestone'))} is ${bd(days)} late`);
    case 'milestone_at_risk': {
      const p85 = date('p85');
      const due = date('dueDate');
      const base = fr ? `Le jalon ${q(text('milestone'))} risque de glisser` : `Milestone ${q(text('milestone'))} may slip`;
      if (!p85 || !due) return tidy(base);
      return tidy(fr ? `${base} : fin probable (P85) le ${p85} pour une échéance le ${due}` : `${base}: likely done (P85) ${p85} against a due date of ${due}`);
    }
    case 'dependency_overdue': {
      const blocks = text('blocks');
      const late = days === undefined ? '' : fr ? ` (${bd(days)} de retard)` : ` (${bd(days)} late)`;
      const base = fr ? `La tâche ${q(text('task'))} est en retard${late}` : `Task ${q(text('task'))} is overdue${late}`;
      return tidy(blocks ? (fr ? `${base} et bloque ${q(blocks)}` : `${base} and blocks ${q(blocks)}`) : base);
    }
    case 'spend_ahead_of_work': {
      const spent = pct('spent');
      const done = pct('done');
      if (!spent || !done) return fr ? 'Les dépenses avancent plus vite que le travail' : 'Spend is ahead of the work done';
      return fr ? `Les dépenses atteignent ${spent} du budget pour ${done} du travail terminé` : `Spend is at ${spent} of budget with ${done} of work done`;
    }
    case 'over_budget': {
      const spent = pct('spent');
      if (!spent) return fr ? 'Budget dépassé' : 'Over budget';
      return fr ? `Budget dépassé : ${spent} du budget dépensé` : `Over budget: ${spent} of the budget is spent`;
    }
    case 'budget_80': {
      const spent = pct('spent');
      if (!spent) return fr ? 'Les dépenses ont atteint 80 % du budget' : 'Spend has reached 80% of the budget';
      return fr ? `Les dépenses ont atteint ${spent} du budget` : `Spend has reached ${spent} of the budget`;
    }
    case 'forecast_over_budget': {
      const fc = money('forecast');
      const budget = money('budget');
      if (!fc || !budget) return fr ? 'La prévision à terminaison dépasse le budget' : 'The forecast at completion is over budget';
      return fr ? `La prévision à terminaison (${fc}) dépasse le budget de ${budget}` : `The forecast at completion (${fc}) is over the ${budget} budget`;
    }
    case 'kpi_behind_pace': {
      const actual = num('actual');
      const expected = num('expected');
      const base = fr ? `L’indicateur ${q(text('kpi'))} est en retard sur son rythme` : `KPI ${q(text('kpi'))} is behind pace`;
      if (actual === undefined || expected === undefined) return tidy(base);
      return tidy(fr ? `${base} : ${f.number(actual)} pour ${f.number(expected)} attendus` : `${base}: ${f.number(actual)} against ${f.number(expected)} expected by now`);
    }
    case 'no_data':
      return fr ? 'Pas encore assez de données pour juger' : 'Not enough data yet to judge';
  }
}

/** Drops the doubled spaces and empty quotes a missing parameter leaves. */
const tidy = (s: string): string => s.replace(/« » |‘’ /g, '').replace(/\s{2,}/g, ' ').trim();
