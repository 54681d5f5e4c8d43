import { CampaignPlan } from '../../../src/domain/model';
import {
  earliestFeasibleLaunch,
  farOutRemarks,
  guardPlan,
  permissionWarnings,
  planErrors,
  separationOfDuties,
  severityCounts,
  type GuardContext,
} from '../../../src/domain/plan/guards';
import { isPlanError } from '../../../src/domain/plan/warning';
import { renderStored } from '../../../src/wording/messages';
import { NNBSP } from '../../../src/wording/typography';
import { EVERYONE, miniPlan } from './fixtures';

const N = NNBSP;

const names = new Map([
  ['pm-1', 'Camille Martin'],
  ['boss-1', 'Sophie Laurent'],
  ['brand-1', 'Léa Dubois'],
  ['viewer-1', 'Inès Moreau'],
]);
const ctx = (over: Partial<GuardContext> = {}): GuardContext => ({
  today: '2026-04-01',
  reporterAccountId: 'someone-else',
  names,
  ...over,
});
const gate = (plan: CampaignPlan, id: string) => plan.gates.find((g) => g.gateId === id);

describe('separationOfDuties', () => {
  it('takes the milestone’s assignee off its gate when the others of the role still reach the quorum, and says who approves', () => {
    // The PM is both the assignee of the launch milestone and one of the leadership approvers of its gate (quorum all).
    const plan = miniPlan({ roleAssignments: { ...EVERYONE, leadership: ['pm-1', 'boss-1'] } });
    expect(gate(plan, 'go')?.approverAccountIds).toEqual(['pm-1', 'boss-1']);
    const out = separationOfDuties(plan, ctx(), true);
    expect(out.gates.find((g) => g.gateId === 'go')?.approverAccountIds).toEqual(['boss-1']);
    expect(out.warnings).toEqual([
      expect.objectContaining({ rowId: 'go', kind: 'separation_of_duties', code: 'plan.sodReplaced', severity: 'warning' }),
    ]);
    expect(out.warnings[0]?.message).toMatch(/Camille Martin is the assignee of ‘Launch \(L\)’.*left to Sophie Laurent/);
  });

  it('is an error, with nobody replaced, when the gate could never pass without the tied approver', () => {
    const plan = miniPlan({ roleAssignments: { ...EVERYONE, leadership: ['pm-1'] } });
    const out = separationOfDuties(plan, ctx(), true);
    expect(out.gates.find((g) => g.gateId === 'go')?.approverAccountIds).toEqual(['pm-1']);
    expect(out.warnings).toEqual([expect.objectContaining({ rowId: 'go', code: 'plan.sodNoReplacement', severity: 'error' })]);
    const fr = out.warnings[0];
    expect(renderStored('fr', fr?.code ?? '', fr?.params)).toBe(
      `Camille Martin est responsable de «${N}Launch (L)${N}» et ne peut pas valider «${N}Go${N}» sur son propre travail, et personne d’autre n’a le rôle Direction${N}: la validation ne pourrait jamais aboutir. Ajoutez une personne à ce rôle ou confiez le jalon à quelqu’un d’autre.`,
    );
  });

  it('counts the person who creates the campaign as the reporter of every milestone', () => {
    const plan = miniPlan();
    expect(separationOfDuties(plan, ctx({ reporterAccountId: 'boss-1' }), true).warnings).toEqual([
      expect.objectContaining({ rowId: 'go', code: 'plan.sodNoReplacement', params: expect.objectContaining({ own: 'reporter' }) }),
    ]);
    expect(separationOfDuties(plan, ctx(), true).warnings).toEqual([]);
  });

  it('in check mode lets a gate stand when the untied approvers reach the quorum on their own', () => {
    // brand gate: count 1 of [brand-1, brand-2]; brand-1 reports the campaign, brand-2 can still approve.
    const plan = miniPlan();
    expect(separationOfDuties(plan, ctx({ reporterAccountId: 'brand-1' }), false).warnings.filter((w) => w.rowId === 'brand')).toEqual([]);
    // legal gate: count 2 of [legal-1, brand-1, brand-2]... minus brand-1 still leaves 2.
    expect(separationOfDuties(plan, ctx({ reporterAccountId: 'legal-1' }), false).warnings).toEqual([]);
  });
});

