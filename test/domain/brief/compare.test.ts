import { ATELIER_PRO_BRIEF } from '../../../local/confluence/seed-briefs';
import { HUGO, LEA, SOPHIE } from '../../../local/identity/demo-users';
import { compareBrief, type PlanValuesForBrief } from '../../../src/domain/brief/compare';
import { parseStorage } from './helpers';

const parsed = parseStorage(ATELIER_PRO_BRIEF);
const briefKpis = parsed.fields.kpis ?? [];

/** The plan exactly as the brief says, so each test changes one thing. */
const matchingPlan = (): PlanValuesForBrief => ({
  launchDate: '2026-03-17',
  budget: { amount: 120000, currency: 'EUR' },
  kpis: briefKpis.map((k, i) => ({ kpiId: `kpi-${i}`, ...k })),
  approvers: [SOPHIE.accountId, LEA.accountId, HUGO.accountId],
  channels: (parsed.fields.channels ?? []).map((c) => c.toUpperCase()),
});

describe('compareBrief', () => {
  it('finds nothing when the plan says what the brief says', () => {
    expect(compareBrief(matchingPlan(), parsed)).toEqual([]);
  });

  it('reports a changed launch date with the brief source', () => {
    expect(compareBrief({ ...matchingPlan(), launchDate: '2026-03-24' }, parsed)).toEqual([
      { field: 'launchDate', inPlan: '2026-03-24', inBrief: '2026-03-17', source: 'table ‘Dates clés’, row 7' },
    ]);
  });

  it('reports a changed budget, and a currency change as not converted', () => {
    expect(compareBrief({ ...matchingPlan(), budget: { amount: 110000, currency: 'EUR' } }, parsed)).toEqual([
      {
        field: 'budget',
        inPlan: { amount: 110000, currency: 'EUR' },
        inBrief: { amount: 120000, currency: 'EUR' },
        source: 'table ‘Budget’, row 10',
      },
    ]);
    const [diff] = compareBrief({ ...matchingPlan(), budget: { amount: 120000, currency: 'GBP' } }, parsed);
    expect(diff!.source).toBe('table ‘Budget’, row 10 (in EUR, not converted to GBP)');
  });

  it('reports a KPI the brief adds, one it changes and one it drops', () => {
    const plan = matchingPlan();
    const kpis = (plan.kpis ?? []).filter((k) => !k.name.startsWith('Demandes'));
    kpis[0] = { ...kpis[0]!, target: 500 };
    kpis.push({ kpiId: 'nps', name: 'NPS', target: 40, unit: 'count' });
    const diffs = compareBrief({ ...plan, kpis }, parsed);
    expect(diffs).toEqual([
      {
        field: 'kpis.kpi-0',
        inPlan: { name: 'MQL (30 jours)', target: 500, unit: 'count' },
        inBrief: { name: 'MQL (30 jours)', target: 600, unit: 'count' },
        source: 'table ‘Indicateurs clés’, rows 2–8',
      },
      {
        field: 'kpis.demandes-de-demo',
        inPlan: null,
        inBrief: { name: 'Demandes de démo', target: 220, unit: 'count' },
        source: 'table ‘Indicateurs clés’, rows 2–8',
      },
      {
        field: 'kpis.nps',
        inPlan: { name: 'NPS', target: 40, unit: 'count' },
        inBrief: null,
        source: 'table ‘Indicateurs clés’, rows 2–8',
      },
    ]);
  });

  it('reports different approvers as one difference', () => {
    expect(compareBrief({ ...matchingPlan(), approvers: [LEA.accountId] }, parsed)).toEqual([
      {
        field: 'approvers',
        inPlan: [LEA.accountId],
        inBrief: [LEA.accountId, HUGO.accountId, SOPHIE.accountId],
        source: 'table ‘Validations’, rows 2–4',
      },
    ]);
  });

  it('does not compare what the brief does not say or the plan does not track', () => {
    const noBrief = parseStorage('<h2>Notes</h2>');
    expect(compareBrief({ launchDate: '2026-01-01', budget: { amount: 1, currency: 'EUR' } }, noBrief)).toEqual([]);
    expect(compareBrief({}, parsed)).toEqual([]);
  });
});
