import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf, ResolverName } from '../../../src/contracts/registry';
import { invokeOutsideContract, invokeResolver } from '../../support/invoke';
import { CAMILLE, HUGO, INES, LEA, NOAH, SAM, SOPHIE, ALEX } from '../../../local/identity/demo-users';
import { createGatedCampaign, dayFromToday, storedEntries, storedKeys } from './signoff-fixture';
import {
  commentsMarked,
  commentsOf,
  localFaults,
  moveTo,
  runScheduled,
  searchIssues,
  settleTriggers,
  type JiraComment,
  type JiraIssue,
} from '../rest-reads';
import { SIGNOFF_PROPERTY_KEY, type SignOffMirror } from '../../../src/domain/model';
import type { ContractAnswer } from '../../support/contract-call';
import { must } from '../../support/must';

/**
 * Sign-off through the local host: real resolvers via /local/invoke, the record in the host's KVS, comments, the
 * mirror property and transitions in the Jira emulator, and staleness / "ready again" through real issue events.
 */
describe('sign-off: decide, refuse, stay in step with Jira', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let keys: Record<string, string>;
  const call = <K extends ResolverName>(accountId: string, fn: K, payload: PayloadOf<K>, issueKey?: string) =>
    invokeResolver(app.th, accountId, fn, payload, { moduleKey: 'campaign-panel', ...(issueKey ? { issueKey } : {}) });
  const decide = (accountId: string, payload: PayloadOf<'decideSignOff'>) => call(accountId, 'decideSignOff', payload);
  const comments = (key: string): Promise<JiraComment[]> => commentsOf(app.th, key);
  /** The gated issue's mirror property as Jira holds it (undefined when there is none). */
  const property = async (key: string): Promise<SignOffMirror | undefined> => {
    const res = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/properties/${SIGNOFF_PROPERTY_KEY}`);
    const found: { value: SignOffMirror } | undefined = res.status === 200 ? res.body : undefined;
    return found?.value;
  };
  const mirror = async (key: string): Promise<SignOffMirror> => must(await property(key), `the sign-off mirror of ${key}`);
  const status = async (key: string): Promise<string> => {
    const issue: JiraIssue = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}?fields=status`)).body;
    return issue.fields.status.name;
  };

  /** What a refused call must leave untouched: the record, and the gated issue's comments and property. */
  async function observed(key: string): Promise<unknown> {
    return { record: storedEntries(app.th, epicKey), comments: await comments(key), property: await property(key) };
  }
  async function expectRefusedWithoutTrace(
    key: string,
    run: () => Promise<ContractAnswer<unknown>>,
    error: Record<string, unknown>,
    message?: RegExp,
  ): Promise<void> {
    const before = await observed(key);
    const out = await run();
    expect(out).toMatchObject({ ok: false, error });
    if (message) expect(out.error.message).toMatch(message);
    expect(await observed(key)).toEqual(before);
  }

  beforeAll(async () => {
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'signoff-decide', 3, [
      // Camille is an approver here but also the assignee and reporter of the milestone: she may not decide.
      {
        gateId: 'legal',
        name: 'Legal review',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId, CAMILLE.accountId],
        quorum: { kind: 'count', n: 2 },
        declineNeedsReason: true,
      },
      {
        gateId: 'brand',
        name: 'Brand review',
        milestoneRowId: 'milestone-2',
        approverAccountIds: [HUGO.accountId],
        quorum: { kind: 'any' },
        afterGateId: 'legal',
      },
      {
        gateId: 'go',
        name: 'Go / no-go',
        milestoneRowId: 'milestone-3',
        approverAccountIds: [SOPHIE.accountId, ALEX.accountId],
        quorum: { kind: 'all' },
        transitionOnApproval: 'Done',
      },
    ]));
  });

  it('shows the gates of an issue, whose gated milestones were born with their mirror property', async () => {
    const m1 = keys['milestone-1']!;
    const out = await call(LEA.accountId, 'getSignOff', {}, m1);
    expect(out.ok).toBe(true);
    expect(out.data).toMatchObject({ issueKey: m1, epicKey });
    expect(out.data.gates.map((g) => [g.gateId, g.state, g.canDecide, g.decidingFor])).toEqual([['legal', 'open', true, LEA.accountId]]);
    expect(out.data.gates[0]!.approvers.map((a) => a.displayName)).toEqual(['Léa Dubois', 'Hugo Bernard', 'Camille Martin']);
    expect(await property(m1)).toMatchObject({ status: 'pending', entries: 0, gates: [{ gateId: 'legal', status: 'pending' }] });
    // On the epic: every gate; the sequential one waits for legal.
    const onEpic = await call(HUGO.accountId, 'getSignOff', { issueKey: epicKey });
    expect(onEpic.data.gates.map((g) => [g.gateId, g.state])).toEqual([
      ['legal', 'open'],
      ['brand', 'waiting'],
      ['go', 'open'],
    ]);
    const noah = await call(NOAH.accountId, 'getSignOff', {}, m1);
    expect(noah.data.gates[0]).toMatchObject({ canDecide: false, decidingFor: null });
    expect(noah.data.gates[0]!.refusal).toBe('Vous n’êtes pas valideur de cette validation.');
  });

  it('refuses, with a clear error and no trace in storage or Jira: non-approver, viewer, self-approval, waiting gate, missing reason, spoofed identity, outsider', async () => {
    const m1 = keys['milestone-1']!;
    const approve: PayloadOf<'decideSignOff'> = { issueKey: m1, gateId: 'legal', decision: 'approve' };
    await expectRefusedWithoutTrace(
      m1,
      () => decide(NOAH.accountId, approve),
      { code: 'FORBIDDEN' },
      /^Vous n’êtes pas valideur de la validation «\u202fLegal review\u202f»/,
    );
    await expectRefusedWithoutTrace(m1, () => decide(INES.accountId, approve), { code: 'FORBIDDEN' });
    await expectRefusedWithoutTrace(
      m1,
      () => decide(CAMILLE.accountId, approve),
      { code: 'FORBIDDEN' },
      /vous ne pouvez pas vous prononcer sur votre propre travail/,
    );
    await expectRefusedWithoutTrace(
      keys['milestone-2']!,
      () => decide(HUGO.accountId, { issueKey: keys['milestone-2']!, gateId: 'brand', decision: 'approve' }),
      { code: 'INVALID_INPUT', field: 'gateId' },
      /n’est pas encore ouverte.*Legal review/,
    );
    await expectRefusedWithoutTrace(m1, () => decide(LEA.accountId, { ...approve, decision: 'request_changes' }), {
      code: 'INVALID_INPUT',
      field: 'reason',
    });
    await expectRefusedWithoutTrace(m1, () => decide(LEA.accountId, { ...approve, decision: 'decline', reason: '   ' }), {
      code: 'INVALID_INPUT',
      field: 'reason',
    });
    // The payload cannot carry an identity: Noah posing as Léa is refused as an unknown field, and nothing is recorded.
    await expectRefusedWithoutTrace(
      m1,
      () =>
        invokeOutsideContract(
          app.th,
          NOAH.accountId,
          'decideSignOff',
          { ...approve, accountId: LEA.accountId },
          { moduleKey: 'campaign-panel' },
        ),
      { code: 'INVALID_INPUT', field: 'accountId' },
    );
    await expectRefusedWithoutTrace(m1, () => decide(SAM.accountId, approve), { code: 'NOT_FOUND', field: 'issueKey' });
    // A gate the issue does not carry.
    await expectRefusedWithoutTrace(m1, () => decide(HUGO.accountId, { ...approve, gateId: 'brand' }), {
      code: 'INVALID_INPUT',
      field: 'gateId',
    });
  });

  it('records a decision with its content hash, comments with mentions as the approver, and mirrors it', async () => {
    const m1 = keys['milestone-1']!;
    const out = await decide(LEA.accountId, { issueKey: m1, gateId: 'legal', decision: 'approve', comment: 'Mentions légales OK' });
    expect(out.ok).toBe(true);
    expect(out.data).toMatchObject({ commentPosted: true, gate: { state: 'open', pending: [HUGO.accountId, CAMILLE.accountId] } });
    const [entry] = storedEntries(app.th, epicKey);
    expect(entry!.key).toBe(`signoff:${epicKey}:legal:${entry!.value.entryId}`);
    expect(entry!.value).toMatchObject({
      type: 'decision',
      actorAccountId: LEA.accountId,
      decision: 'approve',
      gatedIssueKey: m1,
      comment: 'Mentions légales OK',
    });
    expect(entry!.value.contentHash).toMatch(/^[a-f0-9]{64}$/);
    const posted = must((await comments(m1)).at(-1), 'the decision comment');
    expect(posted.author.accountId).toBe(LEA.accountId);
    const mentions = JSON.stringify(posted.body).match(/"type":"mention","attrs":\{"id":"([^"]+)"/g) ?? [];
    expect(mentions.join(' ')).toContain(HUGO.accountId);
    expect(mentions.join(' ')).toContain(CAMILLE.accountId);
    // Léa posts it herself: in her French, in the first person, never mentioning herself, and with no machine trailer
    // (the marker a retry looks for is in the comment's property).
    const body = JSON.stringify(posted.body);
    expect(body).toContain('J’ai approuvé la ');
    expect(body).not.toContain(LEA.accountId);
    expect(body).not.toMatch(/sign-off|\d{4}-\d{2}-\d{2}T/);
    expect(body).toContain('"text":"En attente d’"'); // d’Hugo, elided
    expect((await commentsMarked(app.th, m1, `sign-off ${entry!.value.entryId}`)).map((c) => c.id)).toEqual([posted.id]);
    expect(await property(m1)).toMatchObject({
      status: 'pending',
      entries: 1,
      gates: [{ gateId: 'legal', approvedBy: [LEA.accountId], pending: [HUGO.accountId, CAMILLE.accountId] }],
    });
    // Searchable with JQL, as the issue promises.
    const found = (await searchIssues(app.th, `issue.property[campaignSignoff].status = "pending" AND parent = ${epicKey}`)).map(
      (i) => i.key,
    );
    expect(found).toContain(m1);
    expect(found).not.toContain(keys['milestone-2']);
    // Everyone who opens the issue sees it.
    const seen = await call(CAMILLE.accountId, 'getSignOff', {}, m1);
    expect(seen.data.gates[0]!.approvers.find((a) => a.accountId === LEA.accountId)).toMatchObject({ decision: 'approved' });
    expect(seen.data.gates[0]!.record).toHaveLength(1);
    // The same decision twice is refused.
    await expectRefusedWithoutTrace(m1, () => decide(LEA.accountId, { issueKey: m1, gateId: 'legal', decision: 'approve' }), {
      code: 'INVALID_INPUT',
      field: 'decision',
    });
  });

  it('reaches quorum, opens the sequential gate, refuses decisions on the closed one, and lets a delegate decide', async () => {
    const m1 = keys['milestone-1']!;
    const m2 = keys['milestone-2']!;
    const out = await decide(HUGO.accountId, { issueKey: m1, gateId: 'legal', decision: 'approve' });
    expect(out.data.gate).toMatchObject({ state: 'approved', pending: [] });
    expect(await property(m1)).toMatchObject({ status: 'approved' });
    await expectRefusedWithoutTrace(
      m1,
      () => decide(CAMILLE.accountId, { issueKey: m1, gateId: 'legal', decision: 'decline', reason: 'x' }),
      { code: 'FORBIDDEN' },
    );
    const lea = await call(LEA.accountId, 'getSignOff', {}, m1);
    expect(lea.data.gates[0]).toMatchObject({ canDecide: false });
    await expectRefusedWithoutTrace(
      m1,
      () => decide(LEA.accountId, { issueKey: m1, gateId: 'legal', decision: 'decline', reason: 'too late' }),
      { code: 'INVALID_INPUT', field: 'gateId' },
      /est déjà approuvée\u202f: plus aucune décision/,
    );

    // Brand opened; Hugo hands it to Sophie for a few days; she decides for him, and the record shows both.
    const until = dayFromToday(5);
    expect(
      await call(SOPHIE.accountId, 'delegateSignOff', { issueKey: m2, gateId: 'brand', toAccountId: NOAH.accountId, until }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await call(HUGO.accountId, 'delegateSignOff', { issueKey: m2, gateId: 'brand', toAccountId: CAMILLE.accountId, until }),
    ).toMatchObject({ ok: false, error: { field: 'toAccountId' } });
    expect(
      await call(HUGO.accountId, 'delegateSignOff', {
        issueKey: m2,
        gateId: 'brand',
        toAccountId: SOPHIE.accountId,
        until: dayFromToday(200),
      }),
    ).toMatchObject({ ok: false, error: { field: 'until' } });
    const delegated = await call(HUGO.accountId, 'delegateSignOff', {
      issueKey: m2,
      gateId: 'brand',
      toAccountId: SOPHIE.accountId,
      until,
      reason: 'On leave',
    });
    expect(delegated.data.gate.delegations).toEqual([
      { from: HUGO.accountId, fromName: 'Hugo Bernard', to: SOPHIE.accountId, toName: 'Sophie Laurent', until },
    ]);
    const sophie = await decide(SOPHIE.accountId, { issueKey: m2, gateId: 'brand', decision: 'approve' });
    expect(sophie.data.gate).toMatchObject({ state: 'approved' });
    const brandEntries = storedEntries(app.th, epicKey).filter((e) => e.value.gateId === 'brand');
    expect(brandEntries.map((e) => [e.value.type, e.value.actorAccountId, e.value.onBehalfOf ?? null])).toEqual([
      ['delegation', HUGO.accountId, null],
      ['decision', SOPHIE.accountId, HUGO.accountId],
    ]);
    expect(sophie.data.gate.approvers[0]).toMatchObject({ accountId: HUGO.accountId, decision: 'approved', onBehalfOf: SOPHIE.accountId });
  });

  it('marks approvals stale when the gated summary changes (a real edit, delivered as an event) and reopens the gate', async () => {
    const m1 = keys['milestone-1']!;
    const put = await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${m1}`, { fields: { summary: 'Milestone 1 — revised claims' } });
    expect(put.status).toBe(204);
    await settleTriggers(app.th);
    const stale = storedEntries(app.th, epicKey).filter((e) => e.value.gateId === 'legal' && e.value.type === 'stale');
    expect(stale.map((e) => e.value.changedFields)).toEqual([['summary']]);
    const view = (await call(LEA.accountId, 'getSignOff', {}, m1)).data.gates[0]!;
    expect(view).toMatchObject({ state: 'open', stale: { changedFields: ['summary'] }, canDecide: true });
    expect(view.approvers.every((a) => a.decision === null)).toBe(true);
    expect(await property(m1)).toMatchObject({ status: 'pending' });
    // A change that does not touch the gated content writes nothing more.
    await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${m1}`, { fields: { duedate: dayFromToday(40) } });
    await settleTriggers(app.th);
    expect(storedEntries(app.th, epicKey).filter((e) => e.value.type === 'stale')).toHaveLength(1);
  });

  it('request changes sends the work back to In Progress; moving it to In Review reopens the gate for a new round', async () => {
    const m1 = keys['milestone-1']!;
    const out = await decide(HUGO.accountId, {
      issueKey: m1,
      gateId: 'legal',
      decision: 'request_changes',
      reason: 'Price claim needs a source',
    });
    expect(out.data.gate.state).toBe('changes_requested');
    expect(await status(m1)).toBe('In Progress');
    expect(await property(m1)).toMatchObject({ status: 'changes_requested' });
    await expectRefusedWithoutTrace(
      m1,
      () => decide(LEA.accountId, { issueKey: m1, gateId: 'legal', decision: 'approve' }),
      { code: 'INVALID_INPUT', field: 'gateId' },
      /rouvrira quand le travail sera de nouveau prêt pour revue/,
    );
    await moveTo(app.th, m1, 'In Review');
    await settleTriggers(app.th);
    expect(storedEntries(app.th, epicKey).filter((e) => e.value.type === 'ready')).toHaveLength(1);
    const view = (await call(LEA.accountId, 'getSignOff', {}, m1)).data.gates[0];
    expect(view).toMatchObject({ state: 'open', canDecide: true });
    expect(await property(m1)).toMatchObject({ status: 'pending' });
  });

  it('rebuilds the mirror property from the record when someone edits it by hand: in the daily job, never on a view', async () => {
    const m1 = keys['milestone-1']!;
    const truth = await mirror(m1);
    const forged = { ...truth, status: 'approved', gates: truth.gates.map((g) => ({ ...g, status: 'approved', pending: [] })) };
    expect((await app.th.call(NOAH.email, 'PUT', `/rest/api/3/issue/${m1}/properties/campaignSignoff`, forged)).status).toBe(200);
    expect((await mirror(m1)).status).toBe('approved');
    await call(INES.accountId, 'getSignOff', {}, m1);
    expect((await mirror(m1)).status).toBe('approved');
    expect(await runScheduled(app.th, 'campaign-signoff-reminders')).toMatchObject({ outcome: 'succeeded' });
    const restored = await property(m1);
    expect({ ...restored, updatedAt: '' }).toEqual({ ...truth, updatedAt: '' });
    // Lost entirely: rebuilt too.
    expect((await app.th.call(CAMILLE.email, 'DELETE', `/rest/api/3/issue/${m1}/properties/campaignSignoff`)).status).toBe(204);
    await runScheduled(app.th, 'campaign-signoff-reminders');
    expect({ ...(await property(m1)), updatedAt: '' }).toEqual({ ...truth, updatedAt: '' });
  });

  it('keeps a decision when Jira loses its comment’s answer or answers 503: found again by its property, or posted later', async () => {
    const m3 = keys['milestone-3']!;
    const commentRoute = { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/comment' };
    // Jira adds the comment but the answer is lost: the retry finds it by its marker property and does not post again.
    await app.th.call(null, 'POST', '/local/faults', { dropResponse: 1, only: commentRoute, times: 1 });
    const first = await decide(SOPHIE.accountId, { issueKey: epicKey, gateId: 'go', decision: 'approve' });
    expect(first.data).toMatchObject({ commentPosted: true });
    expect((await localFaults(app.th)).injected).toBe(1);
    const sophieEntry = storedEntries(app.th, epicKey).find((e) => e.value.gateId === 'go')!.value.entryId;
    expect(await commentsMarked(app.th, m3, `sign-off ${sophieEntry}`)).toHaveLength(1);

    // Jira keeps failing: the decision is recorded, the answer says the comment is missing, and it is owed.
    await app.th.call(null, 'POST', '/local/faults', { error5xx: 1, only: commentRoute, retryAfterSeconds: 0 });
    const before = (await comments(m3)).length;
    const second = await decide(ALEX.accountId, { issueKey: m3, gateId: 'go', decision: 'approve' });
    await app.th.call(null, 'POST', '/local/faults', {});
    expect(second.ok).toBe(true);
    expect(second.data.commentPosted).toBe(false);
    expect(second.data.commentError).toMatch(/busy|try again/i);
    expect(second.data.gate.state).toBe('approved');
    // The other effects still happened: the final gate moved the work to Done, and the mirror says approved.
    expect(second.data.transitioned).toBe('Done');
    expect(await status(m3)).toBe('Done');
    expect(await property(m3)).toMatchObject({ status: 'approved' });
    const alexEntry = storedEntries(app.th, epicKey).find((e) => e.value.actorAccountId === ALEX.accountId)!.value.entryId;
    expect((await comments(m3)).length).toBe(before);
    expect(storedKeys(app.th, 'comment-pending:')).toEqual([`comment-pending:${alexEntry}`]);
    // A look at the issue does not post it; the repair job does, once, however often it runs.
    await call(NOAH.accountId, 'getSignOff', {}, m3);
    expect(storedKeys(app.th, 'comment-pending:')).toEqual([`comment-pending:${alexEntry}`]);
    expect(await runScheduled(app.th, 'campaign-signoff-repair')).toMatchObject({ outcome: 'succeeded' });
    expect(await runScheduled(app.th, 'campaign-signoff-repair')).toMatchObject({ outcome: 'succeeded' });
    const owed = await commentsMarked(app.th, m3, `sign-off ${alexEntry}`);
    expect(owed).toHaveLength(1);
    // Posted later by the app, it names Alex, in his English, without mentioning him.
    expect(JSON.stringify(owed[0]!.body)).toContain('Alex Partner approved the ');
    expect(JSON.stringify(owed[0]!.body)).not.toContain(ALEX.accountId);
    expect(storedKeys(app.th, 'comment-pending:')).toEqual([]);
  });

  it('an attachment added to approved work makes its approvals stale and reopens the final gate', async () => {
    const m3 = keys['milestone-3']!;
    const form = new FormData();
    form.append('file', new Blob(['v2 of the go/no-go pack']), 'go-no-go-v2.pdf');
    const res = await fetch(`${app.th.url}/rest/api/3/issue/${m3}/attachments`, {
      method: 'POST',
      headers: { Authorization: app.th.basic(NOAH.email), 'X-Atlassian-Token': 'no-check', Accept: 'application/json' },
      body: form,
    });
    expect(res.status).toBe(200);
    await settleTriggers(app.th);
    const stale = storedEntries(app.th, epicKey).filter((e) => e.value.gateId === 'go' && e.value.type === 'stale');
    expect(stale.map((e) => [e.value.changedFields, e.value.actorAccountId])).toEqual([[['attachments'], NOAH.accountId]]);
    const view = (await call(SOPHIE.accountId, 'getSignOff', { issueKey: epicKey })).data.gates.find((g) => g.gateId === 'go');
    expect(view).toMatchObject({
      state: 'open',
      stale: { changedFields: ['attachments'] },
      canDecide: true,
      pending: [SOPHIE.accountId, ALEX.accountId],
    });
    expect(await property(m3)).toMatchObject({ status: 'pending' });
  });

  it('exports a gate or the whole campaign as CSV for the PM and approvers only', async () => {
    const all = storedEntries(app.th, epicKey);
    const out = await call(CAMILLE.accountId, 'exportSignOffRecord', { epicKey });
    expect(out.ok).toBe(true);
    expect(out.data.rows).toBe(all.length);
    const lines = out.data.csv.trimEnd().split('\r\n');
    // Camille reads French: the columns are named in French, the cells keep the record's values.
    expect(lines[0]).toBe(
      'validation,identifiant de la validation,identifiant de l’entrée,type,décision,auteur,au nom de,date et heure (UTC),motif,commentaire,empreinte du contenu,délégué à,jusqu’au,champs modifiés',
    );
    expect(lines).toHaveLength(all.length + 1);
    expect(out.data.csv).toContain('Price claim needs a source');
    const legal = await call(LEA.accountId, 'exportSignOffRecord', { issueKey: keys['milestone-1'], gateId: 'legal' });
    expect(legal.data.rows).toBe(all.filter((e) => e.value.gateId === 'legal').length);
    expect(legal.data.filename).toContain('legal');
    expect(await call(NOAH.accountId, 'exportSignOffRecord', { epicKey })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(CAMILLE.accountId, 'exportSignOffRecord', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'issueKey' },
    });
  });

  it('refuses a decision on gated work that no longer exists, leaving the record alone', async () => {
    const m2 = keys['milestone-2']!;
    const before = storedEntries(app.th, epicKey);
    expect((await app.th.call(CAMILLE.email, 'DELETE', `/rest/api/3/issue/${m2}`)).status).toBe(204);
    const out = await decide(HUGO.accountId, { issueKey: m2, gateId: 'brand', decision: 'decline' });
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'issueKey' } });
    const fromEpic = await decide(HUGO.accountId, { issueKey: epicKey, gateId: 'brand', decision: 'decline' });
    expect(fromEpic).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(storedEntries(app.th, epicKey)).toEqual(before);
  });
});
