import type { Money, PlanWarning } from '../model';
import type { ParsedBrief } from './parsed-brief';
import { planWarning } from '../plan/warning';

/** Differences between what the PM typed and what the brief says are shown, never silently resolved. */
export function briefMismatches(parsed: ParsedBrief, launchDate: string, budget: Money): PlanWarning[] {
  const out: PlanWarning[] = [];
  const source = (field: string): string => parsed.brief.values.find((v) => v.field === field)?.source ?? 'the brief';
  const { fields } = parsed;
  if (fields.launchDate && fields.launchDate !== launchDate) {
    const params = { brief: fields.launchDate, source: source('launchDate'), plan: launchDate };
    out.push(planWarning({ kind: 'brief', field: 'launchDate' }, { key: 'plan.briefLaunchDate', params }));
  }
  if (fields.budget && (fields.budget.amount !== budget.amount || fields.budget.currency !== budget.currency)) {
    const params = {
      brief: fields.budget.amount,
      briefCurrency: fields.budget.currency,
      source: source('budget'),
      plan: budget.amount,
      planCurrency: budget.currency,
    };
    out.push(planWarning({ kind: 'brief', field: 'budget' }, { key: 'plan.briefBudget', params }));
  }
  return out;
}
