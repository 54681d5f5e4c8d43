import { DomainError } from '../../../src/domain/errors';
import { CampaignPlan } from '../../../src/domain/model';
import { builtInTemplate } from '../../../src/domain/templates';
import { addBusinessDays } from '../../../src/domain/schedule/business-days';
import { EVERYONE, MINI, miniPlan } from './fixtures';

const row = (plan: CampaignPlan, id: string) => {
  const found = plan.rows.find((r) => r.rowId === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('buildPlan', () => {
  it('returns a valid plan: milestones in date order, each followed by its tasks', () => {
    const plan = miniPlan();
    expect(CampaignPlan.parse(plan)).toEqual(plan);
    expect(plan.rows.map((r) => r.rowId)).toEqual(['kickoff', 'brief', 'creative', 'design', 'copy', 'launch', 'ads', 'report', 'results']);
    expect(plan).toMatchObject({
      templateId: 'mini',
      templateVersion: 3,
      projectKey: 'MKT',
      launchDate: '2026-06-12',
      holidayCalendar: 'FR',
    });
  });

  it('dates milestones at launch + offset business days, with the offset in the summary, in the chosen language', () => {
    const en = miniPlan();
    expect(row(en, 'creative')).toMatchObject({
      kind: 'milestone',
      summary: 'Creative assets final (L-5)',
      ownerRole: 'pm',
      estimateBusinessDays: 0,
      startDate: '2026-06-05',
      dueDate: '2026-06-05',
    });
    expect(row(en, 'launch').summary).toBe('Launch (L)');
    expect(row(en, 'report')).toMatchObject({ summary: 'Report (L+3)', dueDate: '2026-06-17' });
    const fr = miniPlan({ language: 'fr' });
    expect(row(fr, 'creative').summary).toBe('Créations finales (L-5)');
    expect(row(fr, 'brief').summary).toBe('Écrire le brief');
  });

  it('backward-schedules tasks under their milestones, honouring dependencies and lags', () => {
    const plan = miniPlan();
    expect(row(plan, 'design')).toMatchObject({ parentRowId: 'creative', startDate: '2026-06-03', dueDate: '2026-06-05' });
    // Kick-off (L-10) is 2026-05-29, earlier than what design (lag 1) and copy would allow.
    expect(row(plan, 'brief')).toMatchObject({ parentRowId: 'kickoff', startDate: '2026-05-28', dueDate: '2026-05-29' });
    expect(row(plan, 'copy')).toMatchObject({ startDate: '2026-06-04', dueDate: '2026-06-05' });
    expect(row(plan, 'results')).toMatchObject({
      startDate: '2026-06-16',
      dueDate: '2026-06-17',
      dependsOn: [{ rowId: 'ads', lagBusinessDays: 1 }],
    });
    expect(plan.warnings).toEqual([]);
  });

  it('assigns the first person of each role and warns for rows whose role nobody holds', () => {
    const plan = miniPlan({ roleAssignments: { ...EVERYONE, designer: [], analyst: undefined } });
    expect(row(plan, 'brief').assigneeAccountId).toBe('pm-1');
    expect(row(plan, 'launch').assigneeAccountId).toBe('pm-1');
    expect(row(plan, 'design').assigneeAccountId).toBeUndefined();
    expect(plan.warnings.filter((w) => w.kind === 'no_assignee').map((w) => w.rowId)).toEqual(['design', 'results']);
  });

  it('resolves gate approvers from their roles, deduplicated and in role order, due before the milestone', () => {
    const plan = miniPlan();
    const legal = plan.gates.find((g) => g.gateId === 'legal');
    expect(legal).toMatchObject({
      approverAccountIds: ['legal-1', 'brand-1', 'brand-2'],
      dueDate: addBusinessDays('2026-06-05', -2, 'FR'),
      afterGateId: 'brand',
      declineNeedsReason: true,
    });
    expect(plan.gates.find((g) => g.gateId === 'go')).toMatchObject({
      approverAccountIds: ['boss-1'],
      dueDate: '2026-06-12',
      transitionOnApproval: 'Done',
    });
  });

  it('warns when a gate cannot reach its quorum with the people mapped', () => {
    const plan = miniPlan({ roleAssignments: { ...EVERYONE, legal: ['brand-1'], brand: ['brand-1'] } });
    const w = plan.warnings.find((x) => x.rowId === 'legal');
    expect(w).toMatchObject({ kind: 'no_assignee', field: 'approverAccountIds' });
    expect(w?.message).toMatch(/needs 2 approvals but only 1/);
    expect(plan.warnings.find((x) => x.rowId === 'go')).toBeUndefined();
    const none = miniPlan({ roleAssignments: { ...EVERYONE, leadership: [] } });
    expect(none.warnings.find((x) => x.rowId === 'go')?.message).toMatch(/no approver/);
  });

  it('sets KPI windows in calendar days from launch, scales the revenue target with the budget, keeps the CTR', () => {
    const plan = miniPlan({ budget: { amount: 3000, currency: 'EUR' } });
    expect(plan.kpis).toEqual([
      {
        kpiId: 'revenue',
        name: 'Revenue',
        unit: 'currency',
        target: 25000,
        direction: 'higher_is_better',
        aggregation: 'total',
        windowStart: '2026-06-12',
        windowEnd: '2026-06-19',
      },
      {
        kpiId: 'ctr',
        name: 'CTR',
        unit: 'percent',
        target: 2,
        direction: 'higher_is_better',
        aggregation: 'ratio',
        windowStart: '2026-06-09',
        windowEnd: '2026-06-26',
      },
    ]);
  });

  it.each([
    [6000, [1000, 2000, 3000]],
    [3000, [500, 1000, 1500]],
    [1000, [166.67, 333.33, 500]],
    [100, [16.67, 33.33, 50]],
  ])('scales costs to a budget of %d EUR', (amount, expected) => {
    const plan = miniPlan({ budget: { amount, currency: 'EUR' } });
    expect(['brief', 'design', 'ads'].map((id) => row(plan, id).plannedCost)).toEqual(expected);
    expect(row(plan, 'copy').plannedCost).toBeUndefined();
    expect(row(plan, 'design').costCategory).toBe('production');
  });

  it.each([123456.78, 99999.99, 1, 0.07, 777777.77])('scaled Black Friday costs sum exactly to the scaled total (budget %d)', (amount) => {
    const template = builtInTemplate('black-friday-omnichannel');
    if (!template) throw new Error('missing template');
    const plan = miniPlan({ template, launchDate: '2026-11-27', budget: { amount, currency: 'USD' } });
    const cents = plan.rows.reduce((s, r) => s + Math.round((r.plannedCost ?? 0) * 100), 0);
    const referenceCosts = template.tasks.reduce((s, t) => s + (t.plannedCost?.amount ?? 0), 0);
    expect(cents).toBe(Math.round(((referenceCosts * amount) / template.referenceBudget.amount) * 100));
    for (const r of plan.rows)
      if (r.plannedCost !== undefined) expect(Math.abs(r.plannedCost * 100 - Math.round(r.plannedCost * 100))).toBeLessThan(1e-6);
  });

  it('keeps the PM’s currency when the template’s differs: its costs are shares of the budget, not relabelled', () => {
    const plan = miniPlan({ budget: { amount: 12000, currency: 'USD' } });
    expect(plan.budget).toEqual({ amount: 12000, currency: 'USD' });
    expect(plan.warnings).toEqual([]);
    // ads is half of the template's 6 000 EUR reference budget: half of the PM's 12 000 USD.
    expect(row(plan, 'ads').plannedCost).toBe(6000);
  });

  it('names the campaign after the template and launch year, with an ASCII label', () => {
    expect(miniPlan()).toMatchObject({ name: 'Spring Sale 2026', campaignLabel: 'campaign-spring-sale-2026' });
    expect(miniPlan({ language: 'fr', launchDate: '2027-06-11' })).toMatchObject({
      name: 'Soldes de printemps 2027',
      campaignLabel: 'campaign-soldes-de-printemps-2027',
    });
    expect(miniPlan({ name: '  Été Atelier Pro — Lancement!  ' })).toMatchObject({
      name: 'Été Atelier Pro — Lancement!',
      campaignLabel: 'campaign-ete-atelier-pro-lancement',
    });
    expect(miniPlan({ name: '!!!' }).campaignLabel).toBe('campaign-mini');
    const bf = builtInTemplate('black-friday-omnichannel');
    if (!bf) throw new Error('missing template');
    expect(miniPlan({ template: bf, name: 'Black Friday 2026', launchDate: '2026-11-27' }).campaignLabel).toBe(
      'campaign-black-friday-2026',
    );
  });

  it('launching the Tuesday after Whit Monday (FR) schedules L-1 on the Friday before, with no warning', () => {
    const plan = miniPlan({ launchDate: '2026-05-26' });
    expect(row(plan, 'launch').dueDate).toBe('2026-05-26');
    expect(row(plan, 'creative').dueDate).toBe('2026-05-18');
    expect(plan.warnings).toEqual([]);
  });

  it('launching ON Whit Monday keeps the date and says so; work finishes the Friday before', () => {
    const plan = miniPlan({ launchDate: '2026-05-25' });
    expect(row(plan, 'launch').dueDate).toBe('2026-05-25');
    expect(row(plan, 'ads').dueDate).toBe('2026-05-22');
    expect(plan.warnings).toEqual([expect.objectContaining({ rowId: 'launch', kind: 'cannot_fit', field: 'dueDate' })]);
    // The US calendar has Memorial Day on the same Monday.
    expect(miniPlan({ launchDate: '2026-05-25', holidayCalendar: 'US' }).warnings[0]!.message).toMatch(/public holiday in the US calendar/);
  });

  it('flags a plan that cannot fit before today, by how many business days', () => {
    const plan = miniPlan({ today: '2026-06-01' });
    const fit = plan.warnings.filter((w) => w.kind === 'cannot_fit');
    expect(fit).toHaveLength(1);
    // Earliest start is brief on Thursday 2026-05-28; today is Monday 2026-06-01: Fri 29 and Mon 1 = 2 business days.
    expect(fit[0]!.message).toMatch(/starts on 28 May 2026, 2 business days before today/);
    expect(plan.warnings.filter((w) => w.kind === 'in_past').map((w) => w.rowId)).toEqual(['kickoff', 'brief']);
    expect(row(plan, 'brief').startDate).toBe('2026-05-28');
    expect(miniPlan({ today: '2026-06-01', launchDate: addBusinessDays('2026-06-12', 2, 'FR') }).warnings).toEqual([]);
  });

  it.each([
    ['launchDate', { launchDate: '2026-02-30' }],
    ['launchDate', { launchDate: 'next friday' }],
    ['today', { today: '26-01-01' }],
    ['budget.amount', { budget: { amount: -5, currency: 'EUR' } }],
    ['budget.currency', { budget: { amount: 5, currency: 'euro' } }],
    ['plan.projectKey', { projectKey: 'mkt' }],
  ])('rejects bad input naming the field %s', (field, over) => {
    const run = (): unknown => miniPlan(over);
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).field).toBe(field);
      expect((e as DomainError).message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it('rejects a template whose task reuses a milestone id (plan rows share one id space)', () => {
    const clash = { ...MINI, tasks: [...MINI.tasks, { ...MINI.tasks[0]!, id: 'launch', dependsOn: [] }] };
    expect(() => miniPlan({ template: clash })).toThrow(/template\.tasks\.5\.id: ‘launch’ is already used/);
  });
});
