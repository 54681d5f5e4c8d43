import * as budget from '../../src/wording/catalog/budget';
import * as health from '../../src/wording/catalog/health';
import * as schedule from '../../src/wording/catalog/schedule';

const NNBSP = '\u202f';
const fmt: health.ReasonFormat = {
  percent: (r) => `${Math.round(r * 100)}${NNBSP}%`,
  money: (n) => `${n}${NNBSP}€`,
  date: (d) => d,
  number: String,
};

describe('budget and forecast labels without jargon', () => {
  it('names the forecast at completion and the P50/P85 dates in plain words', () => {
    expect(budget.fr.forecast).toBe('Coût final estimé');
    expect(budget.en.forecast).toBe('Expected final cost');
    expect([schedule.fr.p50, schedule.fr.p85]).toEqual(['Au plus tôt', 'Prudent']);
    expect([schedule.en.p50, schedule.en.p85]).toEqual(['At the earliest', 'Cautious']);
  });

  it('words the cost performance index as a spending pace, with a ±5 % band for in step', () => {
    expect(budget.fr.spendPace(0.8)).toBe('Les dépenses vont plus vite que le travail');
    expect(budget.fr.spendPace(1)).toBe('Les dépenses suivent le rythme du travail');
    expect(budget.fr.spendPace(0.96)).toBe('Les dépenses suivent le rythme du travail');
    expect(budget.fr.spendPace(1.2)).toBe('Les dépenses vont moins vite que le travail');
    expect(budget.en.spendPace(0.8)).toBe('Spending faster than the work is progressing');
    expect(budget.en.spendPace(1.2)).toBe('Spending slower than the work is progressing');
  });

  it('keeps EAC, CPI and earned value for the tooltip only', () => {
    expect(budget.fr.finalCostTip('0,83', `12${NNBSP}000${NNBSP}€`)).toContain(`CPI${NNBSP}: 0,83.`);
    expect(budget.fr.finalCostTip('0,83', '12 000 €')).toContain('(EAC = AC + (BAC − EV) / CPI)');
    expect(budget.en.finalCostTip('0.83', '€12,000')).toContain('Earned value (work done, at its planned cost): €12,000; CPI: 0.83.');
    const labels = (t: typeof budget.en): string[] => Object.values(t).filter((v): v is string => typeof v === 'string');
    for (const s of [...labels(budget.en), ...labels(budget.fr)]) expect(s).not.toMatch(/EAC|CPI|terminaison|completion/i);
  });

  it('gives each stripe of the budget bar its legend', () => {
    expect(budget.fr.barSpent(`42${NNBSP}%`)).toBe(`Dépensé${NNBSP}: 42${NNBSP}% du budget`);
    expect(budget.fr.barWork(`35${NNBSP}%`)).toBe(`Travail fait${NNBSP}: 35${NNBSP}%`);
    expect(budget.en.barSpent('42%')).toBe('Spent: 42% of the budget');
    expect(budget.en.barWork('35%')).toBe('Work done: 35%');
  });

  it('says a milestone may slip with its cautious date, and an expected final cost over budget, in plain words', () => {
    const atRisk = { code: 'milestone_at_risk', params: { milestone: 'Créations', p85: '4 mars', dueDate: '1er mars' } } as const;
    expect(health.wordReason(atRisk, 'fr', fmt)).toBe(
      `Le jalon «${NNBSP}Créations${NNBSP}» risque de glisser${NNBSP}: fin prudente le 4 mars pour une échéance le 1er mars`,
    );
    expect(health.wordReason(atRisk, 'en', fmt)).toBe(
      'Milestone ‘Créations’ may slip: done by 4 mars to be cautious, against a due date of 1er mars',
    );
    const over = { code: 'forecast_over_budget', params: { forecast: 12000, budget: 10000 } } as const;
    expect(health.wordReason(over, 'fr', fmt)).toBe(`Le coût final estimé (12000${NNBSP}€) dépasse le budget de 10000${NNBSP}€`);
    expect(health.wordReason(over, 'en', fmt)).toBe(`The expected final cost (12000${NNBSP}€) is over the 10000${NNBSP}€ budget`);
  });
});
