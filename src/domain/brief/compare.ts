import { z } from 'zod';
import type { BriefDifference } from '../../contracts/campaign-planner';
import { IsoDate, Money } from '../model/common';
import { KpiUnit } from '../model/template';
import type { BriefValue } from '../model/plan';
import type { ParsedBrief } from './parsed-brief';
import { normalize } from './text';
import { render } from '../../wording/messages';
import type { Language } from '../../wording/locale';

/**
 * The plan's side of "Compare with brief". A field left out is not compared (the caller does not track it);
 * a field the brief does not give is not compared either (the brief's problems already say so).
 */
export const PlanValuesForBrief = z
  .object({
    launchDate: IsoDate.optional(),
    budget: Money.optional(),
    /** `kpiId` names the difference (`kpis.<kpiId>`) so the PM can accept one KPI at a time. */
    kpis: z
      .array(z.object({ kpiId: z.string().optional(), name: z.string(), target: z.number().finite(), unit: KpiUnit }).strict())
      .optional(),
    /** Approvers' account ids. */
    approvers: z.array(z.string()).optional(),
    channels: z.array(z.string()).optional(),
    objective: z.string().optional(),
    audience: z.string().optional(),
    keyMessages: z.array(z.string()).optional(),
  })
  .strict();
export type PlanValuesForBrief = z.input<typeof PlanValuesForBrief>;

/** The id a KPI read from a brief gets (`kpis.<id>` in differences); plans built from a brief use the same ids. */
export const kpiIdFromName = (name: string): string =>
  normalize(name)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '') || 'kpi';
const sameText = (a: string, b: string): boolean => normalize(a) === normalize(b);
const sameSet = (a: string[], b: string[], key: (s: string) => string): boolean => {
  const [x, y] = [new Set(a.map(key)), new Set(b.map(key))];
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** Differences between the plan and the brief, one per field (one per KPI); equal values give none. */
export function compareBrief(planInput: PlanValuesForBrief, parsed: ParsedBrief, lang: Language = 'en'): BriefDifference[] {
  const plan = PlanValuesForBrief.parse(planInput);
  const brief = parsed.fields;
  const sourceOf = (field: BriefValue['field']): string =>
    parsed.brief.values.find((v) => v.field === field)?.source ?? render(lang, { key: 'briefReading.srcBrief' });
  const out: BriefDifference[] = [];
  const differ = (field: BriefValue['field'], inPlan: unknown, inBrief: unknown, source = sourceOf(field)): void => {
    out.push({ field, inPlan, inBrief, source });
  };

  if (plan.launchDate && brief.launchDate && plan.launchDate !== brief.launchDate) differ('launchDate', plan.launchDate, brief.launchDate);
  if (plan.budget && brief.budget && (plan.budget.amount !== brief.budget.amount || plan.budget.currency !== brief.budget.currency)) {
    const source =
      plan.budget.currency !== brief.budget.currency
        ? render(lang, {
            key: 'briefReading.srcNotConverted',
            params: { source: sourceOf('budget'), from: brief.budget.currency, to: plan.budget.currency },
          })
        : sourceOf('budget');
    differ('budget', plan.budget, { amount: brief.budget.amount, currency: brief.budget.currency }, source);
  }
  if (plan.kpis && brief.kpis) out.push(...compareKpis(plan.kpis, brief.kpis, sourceOf('kpis')));
  if (plan.approvers && brief.approvers) {
    const inBrief = brief.approvers.map((a) => a.accountId);
    if (!sameSet(plan.approvers, inBrief, (s) => s)) differ('approvers', plan.approvers, inBrief);
  }
  if (plan.channels && brief.channels && !sameSet(plan.channels, brief.channels, normalize))
    differ('channels', plan.channels, brief.channels);
  if (plan.keyMessages && brief.keyMessages && !sameSet(plan.keyMessages, brief.keyMessages, normalize))
    differ('keyMessages', plan.keyMessages, brief.keyMessages);
  if (plan.objective !== undefined && brief.objective !== undefined && !sameText(plan.objective, brief.objective))
    differ('objective', plan.objective, brief.objective);
  if (plan.audience !== undefined && brief.audience !== undefined && !sameText(plan.audience, brief.audience))
    differ('audience', plan.audience, brief.audience);
  return out;
}

type PlanKpi = NonNullable<z.infer<typeof PlanValuesForBrief>['kpis']>[number];
type BriefKpi = NonNullable<ParsedBrief['fields']['kpis']>[number];

/** KPIs are matched by name (case- and accent-insensitive): changed target or unit, added, or missing. */
function compareKpis(plan: PlanKpi[], brief: BriefKpi[], source: string): BriefDifference[] {
  const out: BriefDifference[] = [];
  const strip = (k: PlanKpi): BriefKpi => ({ name: k.name, target: k.target, unit: k.unit });
  for (const b of brief) {
    const p = plan.find((k) => sameText(k.name, b.name));
    if (!p) out.push({ field: `kpis.${kpiIdFromName(b.name)}`, inPlan: null, inBrief: b, source });
    else if (p.target !== b.target || p.unit !== b.unit)
      out.push({ field: `kpis.${p.kpiId ?? kpiIdFromName(p.name)}`, inPlan: strip(p), inBrief: b, source });
  }
  for (const p of plan) {
    if (!brief.some((b) => sameText(b.name, p.name)))
      out.push({ field: `kpis.${p.kpiId ?? kpiIdFromName(p.name)}`, inPlan: strip(p), inBrief: null, source });
  }
  return out;
}