describe('permissionWarnings', () => {
  it('errs on work or a sign-off given to someone without access, naming them', () => {
    const plan = miniPlan({ roleAssignments: { ...EVERYONE, designer: ['viewer-1'] } });
    const permitted = new Set(Object.values(EVERYONE).flat());
    const out = permissionWarnings(plan, 'MKT', ctx({ permitted }));
    expect(out.map((w) => [w.rowId, w.code, w.severity])).toEqual([['design', 'plan.assigneeNotPermitted', 'error']]);
    expect(out[0]?.message).toBe('Inès Moreau cannot be assigned work in MKT (read-only or no access): choose someone else for ‘Design’');
    const noBoss = new Set([...permitted].filter((id) => id !== 'boss-1'));
    expect(permissionWarnings(miniPlan(), 'MKT', ctx({ permitted: noBoss })).map((w) => [w.rowId, w.code])).toEqual([
      ['go', 'plan.approverNotPermitted'],
    ]);
  });

  it('checks nothing when the permitted people are not known', () => {
    expect(permissionWarnings(miniPlan({ roleAssignments: { pm: ['viewer-1'] } }), 'MKT', ctx())).toEqual([]);
  });
});

describe('farOutRemarks', () => {
  it('remarks on a launch more than two years out, not on one at two years', () => {
    expect(farOutRemarks(miniPlan({ launchDate: '2028-04-03' }), '2026-04-01')).toEqual([
      expect.objectContaining({ kind: 'remark', field: 'launchDate', code: 'plan.launchFarOut', severity: 'warning' }),
    ]);
    expect(farOutRemarks(miniPlan({ launchDate: '2028-03-31' }), '2026-04-01')).toEqual([]);
    const [w] = farOutRemarks(miniPlan({ launchDate: '2099-06-12' }), '2026-04-01');
    expect(renderStored('fr', w?.code ?? '', w?.params)).toBe(
      `Le lancement du 12 juin 2099 est dans plus de 2${N}ans${N}: vérifiez l’année.`,
    );
  });
});

describe('earliestFeasibleLaunch', () => {
  it('moves a launch that does not fit by the business days it misses, and the plan at that launch has no error', () => {
    const late = miniPlan({ today: '2026-06-01' });
    expect(late.warnings.filter(isPlanError).length).toBeGreaterThan(0);
    const earliest = earliestFeasibleLaunch(late, '2026-06-01');
    expect(earliest.shiftBusinessDays).toBeGreaterThan(0);
    const moved = miniPlan({ today: '2026-06-01', launchDate: earliest.launchDate });
    expect(moved.warnings.filter(isPlanError)).toEqual([]);
    expect(moved.rows.reduce((min, r) => (r.startDate < min ? r.startDate : min), '9999-12-31')).toBe('2026-06-01');
  });

  it('offers an earlier launch for a plan with room to spare', () => {
    const earliest = earliestFeasibleLaunch(miniPlan(), '2026-04-01');
    expect(earliest.shiftBusinessDays).toBeLessThan(0);
    expect(miniPlan({ launchDate: earliest.launchDate }).warnings.filter(isPlanError)).toEqual([]);
  });
});

describe('guardPlan and planErrors', () => {
  it('sorts every problem into errors and warnings, and planErrors finds the same errors again', () => {
    const plan = guardPlan(
      miniPlan({ today: '2026-06-01', roleAssignments: { ...EVERYONE, leadership: ['pm-1'] } }),
      ctx({ today: '2026-06-01' }),
    );
    expect(plan.warnings.every((w) => w.severity === 'error' || w.severity === 'warning')).toBe(true);
    const counts = severityCounts(plan.warnings);
    expect(counts.errors).toBeGreaterThan(0);
    const codes = (ws: readonly { code?: string }[]) => [...new Set(ws.map((w) => w.code))].sort();
    expect(codes(planErrors(plan, ctx({ today: '2026-06-01' })))).toEqual(codes(plan.warnings.filter(isPlanError)));
    expect(codes(plan.warnings.filter(isPlanError))).toEqual([
      'plan.doesNotFit',
      'plan.inPastMilestone',
      'plan.inPastTask',
      'plan.sodNoReplacement',
    ]);
  });
});
