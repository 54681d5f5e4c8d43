import { DomainError } from '../../../src/domain/errors';
import type { CampaignPlan, CampaignTemplate } from '../../../src/domain/model';
import { MAX_BUDGET_AMOUNT } from '../../../src/domain/plan/budget';
import { builtInTemplate } from '../../../src/domain/templates';
import { render } from '../../../src/wording/messages';
import { MINI, miniPlan } from './fixtures';

const template = (id: string): CampaignTemplate => {
  const t = builtInTemplate(id);
  if (!t) throw new Error(`no built-in template ${id}`);
  return t;
};
const target = (plan: CampaignPlan, kpiId: string): number | undefined => plan.kpis.find((k) => k.kpiId === kpiId)?.target;
const costs = (plan: CampaignPlan): number[] => plan.rows.flatMap((r) => (r.plannedCost === undefined ? [] : [r.plannedCost]));
const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('the money of a plan', () => {
  it('scales every cost line as its share of the template’s reference budget, in the PM’s currency', () => {
    const tpl = template('black-friday-omnichannel');
    const plan = miniPlan({ template: tpl, launchDate: '2027-11-26', budget: { amount: 80000, currency: 'EUR' } });
    expect(plan.budget).toEqual({ amount: 80000, currency: 'EUR' });
    for (const t of tpl.tasks.filter((x) => x.plannedCost)) {
      const share = (t.plannedCost?.amount ?? 0) / tpl.referenceBudget.amount;
      const line = plan.rows.find((r) => r.rowId === t.id)?.plannedCost ?? NaN;
      expect(Math.abs(line - share * 80000)).toBeLessThanOrEqual(0.01);
    }
    // Never the template's USD amounts with a euro sign.
    expect(costs(plan)).not.toEqual(tpl.tasks.flatMap((t) => (t.plannedCost ? [t.plannedCost.amount] : [])));
  });

  it('scales the targets that grow with spend, and keeps ratios, rates and averages', () => {
    const launch = template('product-launch');
    const plan = miniPlan({ template: launch, launchDate: '2027-11-26', budget: { amount: 80000, currency: 'EUR' } });
    const ratio = 80000 / launch.referenceBudget.amount;
    const templateTarget = (id: string): number => launch.kpis.find((k) => k.id === id)?.target ?? NaN;
    // The case: a 1 500 000 pipeline on a 120 000 reference is 1 000 000 on 80 000 €.
    expect(target(plan, 'pipeline')).toBe(1_000_000);
    expect(target(plan, 'mqls')).toBe(Math.round(templateTarget('mqls') * ratio));
    expect(target(plan, 'lp-conversion')).toBe(templateTarget('lp-conversion'));

    const bf = template('black-friday-omnichannel');
    const sale = miniPlan({ template: bf, launchDate: '2027-11-26', budget: { amount: 90000, currency: 'EUR' } });
    const bfTarget = (id: string): number => bf.kpis.find((k) => k.id === id)?.target ?? NaN;
    expect(target(sale, 'revenue')).toBe(bfTarget('revenue') / 2);
    expect(target(sale, 'orders')).toBe(Math.round(bfTarget('orders') / 2));
    for (const id of ['aov', 'social-roas', 'email-open', 'cr-desktop', 'social-cpm'])
      expect({ id, target: target(sale, id) }).toEqual({ id, target: bfTarget(id) });
    expect(sale.kpis.find((k) => k.kpiId === 'aov')?.aggregation).toBe('average');
    expect(sale.kpis.find((k) => k.kpiId === 'social-roas')?.aggregation).toBe('ratio');
  });

  it.each([
    [{ amount: 1234.567, currency: 'EUR' }, 1234.57, 2],
    [{ amount: 1234.4, currency: 'JPY' }, 1234, 0],
    [{ amount: 1234.5678, currency: 'KWD' }, 1234.568, 3],
  ])('rounds the budget and every cost line to the currency’s minor unit (%j)', (budget, kept, digits) => {
    const plan = miniPlan({ budget });
    expect(plan.budget).toEqual({ amount: kept, currency: budget.currency });
    const unit = 10 ** digits;
    for (const c of costs(plan)) expect(Math.abs(c * unit - Math.round(c * unit))).toBeLessThan(1e-6);
    const sum = costs(plan).reduce((s, c) => s + Math.round(c * unit), 0);
    // The mini template's costs are its whole reference budget: the lines add up to the budget, to the minor unit.
    expect(sum).toBe(Math.round(kept * unit));
  });

  it('never prints float noise: the biggest budget allowed keeps exact cents', () => {
    const plan = miniPlan({ budget: { amount: MAX_BUDGET_AMOUNT, currency: 'USD' } });
    expect(plan.budget.amount).toBe(MAX_BUDGET_AMOUNT);
    for (const c of costs(plan)) expect(String(c)).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it('refuses a budget above the maximum, naming budget.amount, in English and in French', () => {
    const e = refusal(() => miniPlan({ budget: { amount: 999999999999999, currency: 'USD' } }));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', field: 'budget.amount' });
    expect(e.message).toBe('budget.amount: the budget may be at most US$1,000,000,000,000');
    if (!e.wording) throw new Error('the refusal has no wording');
    expect(render('fr_FR', e.wording)).toBe(
      'budget.amount\u202f: le budget ne peut pas dépasser 1\u202f000\u202f000\u202f000\u202f000\u00a0$US',
    );
  });

  it('remarks on a budget of 0, in the plan’s language', () => {
    const en = miniPlan({ budget: { amount: 0, currency: 'EUR' } });
    expect(en.warnings).toEqual([
      expect.objectContaining({ kind: 'budget', field: 'budget.amount', message: expect.stringMatching(/^The budget is 0/) }),
    ]);
    expect(costs(en).every((c) => c === 0)).toBe(true);
    const fr = miniPlan({ budget: { amount: 0, currency: 'EUR' }, language: 'fr' });
    expect(fr.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Le budget est de 0\u202f: /)]);
    expect(miniPlan({ budget: { amount: 1, currency: 'EUR' } }).warnings).toEqual([]);
  });

  it('takes the cost lines as shares of their total when the template has no reference budget', () => {
    const noReference = { ...MINI, referenceBudget: { amount: 0, currency: 'USD' } };
    const plan = miniPlan({ template: noReference, budget: { amount: 600, currency: 'EUR' } });
    expect(costs(plan)).toEqual([100, 200, 300]);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ kind: 'budget', field: 'budget', message: expect.stringMatching(/shares of their own total/) }),
    ]);
  });

  it('words the over-budget remark with amounts in the currency’s format', () => {
    const heavy = { ...MINI, referenceBudget: { amount: 3000, currency: 'EUR' } };
    const fr = miniPlan({ template: heavy, budget: { amount: 1500, currency: 'EUR' }, language: 'fr' });
    expect(fr.warnings.map((w) => w.message)).toEqual([
      'Les coûts prévus des tâches (3\u202f000,00\u00a0€) dépassent le budget (1\u202f500,00\u00a0€).',
    ]);
  });
});
