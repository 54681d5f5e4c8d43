import { decideSignOff } from '../../../src/usecases/signoff/decide-signoff';
import { HUGO, KEYS, LEA, NOAH, plan, record } from '../../domain/metrics/fixtures';
import { gatedIssue, memoryWorld } from './memory-ports';

const approve = { issueKey: KEYS.creative, gateId: 'legal', decision: 'approve' as const };

describe('decideSignOff (use case)', () => {
  it('records the decision, comments as the user in their language, rewrites the mirror', async () => {
    const w = memoryWorld();
    const out = await decideSignOff(approve, { accountId: LEA, locale: 'fr_FR' }, w.ports);
    expect(w.entries).toEqual([
      expect.objectContaining({ type: 'decision', decision: 'approve', actorAccountId: LEA, gatedIssueKey: KEYS.creative }),
    ]);
    expect(w.posted).toEqual([
      expect.objectContaining({ issueKey: KEYS.creative, as: 'user', comment: expect.objectContaining({ lang: 'fr', gateName: 'Legal' }) }),
    ]);
    expect(w.pending.size).toBe(0);
    expect(w.mirrorWrites).toEqual([KEYS.creative]);
    expect(out.commentPosted).toBe(true);
    expect(out.gate.approvers.find((a) => a.accountId === LEA)?.decision).toBe('approved');
    expect(out.gate.state).toBe('open');
  });

  it('keeps the decision and owes the comment when Jira refuses it', async () => {
    const w = memoryWorld();
    w.commentAnswer = () => ({ posted: false, error: 'Jira said no' });
    const out = await decideSignOff(approve, { accountId: LEA }, w.ports);
    expect(out).toMatchObject({ commentPosted: false, commentError: 'Jira said no' });
    expect(w.entries).toHaveLength(1);
    expect([...w.pending.values()]).toEqual([expect.objectContaining({ lastError: 'Jira said no', gatedIssueKey: KEYS.creative })]);
  });

  it('writes the mirror again when another approver decided while it was being written, and owes it when that never settles', async () => {
    const w = memoryWorld();
    const mirrors = w.ports.mirror;
    let others = 1;
    // Hugo's decision lands in the record while Léa's mirror is in flight (once).
    w.ports.mirror = {
      read: (key) => mirrors.read(key),
      write: async (key, mirror) => {
        await mirrors.write(key, mirror);
        if (others-- > 0) w.entries.push({ ...w.entries[0]!, entryId: `${w.entries[0]!.entryId}-hugo`, actorAccountId: HUGO });
      },
    };
    await decideSignOff(approve, { accountId: LEA }, w.ports);
    expect(w.mirrorWrites).toEqual([KEYS.creative, KEYS.creative]);
    expect(w.mirrors.get(KEYS.creative)).toMatchObject({ entries: 2, gates: [{ approvedBy: expect.arrayContaining([LEA, HUGO]) }] });
    expect(w.pending.size).toBe(0);

    // Someone else keeps deciding during every write: after a few rounds the repair job is left to finish it.
    const busy = memoryWorld();
    const busyMirrors = busy.ports.mirror;
    busy.ports.mirror = {
      read: (key) => busyMirrors.read(key),
      write: async (key, mirror) => {
        await busyMirrors.write(key, mirror);
        busy.entries.push({ ...busy.entries[0]!, entryId: `${busy.entries[0]!.entryId}-${busy.entries.length}`, type: 'stale' });
      },
    };
    const out = await decideSignOff(approve, { accountId: LEA }, busy.ports);
    expect(out.commentPosted).toBe(true);
    expect([...busy.pending.values()]).toEqual([expect.objectContaining({ lastError: 'mirror_not_written' })]);
  });

  it('applies the gate transition when the last approval closes it', async () => {
    const p = plan();
    const gates = p.gates.map((g) => (g.gateId === 'legal' ? { ...g, transitionOnApproval: 'Done' } : g));
    const w = memoryWorld({ records: [record({ ...p, gates })] });
    await decideSignOff(approve, { accountId: LEA }, w.ports);
    expect(w.transitions).toEqual([]);
    const out = await decideSignOff(approve, { accountId: HUGO }, w.ports);
    expect(w.transitions).toEqual([{ issueKey: KEYS.creative, target: { nameOrStatus: 'Done' } }]);
    expect(out).toMatchObject({ transitioned: 'Done', gate: { state: 'approved' } });
  });

  it('refuses someone who is not an approver (FORBIDDEN) and writes nothing', async () => {
    const w = memoryWorld();
    await expect(decideSignOff(approve, { accountId: NOAH }, w.ports)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(w.entries).toEqual([]);
    expect(w.pending.size).toBe(0);
  });

  it('refuses an approver deciding on their own work (FORBIDDEN)', async () => {
    const issues = Object.values(KEYS).map((k) => gatedIssue(k, k === KEYS.creative ? { assigneeAccountId: LEA } : {}));
    await expect(decideSignOff(approve, { accountId: LEA }, memoryWorld({ issues }).ports)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a second decision by the same approver on `decision`', async () => {
    const w = memoryWorld();
    await decideSignOff(approve, { accountId: LEA }, w.ports);
    await expect(decideSignOff(approve, { accountId: LEA }, w.ports)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'decision' });
  });

  it('names the field when the issue is not visible or the gate does not exist', async () => {
    await expect(decideSignOff(approve, { accountId: LEA }, memoryWorld({ visible: [] }).ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'issueKey',
    });
    await expect(decideSignOff({ ...approve, gateId: 'nope' }, { accountId: LEA }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'gateId',
    });
    await expect(decideSignOff({ ...approve, issueKey: KEYS.launch }, { accountId: LEA }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'gateId',
    });
  });

  it('asks for a reason when the gate needs one to decline', async () => {
    await expect(decideSignOff({ ...approve, decision: 'decline' }, { accountId: LEA }, memoryWorld().ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'reason',
    });
  });
});
