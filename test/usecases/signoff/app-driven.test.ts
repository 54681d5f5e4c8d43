import { decideSignOff } from '../../../src/usecases/signoff/decide-signoff';
import { APP_ACTOR, reopenOnIssueChange } from '../../../src/usecases/signoff/reopen-on-issue-change';
import { sendSignOffReminders } from '../../../src/usecases/signoff/send-reminders';
import { KEYS, LEA } from '../../domain/metrics/fixtures';
import { gatedIssue, memoryWorld } from './memory-ports';

const approve = { issueKey: KEYS.creative, gateId: 'legal', decision: 'approve' as const };

describe('reopenOnIssueChange (use case, as the app)', () => {
  it('writes a stale entry when approved work changes, and rewrites the mirror', async () => {
    const w = memoryWorld();
    await decideSignOff(approve, { accountId: LEA }, w.ports);
    const changed = Object.values(KEYS).map((k) => gatedIssue(k, k === KEYS.creative ? { summary: 'New summary' } : {}));
    const later = memoryWorld({ issues: changed });
    later.entries.push(...w.entries);
    const out = await reopenOnIssueChange(
      { issueKey: KEYS.creative, changelog: [{ field: 'summary', toString: 'New summary' }] },
      later.ports,
    );
    expect(out).toEqual({ written: ['stale'], issueKey: KEYS.creative });
    expect(later.entries.at(-1)).toMatchObject({ type: 'stale', actorAccountId: APP_ACTOR, changedFields: ['summary'] });
    expect(later.mirrorWrites).toEqual([KEYS.creative]);
  });

  it('reads nothing for an update that touches neither content nor review', async () => {
    const w = memoryWorld({ visible: [] });
    await expect(
      reopenOnIssueChange({ issueKey: KEYS.creative, changelog: [{ field: 'labels', toString: null }] }, w.ports),
    ).resolves.toEqual({ written: [], reason: 'no content or review change' });
  });

  it('ignores a gone issue and work no gate guards', async () => {
    const change = { field: 'summary', toString: 'x' };
    await expect(
      reopenOnIssueChange({ issueKey: KEYS.creative, changelog: [change] }, memoryWorld({ visible: [] }).ports),
    ).resolves.toMatchObject({ reason: `${KEYS.creative} is gone` });
    await expect(reopenOnIssueChange({ issueKey: KEYS.design, changelog: [change] }, memoryWorld().ports)).resolves.toMatchObject({
      reason: `${KEYS.design} is not gated work`,
    });
  });
});

describe('sendSignOffReminders (use case, as the app)', () => {
  // The legal gate is due on 2026-11-19: on the 18th it is due within 2 business days.
  it('reminds each due gate once a day, mentioning the approvers still pending', async () => {
    const w = memoryWorld({ now: '2026-11-18T07:00:00.000Z' });
    const run = await sendSignOffReminders(w.ports);
    expect(run).toMatchObject({
      date: '2026-11-18',
      campaigns: 1,
      commented: [KEYS.creative],
      gates: [`${KEYS.epic}:legal`],
      failures: [],
    });
    expect(w.posted[0]?.reminder?.gates[0]?.pending.map((p) => p.accountId)).toEqual(expect.arrayContaining([LEA]));
    const again = await sendSignOffReminders(w.ports);
    expect(again.commented).toEqual([]);
  });

  it('gives the claim back when the comment fails, so the next run tries again', async () => {
    const w = memoryWorld({ now: '2026-11-18T07:00:00.000Z' });
    w.commentAnswer = () => ({ posted: false, error: 'down' });
    const run = await sendSignOffReminders(w.ports);
    expect(run.failures).toEqual([`${KEYS.creative}: down`]);
    expect(w.claims.size).toBe(0);
  });
});
