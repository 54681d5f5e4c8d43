import {
  isRegisterRiskIssue,
  mitigationDescription,
  riskCreateDetails,
  riskIssueTypeOf,
  riskProperty,
  risksOfIssues,
  riskWrites,
  type RiskIssue,
} from '../../../src/domain/risks/jira-register';
import type { StoredRisk } from '../../../src/domain/risks/register';

const RISK: StoredRisk = {
  riskId: 'risk-1',
  title: 'Le stand arrive en retard',
  likelihood: 'medium',
  impactDays: 2,
  targets: ['EVT-3'],
  impactCost: { amount: 900, category: 'production' },
  ownerAccountId: 'acc-noah',
  mitigation: 'Second transporteur',
  status: 'open',
  updatedAt: '2026-11-24T09:00:00.000Z',
  updatedBy: 'acc-camille',
};
const EPIC = 'EVT-1';
const issue = (key: string, risk: StoredRisk | undefined, statusCategory = 'new'): RiskIssue => ({
  key,
  statusCategory,
  property: risk ? riskProperty(EPIC, risk) : undefined,
});

describe('the Jira risk register (pure part)', () => {
  it('finds the Risk type of a project: standard under the epic, higher levels related, sub-tasks not usable', () => {
    expect(riskIssueTypeOf([{ id: '1', name: 'Task', hierarchyLevel: 0 }])).toBeUndefined();
    expect(riskIssueTypeOf([{ id: '5', name: 'Risk', subtask: false, hierarchyLevel: 0 }])).toEqual({
      id: '5',
      name: 'Risk',
      placement: 'parent',
    });
    expect(riskIssueTypeOf([{ id: '6', name: ' risque ', hierarchyLevel: 1 }])).toEqual({
      id: '6',
      name: ' risque ',
      placement: 'relates',
    });
    expect(riskIssueTypeOf([{ id: '7', name: 'Risk', subtask: true, hierarchyLevel: -1 }])).toBeUndefined();
  });

  it('writes nothing for a register already as wanted, creates the missing risk, edits the changed one only', () => {
    const other: StoredRisk = { ...RISK, riskId: 'risk-2', title: 'Le traiteur annule' };
    const issues = [issue('EVT-10', RISK), issue('EVT-11', other)];
    expect(riskWrites(EPIC, [RISK, other], issues)).toEqual([]);
    // The same values in another key order still compare equal.
    const reordered = Object.fromEntries(Object.entries(RISK).reverse()) as StoredRisk;
    expect(riskWrites(EPIC, [reordered], issues)).toEqual([]);

    const third: StoredRisk = { ...RISK, riskId: 'risk-3' };
    expect(riskWrites(EPIC, [RISK, other, third], issues)).toEqual([{ kind: 'create', risk: third }]);
    const closed: StoredRisk = { ...other, status: 'closed' };
    expect(riskWrites(EPIC, [RISK, closed], issues)).toEqual([{ kind: 'update', key: 'EVT-11', risk: closed, moveTo: 'done' }]);
    const retitled: StoredRisk = { ...other, title: 'Traiteur' };
    expect(riskWrites(EPIC, [RISK, retitled], issues)).toEqual([{ kind: 'update', key: 'EVT-11', risk: retitled }]);
  });

  it('reads the register back exactly, leaving out unreadable issues and later copies of a risk', () => {
    const issues = [issue('EVT-10', RISK), issue('EVT-12', undefined), issue('EVT-13', { ...RISK, title: 'copie' })];
    expect(risksOfIssues(issues)).toEqual([RISK]);
    expect(riskWrites(EPIC, [RISK], issues)).toEqual([]);
  });

  it('creates the issue under the epic with the mitigation as ADF and the property, and tells risk issues apart', () => {
    const details = riskCreateDetails('EVT', { id: '10005', name: 'Risk', placement: 'parent' }, EPIC, RISK);
    expect(details.fields).toEqual({
      project: { key: 'EVT' },
      issuetype: { id: '10005' },
      summary: RISK.title,
      description: mitigationDescription(RISK.mitigation),
      assignee: { accountId: 'acc-noah' },
      parent: { key: EPIC },
    });
    expect(details.properties).toEqual([{ key: 'campaignRisk', value: { ...RISK, epicKey: EPIC } }]);
    const related = riskCreateDetails('EVT', { id: '9', name: 'Risk', placement: 'relates' }, EPIC, { ...RISK, mitigation: ' ' });
    expect(related.fields).not.toHaveProperty('parent');
    expect(related.fields).not.toHaveProperty('description');
    expect(isRegisterRiskIssue(details.properties.reduce((o, p) => ({ ...o, [p.key]: p.value }), {}))).toBe(true);
    expect(isRegisterRiskIssue({ campaignControlRow: {} })).toBe(false);
    expect(isRegisterRiskIssue(undefined)).toBe(false);
  });
});
