import { delegateSignOff } from '../../../src/usecases/signoff/delegate-signoff';
import { exportSignOffRecord } from '../../../src/usecases/signoff/export-signoff-record';
import { getSignOff } from '../../../src/usecases/signoff/get-signoff';
import { decideSignOff } from '../../../src/usecases/signoff/decide-signoff';
import { repairSignOff } from '../../../src/usecases/signoff/repair-signoff';
import { HUGO, KEYS, LEA, NOAH, SOPHIE } from '../../domain/metrics/fixtures';
import { memoryWorld, PM } from './memory-ports';

const approve = { issueKey: KEYS.creative, gateId: 'legal', decision: 'approve' as const };

describe('getSignOff (use case)', () => {
  it("shows the issue's gates with what the user may do", async () => {
    const out = await getSignOff({ contextIssueKey: KEYS.creative }, { accountId: LEA }, memoryWorld().ports);
    expect(out.epicKey).toBe(KEYS.epic);
    expect(out.gates.map((g) => [g.gateId, g.canDecide])).toEqual([['legal', true]]);
  });

  it('only reads: an owed comment and a mirror that differs wait for the repair job, which puts both right once', async () => {
    const w = memoryWorld();
    w.commentAnswer = () => ({ posted: false, error: 'down' });
    await decideSignOff(approve, { accountId: LEA }, w.ports);
    w.mirrors.set(KEYS.creative, 'invalid');
    w.mirrorWrites.length = 0;
    w.commentAnswer = () => ({ posted: true, commentId: 'c1' });
    await getSignOff({ issueKey: KEYS.creative }, { accountId: HUGO }, w.ports);
    expect({ posted: w.posted, pending: w.pending.size, writes: w.mirrorWrites }).toEqual({ posted: [], pending: 1, writes: [] });

    const run = await repairSignOff(w.ports, { checkMirrors: false });
    expect(run).toEqual({ repostedComments: 1, mirrorsRewritten: [KEYS.creative], failures: [] });
    expect(w.posted).toEqual([expect.objectContaining({ as: 'app', issueKey: KEYS.creative })]);
    expect(w.pending.size).toBe(0);
    // In step now: nothing owed; the daily check finds this mirror right and writes the other gate's, never written.
    expect(await repairSignOff(w.ports, { checkMirrors: true })).toEqual({
      repostedComments: 0,
      mirrorsRewritten: [KEYS.launch],
      failures: [],
    });
    expect(w.mirrorWrites).toEqual([KEYS.creative, KEYS.launch]);
    // A hand-edited mirror is found by the daily check only (a property read per gated issue).
    w.mirrors.set(KEYS.creative, 'invalid');
    expect(await repairSignOff(w.ports, { checkMirrors: false })).toMatchObject({ mirrorsRewritten: [] });
    expect(await repairSignOff(w.ports, { checkMirrors: true })).toMatchObject({ mirrorsRewritten: [KEYS.creative] });
  });

  it('waits for a decision’s own invocation to end before posting its comment, and drops a marker whose decision never got recorded', async () => {
    const w = memoryWorld();
    const base = {
      epicKey: KEYS.epic,
      gateId: 'legal',
      gatedIssueKey: KEYS.creative,
      lastError: 'not posted yet',
      since: '2026-11-18T09:59:00.000Z',
    };
    w.pending.set('never-recorded', { ...base, entryId: 'never-recorded' });
    w.pending.set('still-running', { ...base, entryId: 'still-running', postingUntil: '2026-11-18T10:00:20.000Z' });
    const run = await repairSignOff(w.ports, { checkMirrors: false });
    expect(run).toEqual({ repostedComments: 0, mirrorsRewritten: [], failures: [] });
    expect([...w.pending.keys()]).toEqual(['still-running']);
    expect(w.posted).toEqual([]);
  });

  it('needs an issue, and answers no gates for an issue in no campaign', async () => {
    await expect(getSignOff({}, { accountId: LEA }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issueKey',
    });
    const out = await getSignOff({ issueKey: KEYS.creative }, { accountId: LEA }, memoryWorld({ records: [] }).ports);
    expect(out).toEqual({ issueKey: KEYS.creative, epicKey: null, gates: [] });
  });
});

describe('delegateSignOff (use case)', () => {
  it('records the delegation, which then lets the delegate decide', async () => {
    const w = memoryWorld();
    await delegateSignOff(
      { issueKey: KEYS.creative, gateId: 'legal', toAccountId: SOPHIE, until: '2026-11-20' },
      { accountId: LEA },
      w.ports,
    );
    expect(w.entries).toEqual([
      expect.objectContaining({ type: 'delegation', delegation: { from: LEA, to: SOPHIE, until: '2026-11-20' } }),
    ]);
    await decideSignOff(approve, { accountId: SOPHIE }, w.ports);
    expect(w.entries[1]).toMatchObject({ actorAccountId: SOPHIE, onBehalfOf: LEA });
  });

  it('refuses someone unknown on the site, and a non-approver', async () => {
    const input = { issueKey: KEYS.creative, gateId: 'legal', toAccountId: 'acc-ghost', until: '2026-11-20' };
    await expect(delegateSignOff(input, { accountId: LEA }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'toAccountId',
    });
    await expect(delegateSignOff({ ...input, toAccountId: SOPHIE }, { accountId: NOAH }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('exportSignOffRecord (use case, through the policy)', () => {
  it('exports for the PM, an approver and a project admin', async () => {
    const w = memoryWorld();
    await decideSignOff(approve, { accountId: LEA }, w.ports);
    const out = await exportSignOffRecord({ epicKey: KEYS.epic }, { accountId: PM }, w.ports);
    expect(out).toMatchObject({ filename: `signoff-${KEYS.epic}-2026-11-18.csv`, rows: 1 });
    await expect(exportSignOffRecord({ issueKey: KEYS.creative, gateId: 'legal' }, { accountId: HUGO }, w.ports)).resolves.toMatchObject({
      rows: 1,
    });
    await expect(
      exportSignOffRecord({ issueKey: KEYS.creative }, { accountId: NOAH }, memoryWorld({ grants: { administer: true } }).ports),
    ).resolves.toMatchObject({ rows: 0 });
  });

  it("refuses anyone else with the policy's reason, and an outsider as NOT_FOUND", async () => {
    await expect(exportSignOffRecord({ issueKey: KEYS.creative }, { accountId: NOAH }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Only the campaign's PM, project admins and the campaign's approvers can export its sign-off record.",
    });
    await expect(
      exportSignOffRecord({ issueKey: KEYS.creative }, { accountId: PM }, memoryWorld({ grants: { browse: false } }).ports),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the field of a key outside a campaign or not its epic', async () => {
    await expect(exportSignOffRecord({ epicKey: KEYS.epic }, { accountId: PM }, memoryWorld({ records: [] }).ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'epicKey',
    });
    await expect(exportSignOffRecord({ epicKey: KEYS.creative }, { accountId: PM }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'epicKey',
    });
  });
});
