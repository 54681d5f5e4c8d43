import { buildCampaignPanel, gateStatuses } from '../../../src/domain/metrics';
import { panelInput } from '../metrics/panel-input';
import { KEYS, plan } from '../metrics/fixtures';
import { ALEX, approve, decline, delegation, HUGO, LEA, SOPHIE, stale } from './fixtures';

// The metrics fixture: legal (LEA + HUGO, all) due 11-19, go-live (SOPHIE, after legal) due 11-30; today 2026-11-24.
const statuses = (entries: Parameters<typeof gateStatuses>[0]['entries'], acting = LEA) =>
  gateStatuses({
    gates: plan().gates,
    issueKeys: KEYS,
    people: { [LEA]: 'Léa Martin' },
    actingAccountId: acting,
    today: '2026-11-24',
    calendar: 'FR',
    entries,
  });

describe('panel gate statuses from the sign-off record', () => {
  it('replays the record: approvals open the next gate', () => {
    const [legal, goLive] = statuses([approve(LEA, 1), approve(HUGO, 2)], SOPHIE);
    expect(legal).toMatchObject({ state: 'approved', pending: [], late: false });
    expect(legal!.approvers[0]).toEqual({
      accountId: LEA,
      displayName: 'Léa Martin',
      decision: 'approved',
      decidedAt: expect.stringMatching(/^2026-11-20T09:00:01/),
    });
    expect(goLive).toMatchObject({ state: 'open', canDecide: true });
  });

  it('shows stale approvals as no decision in the new round', () => {
    const [legal] = statuses([approve(LEA, 1), stale(2, ['summary'])]);
    expect(legal).toMatchObject({ state: 'open', pending: [LEA, HUGO], canDecide: true });
    expect(legal!.approvers.map((a) => a.decision)).toEqual([null, null]);
  });

  it('lets a delegate in force decide (buttons), and names the delegate on the approver’s row', () => {
    const entries = [delegation(LEA, ALEX, '2026-11-30', 1)];
    expect(statuses(entries, ALEX)[0]!.canDecide).toBe(true);
    const [legal] = statuses([...entries, approve(ALEX, 2, { onBehalfOf: LEA })], ALEX);
    expect(legal!.approvers[0]).toMatchObject({ accountId: LEA, decision: 'approved', onBehalfOf: ALEX });
    expect(legal!.canDecide).toBe(false);
  });

  it('feeds the panel from `signOffEntries`', () => {
    const panel = buildCampaignPanel(panelInput({ signOffEntries: [decline(HUGO, 1)] }));
    expect(panel.gates.map((g) => g.state)).toEqual(['declined', 'waiting']);
  });
});
