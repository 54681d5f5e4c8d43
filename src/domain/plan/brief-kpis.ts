import type { CampaignPlan, PlanKpi, PlanWarning } from '../model';
import { kpiIdFromName } from '../brief/compare';
import type { ParsedBrief } from '../brief/parsed-brief';
import { aggregationOf } from '../kpi/aggregation';
import { planWarning } from './warning';

/** KPI names where less is better (costs, unsubscribes, bounces); every other KPI is "higher is better". */
const LOWER_IS_BETTER = /(co[uû]t|cost|\bcp[mac]\b|unsubscri|d[ée]sabonn|d[ée]sinscri|rebond|bounce|churn|attrition)/i;

/**
 * When the brief states KPI targets, they are the campaign's targets: the brief is what leadership signed.
 * They replace the template's KPIs, keep the template's measurement window, and the plan says so in a warning.
 */
export function withBriefKpis(plan: CampaignPlan, parsed: ParsedBrief): CampaignPlan {
  const fromBrief = parsed.fields.kpis ?? [];
  if (fromBrief.length === 0) return plan;
  const windowStart = plan.kpis.reduce((min, k) => (k.windowStart < min ? k.windowStart : min), plan.launchDate);
  const windowEnd = plan.kpis.reduce((max, k) => (k.windowEnd > max ? k.windowEnd : max), plan.launchDate);
  const seen = new Set<string>();
  const kpis: PlanKpi[] = fromBrief.flatMap((k) => {
    const kpiId = kpiIdFromName(k.name);
    if (seen.has(kpiId)) return [];
    seen.add(kpiId);
    const direction = LOWER_IS_BETTER.test(k.name) ? 'lower_is_better' : 'higher_is_better';
    const shape = { name: k.name.slice(0, 255), unit: k.unit, direction } as const;
    return [{ kpiId, ...shape, target: k.target, aggregation: aggregationOf(shape), windowStart, windowEnd }];
  });
  const source = parsed.brief.values.find((v) => v.field === 'kpis')?.source ?? 'the brief';
  const params = { count: kpis.length, source, templateCount: plan.kpis.length };
  const warning: PlanWarning = planWarning({ kind: 'brief', field: 'kpis' }, { key: 'plan.briefKpis', params });
  return { ...plan, kpis, warnings: [...plan.warnings, warning] };
}
