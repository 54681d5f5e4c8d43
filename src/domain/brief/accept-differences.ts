import type { BriefDifference } from '../../contracts/campaign-planner';
import type { CampaignPlan } from '../model';
import type { PlanValuesForBrief } from './compare';
import type { ParsedBrief } from './parsed-brief';

/** What the plan says, in the shape the brief comparison reads; text fields are the values read when planning. */
export function planValues(plan: CampaignPlan): PlanValuesForBrief {
  const fromBrief = (field: string): unknown => plan.brief?.values.find((v) => v.field === field)?.value;
  const text = (field: string): string | undefined => {
    const v = fromBrief(field);
    return typeof v === 'string' ? v : undefined;
  };
  const list = (field: string): string[] | undefined => {
    const v = fromBrief(field);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  };
  return {
    launchDate: plan.launchDate,
    budget: plan.budget,
    kpis: plan.kpis.map((k) => ({ kpiId: k.kpiId, name: k.name, target: k.target, unit: k.unit })),
    approvers: [...new Set(plan.gates.flatMap((g) => g.approverAccountIds))],
    channels: list('channels'),
    objective: text('objective'),
    audience: text('audience'),
    keyMessages: list('keyMessages'),
  };
}

/** Records that the plan now follows the brief for a text field (nothing to change in Jira). */
function acknowledge(plan: CampaignPlan, field: string, value: unknown): CampaignPlan {
  if (!plan.brief) return plan;
  const values = plan.brief.values.filter((v) => v.field !== field);
  const source = plan.brief.values.find((v) => v.field === field)?.source ?? 'the brief';
  return { ...plan, brief: { ...plan.brief, values: [...values, { field: field as never, value, source }] } };
}

/** A KPI the brief adds, drops or re-targets (`kpis.<id>`), applied to the plan's KPI list. */
function acceptKpi(plan: CampaignPlan, d: BriefDifference): CampaignPlan['kpis'] {
  const id = d.field.slice('kpis.'.length);
  const inBrief = d.inBrief as { name: string; target: number; unit: CampaignPlan['kpis'][number]['unit'] } | null;
  const existing = plan.kpis.find((k) => k.kpiId === id);
  if (!inBrief) return plan.kpis.filter((k) => k.kpiId !== id);
  if (existing) return plan.kpis.map((k) => (k.kpiId === id ? { ...k, target: inBrief.target, unit: inBrief.unit } : k));
  const slug = id.replace(/[^a-z0-9-]/g, '-').slice(0, 60) || 'kpi';
  return [
    ...plan.kpis,
    {
      kpiId: slug,
      name: inBrief.name,
      unit: inBrief.unit,
      target: inBrief.target,
      direction: 'higher_is_better',
      windowStart: plan.launchDate,
      windowEnd: plan.launchDate,
    },
  ];
}

/**
 * The plan once the chosen differences follow the brief: budget and KPIs change, text fields are acknowledged.
 * The launch date is not applied here: it moves issues (a re-plan).
 */
export function acceptDifferences(plan: CampaignPlan, chosen: readonly BriefDifference[], parsed: ParsedBrief): CampaignPlan {
  let out = plan;
  for (const d of chosen) {
    if (d.field === 'budget')
      out = {
        ...out,
        budget: parsed.fields.budget ? { amount: parsed.fields.budget.amount, currency: parsed.fields.budget.currency } : out.budget,
      };
    else if (d.field.startsWith('kpis.')) out = { ...out, kpis: acceptKpi(out, d) };
    else if (d.field !== 'launchDate') out = acknowledge(out, d.field, d.inBrief);
  }
  return out;
}

/** Whether accepting `chosen` changes what the epic's own fields show (budget, KPIs). */
export const changesEpicFields = (chosen: readonly BriefDifference[]): boolean =>
  chosen.some((d) => d.field === 'budget' || d.field.startsWith('kpis.'));
