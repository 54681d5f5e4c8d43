import type { CampaignPlan, CampaignRecord, PlanGate } from '../../../src/domain/model';
import type { PortfolioSettings } from '../../../src/domain/portfolio/settings';
import { collisionsOfPlan } from '../../../src/usecases/portfolio/plan-collisions';
import { planWith } from '../../app/creation/plan-fixture';
import { GRANTS, grantsPort } from '../support/planner-ports';

const gate = (gateId: string, dueDate: string, approverAccountIds: string[]): PlanGate => ({
  gateId,
  name: gateId,
  milestoneRowId: 'milestone-1',
  approverRoles: ['legal'],
  approverAccountIds,
  quorum: { kind: 'all' },
  dueDate,
  declineNeedsReason: false,
});

const planOf = (over: Partial<CampaignPlan>): CampaignPlan => ({ ...planWith(1, 1), ...over });
const recordOf = (epicKey: string, plan: CampaignPlan): CampaignRecord => ({
  epicKey,
  requestId: `req-${epicKey}`,
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'acc-someone',
  plan,
  issueKeys: { epic: epicKey },
});

const christmas = recordOf(
  'MKT-40',
  planOf({ name: 'Noël', launchDate: '2026-12-04', audiences: ['existing-customers'], channels: ['sms'] }),
);
const secret = recordOf('HR-3', planOf({ name: 'Secret', projectKey: 'HR', launchDate: '2026-12-02', audiences: ['existing-customers'] }));
const farAway = recordOf(
  'EVT-9',
  planOf({ name: 'Salon', projectKey: 'EVT', launchDate: '2027-03-01', audiences: ['existing-customers'] }),
);

function portsFor(records: CampaignRecord[], settings?: PortfolioSettings) {
  return {
    campaigns: { all: async () => records },
    snapshots: { load: async () => undefined },
    grants: grantsPort({ MKT: GRANTS.editor, EVT: GRANTS.viewer }),
    ...(settings ? { portfolioSettings: { get: async () => settings } } : {}),
  };
}

describe('collisionsOfPlan (the planner’s preview)', () => {
  const plan = planOf({ name: 'Black Friday', launchDate: '2026-11-27', audiences: ['existing-customers'], channels: ['email', 'sms'] });

  it('names the plan (key "") and the campaigns the reader sees, hides the others, leaves out what is far away', async () => {
    const ports = portsFor([christmas, secret, farAway]);
    const out = await collisionsOfPlan(plan, ports);
    expect(out).toEqual([
      {
        kind: 'audience_overlap',
        campaigns: [
          { campaignKey: '', name: 'Black Friday', projectKey: 'MKT', launchDate: '2026-11-27' },
          { campaignKey: '', name: '', projectKey: '', launchDate: '2026-12-02', hidden: true },
        ],
        shared: ['existing-customers'],
        daysApart: 5,
      },
      {
        kind: 'audience_overlap',
        campaigns: [
          { campaignKey: '', name: 'Black Friday', projectKey: 'MKT', launchDate: '2026-11-27' },
          { campaignKey: 'MKT-40', name: 'Noël', projectKey: 'MKT', launchDate: '2026-12-04' },
        ],
        shared: ['existing-customers'],
        daysApart: 7,
      },
      expect.objectContaining({ kind: 'channel_overlap', shared: ['sms'], daysApart: 7 }),
    ]);
    // Only the other projects are asked about (the plan's own is the reader's already).
    expect(ports.grants.asked.sort()).toEqual(['HR']);
  });

  it('uses the site’s settings: its window, its blackouts and its weekly sign-off limit', async () => {
    const settings: PortfolioSettings = {
      collisionWindowDays: 3,
      approverWeeklyGateLimit: 1,
      blackouts: [{ id: 'gel', name: 'Gel des e-mails', start: '2026-11-26', end: '2026-11-30', channels: ['email'] }],
    };
    const busy = recordOf(
      'EVT-2',
      planOf({ name: 'Salon', projectKey: 'EVT', launchDate: '2027-02-01', gates: [gate('g', '2026-11-17', ['acc-lea'])] }),
    );
    const withGates = { ...plan, gates: [gate('legal', '2026-11-16', ['acc-lea'])] };
    const out = await collisionsOfPlan(withGates, portsFor([christmas, busy], settings));
    expect(out.map((c) => c.kind)).toEqual(['blackout', 'approver_overload']);
    expect(out[1]).toMatchObject({
      accountId: 'acc-lea',
      weekStart: '2026-11-16',
      gates: 2,
      limit: 1,
      campaigns: [{ campaignKey: '' }, { campaignKey: 'EVT-2', name: 'Salon' }],
    });
  });

  it('leaves out the campaign being re-planned', async () => {
    expect(await collisionsOfPlan({ ...christmas.plan }, portsFor([christmas]), 'MKT-40')).toEqual([]);
  });
});
