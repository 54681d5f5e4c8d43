import { startTestHost, type TestHost } from '../../support/host';
import { callResolver } from '../../support/contract-call';
import { seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { ALEX, CAMILLE, INES, LEA, NOAH } from '../../../local/identity/demo-users';
import type { CampaignPanel } from '../../../src/contracts/campaign-panel';

/**
 * The actions the panel offers each person, through the host and the real resolvers on the demo campaign: Camille
 * (its PM), Léa (an approver), Noah (a designer who approves nothing) and Inès (a read-only viewer), in their locales.
 */
describe('what the panel lets each person do (through the host)', () => {
  let th: TestHost;
  let epicKey: string;
  beforeAll(async () => {
    th = await startTestHost({ queueMsPerSecond: 1 });
    epicKey = await seedDemoCampaign(th.host, new Date('2026-11-24T09:00:00Z'));
  });
  afterAll(() => th.close());

  async function actionsOf(accountId: string): Promise<NonNullable<CampaignPanel['actions']>> {
    const out = await callResolver(th, 'getCampaignPanel', { issueKey: epicKey }, { accountId });
    if (out.data.mode === 'none' || !out.data.actions) throw new Error('expected a panel with its actions');
    return out.data.actions;
  }

  it('gives a viewer a read-only panel, with the reasons in French', async () => {
    const a = await actionsOf(INES.accountId);
    expect(a.role).toBe('viewer');
    expect([a.publishReport, a.exportData, a.connectTool, a.importCsv, a.editRisks, a.replan].every((x) => !x.allowed)).toBe(true);
    expect(a.publishReport.reason).toMatch(/^Seuls le chef de projet de la campagne et les administrateurs du projet MKT peuvent/);
    expect(a.importCsv.reason).toContain('gérer les valeurs des indicateurs');
  });

  it('lets an approver export the record only, and the PM do everything', async () => {
    const lea = await actionsOf(LEA.accountId);
    expect(lea).toMatchObject({ role: 'approver', exportData: { allowed: true }, publishReport: { allowed: false } });
    const camille = await actionsOf(CAMILLE.accountId);
    expect(camille.role).toBe('pm');
    expect(Object.values(camille).filter((x) => typeof x === 'object' && !x.allowed)).toEqual([]);
  });

  it('refuses what the panel does not offer, in the reader’s language', async () => {
    const fr = await callResolver(th, 'publishStatusReport', { epicKey }, { accountId: INES.accountId });
    expect(fr.error).toMatchObject({ code: 'FORBIDDEN', key: 'errors.pmOrAdminOnly' });
    expect(fr.error.message).toBe(
      'Seuls le chef de projet de la campagne et les administrateurs du projet MKT peuvent publier le rapport de la campagne.',
    );
    const en = await callResolver(th, 'publishStatusReport', { epicKey }, { accountId: ALEX.accountId });
    expect(en.error.message).toBe("Only the campaign's PM and the project's admins can publish its report.");
  });

  it('tells a designer who approves nothing why there is no decision button, in French', async () => {
    const out = await callResolver(th, 'getSignOff', { issueKey: epicKey }, { accountId: NOAH.accountId, issueKey: epicKey });
    const legal = out.data.gates.find((g) => g.gateId === 'legal');
    expect(legal).toMatchObject({ state: 'open', canDecide: false, refusal: 'Vous n’êtes pas valideur de cette validation.' });
    const decided = await callResolver(
      th,
      'decideSignOff',
      { issueKey: epicKey, gateId: 'legal', decision: 'approve' },
      { accountId: NOAH.accountId, issueKey: epicKey },
    );
    expect(decided.error).toMatchObject({ code: 'FORBIDDEN', key: 'errors.signoffNotApprover' });
    expect(decided.error.message).toMatch(/^Vous n’êtes pas valideur de la validation «\u202f.+\u202f», et aucun valideur/);
  });

  it('words a decision on an already approved gate in French', async () => {
    const signOff = await callResolver(th, 'getSignOff', { issueKey: epicKey }, { accountId: CAMILLE.accountId, issueKey: epicKey });
    const finance = signOff.data.gates.find((g) => g.gateId === 'finance');
    const approver = finance?.approvers.find((a) => a.decision === 'approved')?.accountId;
    if (!approver) throw new Error('the demo approves the finance gate');
    const out = await callResolver(
      th,
      'decideSignOff',
      { issueKey: epicKey, gateId: 'finance', decision: 'approve' },
      { accountId: approver, issueKey: epicKey },
    );
    expect(out.error).toMatchObject({ code: 'INVALID_INPUT', field: 'gateId', key: 'errors.signoffClosed' });
    expect(out.error.message).toBe(
      `La validation «\u202f${finance.name}\u202f» est déjà approuvée\u202f: plus aucune décision n’y est prise.`,
    );
  });
});
