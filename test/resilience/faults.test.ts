import { CAMILLE, HUGO, LEA } from '../../local/identity/demo-users';
import { useAppTestHost } from '../support/app-host';
import { campaignPanelOf, currentPanel, invokeResolver } from '../support/invoke';
import { must } from '../support/must';
import type { CampaignPanel } from '../../src/contracts/campaign-panel';
import { createGatedCampaign, storedEntries } from '../app/signoff/signoff-fixture';
import { commentsMarked, runScheduled } from '../app/rest-reads';

/**
 * The panel and sign-off under Jira's bad days, through the local host: 429s with every `RateLimit-Reason` and a
 * `Retry-After`, 503s and latency (campaign creation under faults is in test/app/creation). The retry policy runs
 * as deployed and really waits (at least 2 s × jitter per refusal, doubling for the same call), so the faults ask
 * `Retry-After: 0` and stop after a few (`times`). A run that stops with TRY_AGAIN is re-run, as the UI does.
 */
const FAULTS = { rate429: 0.25, error5xx: 0.1, latencyMs: 3, retryAfterSeconds: 0, seed: 3, times: 3 };

/** Calls a resolver until it stops answering TRY_AGAIN (at most 8 times), like a person pressing "Try again". */
async function untilDone<T extends { ok: boolean; error: { code: string } }>(run: () => Promise<T>): Promise<{ out: T; tryAgain: number }> {
  let tryAgain = 0;
  for (;;) {
    const out = await run();
    if (out.ok || out.error.code !== 'TRY_AGAIN' || tryAgain >= 8) return { out, tryAgain };
    tryAgain += 1;
  }
}

/** The panel's figures, without the timestamps that differ between two loads. */
const figures = (panel: CampaignPanel): unknown => ({
  budget: panel.budget,
  milestones: panel.milestones.map((m) => ({ ...m, forecast: undefined })),
  kpis: panel.kpis,
  health: panel.health.status,
});

describe('panel and sign-off under injected 429s, 503s and latency', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let keys: Record<string, string>;
  const faults = (config: object): Promise<unknown> => app.th.call(null, 'POST', '/local/faults', config);

  beforeAll(async () => {
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'faults', 2, [
      {
        gateId: 'legal',
        name: 'Legal',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId],
        quorum: { kind: 'all' },
      },
    ]));
  });
  afterEach(() => faults({}));

  it('loads the same panel as without faults, after retrying the refused reads', async () => {
    const panel = () =>
      invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey, refresh: true }, { moduleKey: 'campaign-panel' });
    // Without faults, once the forecast consumer has stored the forecast the panel shows.
    const calm = await currentPanel(app.th, CAMILLE.accountId, { issueKey: epicKey, refresh: true }, { moduleKey: 'campaign-panel' });

    const from = app.th.exchanges.length;
    await faults(FAULTS);
    const { out } = await untilDone(panel);
    expect(out.ok).toBe(true);
    expect(figures(campaignPanelOf(out))).toEqual(figures(calm));

    const during = app.th.exchanges.slice(from).filter((x) => x.path.startsWith('/rest/'));
    const refused = during.filter((x) => x.status === 429 || x.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    // Each 429 said why and when to come back; the reasons rotate through all four of Jira's.
    const header = (x: { responseHeaders: Record<string, string> }, name: string): string | undefined =>
      Object.entries(x.responseHeaders).find(([k]) => k.toLowerCase() === name)?.[1];
    expect(refused.every((x) => header(x, 'retry-after') === '0')).toBe(true);
    expect(new Set(refused.map((x) => header(x, 'ratelimit-reason')).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
  });

  it('records every decision exactly once and mirrors it, whatever Jira refused on the way', async () => {
    const gated = must(keys['milestone-1'], 'the gated milestone');
    const decide = (accountId: string) =>
      invokeResolver(
        app.th,
        accountId,
        'decideSignOff',
        { issueKey: gated, gateId: 'legal', decision: 'approve', comment: 'OK' },
        { moduleKey: 'campaign-panel' },
      );
    const from = app.th.exchanges.length;
    // Léa's run meets faults on its first calls (the reads); Hugo's on its writes (the comment and the transition).
    const faultsFor = [FAULTS, { rate429: 0.5, error5xx: 0.5, retryAfterSeconds: 0, seed: 7, only: { method: 'POST' }, times: 2 }];
    for (const [i, approver] of [LEA, HUGO].entries()) {
      await faults(faultsFor[i]!);
      const { out } = await untilDone(() => decide(approver.accountId));
      // A run stopped after the record was written answers "already decided" when re-run: the decision stands.
      if (!out.ok) expect(out.error).toMatchObject({ code: 'INVALID_INPUT', field: 'decision' });
    }
    expect((await app.th.call(null, 'GET', '/local/faults')).body.injected).toBe(2);
    await faults({});
    const refused = app.th.exchanges.slice(from).filter((x) => x.status === 429 || x.status === 503);
    expect(refused.some((x) => x.method === 'GET')).toBe(true);
    expect(refused.filter((x) => x.method === 'POST').map((x) => x.path)).toContain(`/rest/api/3/issue/${gated}/comment`);
    const decisions = storedEntries(app.th, epicKey).filter((e) => e.value.type === 'decision');
    expect(decisions.map((e) => e.value.actorAccountId).sort()).toEqual([HUGO.accountId, LEA.accountId].sort());

    // The repair job puts right whatever a fault left behind: the mirror and the owed comments.
    expect(await runScheduled(app.th, 'campaign-signoff-repair')).toMatchObject({ outcome: 'succeeded' });
    const view = await invokeResolver(app.th, CAMILLE.accountId, 'getSignOff', { issueKey: gated }, { moduleKey: 'campaign-panel' });
    expect(view.data.gates[0]).toMatchObject({ gateId: 'legal', state: 'approved' });
    const mirror = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${gated}/properties/campaignSignoff`)).body.value;
    expect(mirror).toMatchObject({ status: 'approved', entries: 2 });
    for (const e of decisions) expect(await commentsMarked(app.th, gated, `sign-off ${e.value.entryId}`)).toHaveLength(1);
  });
});

describe('a resolver that runs out of Forge time', () => {
  // A 6 s invocation limit instead of 25 s, so the test does not wait 25 s; the margin logic is the same.
  const app = useAppTestHost({ timeoutMs: 6_000 });

  it('answers TRY_AGAIN with a clear message instead of the platform timeout when Jira is slow', async () => {
    const { epicKey } = await createGatedCampaign(app.th, 'slow', 2, []);
    await app.th.call(null, 'POST', '/local/faults', { latencyMs: 1_600 });
    try {
      const out = await invokeResolver(
        app.th,
        CAMILLE.accountId,
        'getCampaignPanel',
        { issueKey: epicKey, refresh: true },
        { moduleKey: 'campaign-panel' },
      );
      expect(out).toMatchObject({ ok: false, error: { code: 'TRY_AGAIN', key: 'errors.jiraSlowOutOfTime' } });
      // Worded for the French user, and still saying to try again.
      expect(out.error.message).toMatch(/réessayez dans un instant/);
    } finally {
      await app.th.call(null, 'POST', '/local/faults', {});
    }
    // Once Jira answers normally again, the same call works.
    const again = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'getCampaignPanel',
      { issueKey: epicKey, refresh: true },
      { moduleKey: 'campaign-panel' },
    );
    expect(again.ok).toBe(true);
  }, 60_000);
});
