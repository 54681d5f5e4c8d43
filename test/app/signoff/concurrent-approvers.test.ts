import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf } from '../../../src/contracts/registry';
import { invokeResolver } from '../../support/invoke';
import { CAMILLE } from '../../../local/identity/demo-users';
import { SIGNOFF_PROPERTY_KEY, SignOffMirror } from '../../../src/domain/model';
import { createGatedCampaign, storedEntries } from './signoff-fixture';

/** Twenty approvers deciding the same parallel gate at the same moment: one KVS key each, nobody overwritten. */
describe('sign-off: concurrent approvers', () => {
  const app = useAppTestHost();
  const approvers: string[] = [];
  let epicKey: string;
  let gated: string;
  const decide = (accountId: string, gateId: string, decision: PayloadOf<'decideSignOff'>['decision'] = 'approve') =>
    invokeResolver(
      app.th,
      accountId,
      'decideSignOff',
      { issueKey: gated, gateId, decision, ...(decision === 'approve' ? {} : { reason: 'Not convinced' }) },
      { moduleKey: 'campaign-panel' },
    );

  beforeAll(async () => {
    for (let i = 1; i <= 20; i++) {
      const res = await app.th.call(null, 'POST', '/local/users', {
        displayName: `Approver ${String(i).padStart(2, '0')}`,
        email: `approver-${i}@signoff.test`,
        jira: ['BROWSE_PROJECTS', 'EDIT_ISSUES'],
      });
      expect(res.status).toBe(201);
      const created: { accountId: string } = res.body;
      approvers.push(created.accountId);
    }
    let keys: Record<string, string>;
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'signoff-crowd', 1, [
      {
        gateId: 'crowd-all',
        name: 'Everyone signs',
        milestoneRowId: 'milestone-1',
        approverAccountIds: approvers,
        quorum: { kind: 'all' },
      },
      {
        gateId: 'crowd-pct',
        name: 'Most sign',
        milestoneRowId: 'milestone-1',
        approverAccountIds: approvers,
        quorum: { kind: 'percent', percent: 75 },
      },
    ]));
    gated = keys['milestone-1']!;
  });

  it('keeps all 20 concurrent approvals and approves an "all" gate exactly when the last one lands', async () => {
    const answers = await Promise.all(approvers.map((a) => decide(a, 'crowd-all')));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    const entries = storedEntries(app.th, epicKey).filter((e) => e.value.gateId === 'crowd-all');
    expect(entries).toHaveLength(20);
    expect(new Set(entries.map((e) => e.value.actorAccountId))).toEqual(new Set(approvers));
    const view = await invokeResolver(app.th, CAMILLE.accountId, 'getSignOff', { issueKey: gated }, { moduleKey: 'campaign-panel' });
    const gate = view.data.gates.find((g) => g.gateId === 'crowd-all');
    expect(gate?.state).toBe('approved');
    expect(gate?.approvers.filter((a) => a.decision === 'approved')).toHaveLength(20);
    // A decision re-reads the record after writing the mirror: one written from a moment before the last approval
    // was written again by its decision (getSignOff writes nothing).
    const mirror = SignOffMirror.parse(
      (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${gated}/properties/${SIGNOFF_PROPERTY_KEY}`)).body.value,
    );
    const mirrored = mirror.gates.find((g) => g.gateId === 'crowd-all');
    expect(mirrored).toMatchObject({ status: 'approved', pending: [] });
    expect(mirrored?.approvedBy).toHaveLength(20);
  });

  it('with 75% of 20, 14 concurrent approvals and 6 pending leave the gate open; the 15th approves it', async () => {
    const answers = await Promise.all(approvers.slice(0, 14).map((a) => decide(a, 'crowd-pct')));
    expect(answers.every((a) => a.ok)).toBe(true);
    const view = await invokeResolver(app.th, CAMILLE.accountId, 'getSignOff', { issueKey: gated }, { moduleKey: 'campaign-panel' });
    const gate = view.data.gates.find((g) => g.gateId === 'crowd-pct');
    expect(gate).toMatchObject({ state: 'open' });
    expect(gate?.pending).toHaveLength(6);
    const last = await decide(approvers[14]!, 'crowd-pct');
    expect(last.data.gate.state).toBe('approved');
    expect(storedEntries(app.th, epicKey).filter((e) => e.value.gateId === 'crowd-pct')).toHaveLength(15);
  });
});
