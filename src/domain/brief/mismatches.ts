import type { Money, PlanWarning } from '../model';
import type { ParsedBrief } from './parsed-brief';

/** Differences between what the PM typed and what the brief says are shown, never silently resolved. */
export function briefMismatches(parsed: ParsedBrief, launchDate: string, budget: Money): PlanWarning[] {
  const out: PlanWarning[] = [];
  const source = (field: string): string => parsed.brief.values.find((v) => v.field === field)?.source ?? 'the brief';
  const { fields } = parsed;
  if (fields.launchDate && fields.launchDate !== launchDate) {
    out.push({
      kind: 'brief',
      field: 'launchDate',
      message: `launchDate: the brief says ${fields.launchDate} (${source('launchDate')}), the plan uses ${launchDate}`,
    });
  }
  if (fields.budget && (fields.budget.amount !== budget.amount || fields.budget.currency !== budget.currency)) {
    out.push({
      kind: 'brief',
      field: 'budget',
      message: `budget: the brief says ${fields.budget.amount} ${fields.budget.currency} (${source('budget')}), the plan uses ${budget.amount} ${budget.currency}`,
    });
  }
  return out;
}
