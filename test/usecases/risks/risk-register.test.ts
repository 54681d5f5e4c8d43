import { SaveRiskPayload, type RiskInput } from '../../../src/contracts/risks';
import type { StoredRisk } from '../../../src/domain/risks/register';
import type { ProjectGrants } from '../../../src/domain/policy';
import { listRisks } from '../../../src/usecases/risks/list-risks';
import { saveRisk } from '../../../src/usecases/risks/save-risk';
import { HUGO, KEYS, NOAH, PEOPLE, record } from '../../domain/metrics/fixtures';
import { fixedClock, GRANTS, grantsPort } from '../support/planner-ports';

/** The fixture campaign (MKT-1) is created by its PM, Camille. */
const PM = { accountId: 'acc-camille' };
const CAMPAIGN = { ...record(), createdBy: PM.accountId };

function ports(grants: ProjectGrants, options: { stored?: StoredRisk[]; visible?: boolean } = {}) {
  let register: StoredRisk[] = options.stored ?? [];
  const writes: StoredRisk[][] = [];
  return {
    records: { get: async (epicKey: string) => (epicKey === CAMPAIGN.epicKey ? CAMPAIGN : undefined) },
    grants: grantsPort({ MKT: grants }),
    issues: { visible: async () => options.visible ?? true },
    register: {
      list: async () => register,
      save: async (_epicKey: string, risks: readonly StoredRisk[]) => {
        register = [...risks];
        writes.push(register);
      },
    },
    people: { list: async () => Object.entries(PEOPLE).map(([accountId, displayName]) => ({ accountId, displayName })) },
    clock: fixedClock('2026-11-24T09:00:00.000Z'),
    writes,
  };
}

const RISK: RiskInput = {
  title: 'Le prestataire vidéo livre en retard',
  likelihood: 0.6,
  impactDays: 5,
  targets: [KEYS.design],
  impactCost: { amount: 1500, category: 'production' },
  ownerAccountId: NOAH,
  mitigation: 'Réserver un second studio',
  status: 'open',
};

describe('saveRisk and listRisks (use cases)', () => {
  it('creates a risk for the PM, then replaces it by id, and lists it to anyone who sees the epic', async () => {
    const p = ports(GRANTS.editor);
    const created = await saveRisk({ epicKey: KEYS.epic, risk: RISK }, PM, p);
    expect(created.risk).toMatchObject({ riskId: 'risk-1', probability: 0.6, ownerName: 'Noah Petit', updatedBy: PM.accountId });
    await saveRisk({ epicKey: KEYS.epic, risk: { ...RISK, title: 'Second', likelihood: 'high' } }, PM, p);
    const replaced = await saveRisk({ epicKey: KEYS.epic, risk: { ...RISK, riskId: 'risk-1', status: 'mitigated' } }, PM, p);
    expect(replaced.risk.status).toBe('mitigated');

    const listed = await listRisks({ epicKey: KEYS.epic }, { accountId: HUGO }, p);
    expect(listed.risks.map((r) => [r.riskId, r.status, r.probability])).toEqual([
      ['risk-1', 'mitigated', 0.6],
      ['risk-2', 'open', 0.8],
    ]);
    expect(listed).toMatchObject({ canEdit: false, source: 'app_storage' });
    expect(listed.targets.map((t) => t.key)).toContain(KEYS.launch);
    expect((await listRisks({ epicKey: KEYS.epic }, PM, p)).canEdit).toBe(true);
  });

  it('lets a project admin edit, and refuses anyone else naming the field, storing nothing', async () => {
    await expect(saveRisk({ epicKey: KEYS.epic, risk: RISK }, { accountId: HUGO }, ports(GRANTS.admin))).resolves.toBeDefined();
    const p = ports(GRANTS.editor);
    await expect(saveRisk({ epicKey: KEYS.epic, risk: RISK }, { accountId: HUGO }, p)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'epicKey',
    });
    expect(p.writes).toEqual([]);
  });

  it.each([
    ['an issue outside the campaign', { targets: [KEYS.design, 'MKT-99'] }, 'INVALID_INPUT', 'risk.targets.1'],
    ['the epic itself', { targets: [KEYS.epic] }, 'INVALID_INPUT', 'risk.targets.0'],
    ['an owner the site does not know', { ownerAccountId: 'acc-nobody' }, 'INVALID_INPUT', 'risk.ownerAccountId'],
    ['a risk id not in the register', { riskId: 'risk-7' }, 'NOT_FOUND', 'risk.riskId'],
  ])('refuses %s, naming the field, and stores nothing', async (_what, change, code, field) => {
    const p = ports(GRANTS.admin);
    await expect(saveRisk({ epicKey: KEYS.epic, risk: { ...RISK, ...change } }, PM, p)).rejects.toMatchObject({ code, field });
    expect(p.writes).toEqual([]);
  });

  it('says where the register is kept: app storage unless the register port says Jira, with the type it uses', async () => {
    const p = ports(GRANTS.editor);
    expect((await listRisks({ epicKey: KEYS.epic }, PM, p)).source).toBe('app_storage');
    const inJira = { ...p, register: { ...p.register, home: async () => ({ source: 'jira' as const, issueType: 'Risque' }) } };
    expect(await listRisks({ epicKey: KEYS.epic }, PM, inJira)).toMatchObject({ source: 'jira', jiraIssueType: 'Risque' });
  });

  it('hides the register of an epic the user cannot see, or of a project they cannot browse', async () => {
    await expect(listRisks({ epicKey: KEYS.epic }, PM, ports(GRANTS.viewer, { visible: false }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'epicKey',
    });
    await expect(listRisks({ epicKey: KEYS.epic }, PM, ports(GRANTS.outsider))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listRisks({ epicKey: 'MKT-404' }, PM, ports(GRANTS.admin))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks the payload: likelihood in range, a delay needs a target, fields named', () => {
    const issue = (risk: Record<string, unknown>) =>
      SaveRiskPayload.safeParse({ epicKey: KEYS.epic, risk: { ...RISK, ...risk } }).error?.issues[0];
    expect(issue({ likelihood: 1.2 })?.path).toEqual(['risk', 'likelihood']);
    expect(issue({ likelihood: 'certain' })?.path).toEqual(['risk', 'likelihood']);
    expect(issue({ impactDays: -1 })?.path).toEqual(['risk', 'impactDays']);
    expect(issue({ targets: [] })).toMatchObject({ path: ['risk', 'targets'], message: expect.stringContaining('impactDays') });
    expect(issue({ impactCost: { amount: 10, category: 'snacks' } })?.path).toEqual(['risk', 'impactCost', 'category']);
    expect(issue({ targets: [], impactDays: 0 })).toBeUndefined();
  });
});
