import type { ProjectGrants } from '../../../src/domain/policy';
import type { CampaignRecord, CampaignTargeting } from '../../../src/domain/model';
import { updateCampaignTargeting } from '../../../src/usecases/campaigns/update-targeting';
import { planWith } from '../../app/creation/plan-fixture';
import { CAMILLE, campaignWorld, GRANTS, grantsPort } from '../support/planner-ports';

const plan = { ...planWith(1, 1), audiences: ['prospects'], channels: ['email'] };
const record: CampaignRecord = {
  epicKey: 'MKT-1',
  requestId: 'req-00000001',
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'acc-someone',
  plan,
  issueKeys: { epic: 'MKT-1', 'milestone-1': 'MKT-2', 'task-1-1': 'MKT-3' },
};

function portsFor(grants: ProjectGrants, visible = ['MKT-1']) {
  const world = campaignWorld(
    [record],
    visible.map((key) => ({ key, dueDate: null, done: false })),
  );
  const written: { epicKey: string; targeting: CampaignTargeting }[] = [];
  const retargeted: { projectKey: string; epicKey: string; targeting: CampaignTargeting }[] = [];
  return {
    ...world,
    written,
    retargeted,
    portfolio: {
      async retarget(projectKey: string, epicKey: string, targeting: CampaignTargeting) {
        retargeted.push({ projectKey, epicKey, targeting });
      },
    },
    grants: grantsPort({ MKT: grants }),
    targeting: {
      async write(epicKey: string, targeting: CampaignTargeting) {
        written.push({ epicKey, targeting });
      },
    },
  };
}

describe('updateCampaignTargeting (use case)', () => {
  it('writes the epic property, then the record, each slug once, for those who may re-plan', async () => {
    const ports = portsFor(GRANTS.editor);
    const out = await updateCampaignTargeting(
      { issueKey: 'MKT-1', audiences: ['existing-customers', 'students', 'existing-customers'], channels: ['sms', 'email'] },
      CAMILLE,
      ports,
    );
    expect(out).toEqual({ issueKey: 'MKT-1', audiences: ['existing-customers', 'students'], channels: ['sms', 'email'] });
    expect(ports.written).toEqual([
      { epicKey: 'MKT-1', targeting: { audiences: ['existing-customers', 'students'], channels: ['sms', 'email'] } },
    ]);
    expect(ports.saved).toHaveLength(1);
    // The portfolio's roll-up follows at once, so its collisions do.
    expect(ports.retargeted).toEqual([
      { projectKey: 'MKT', epicKey: 'MKT-1', targeting: { audiences: ['existing-customers', 'students'], channels: ['sms', 'email'] } },
    ]);
    expect(ports.saved[0]?.plan).toMatchObject({ audiences: ['existing-customers', 'students'], channels: ['sms', 'email'] });
    // Nothing else of the plan changes.
    expect({ ...ports.saved[0]?.plan, audiences: plan.audiences, channels: plan.channels }).toEqual(plan);
  });

  it('refuses a viewer as re-plan does, writing nothing', async () => {
    const ports = portsFor(GRANTS.viewer);
    await expect(
      updateCampaignTargeting({ issueKey: 'MKT-1', audiences: [], channels: ['email'] }, { ...CAMILLE, locale: 'en_US' }, ports),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'issueKey',
      message: 'You need the edit issues permission in MKT to re-plan this campaign.',
    });
    expect(ports.written).toEqual([]);
    expect(ports.saved).toEqual([]);
    expect(ports.retargeted).toEqual([]);
  });

  it('answers NOT_FOUND naming issueKey for an epic the user cannot see or that is no campaign', async () => {
    await expect(
      updateCampaignTargeting({ issueKey: 'MKT-1', audiences: [], channels: [] }, CAMILLE, portsFor(GRANTS.editor, [])),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'issueKey' });
    const ports = portsFor(GRANTS.editor);
    await expect(updateCampaignTargeting({ issueKey: 'MKT-3', audiences: [], channels: [] }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'issueKey',
    });
    expect(ports.written).toEqual([]);
  });
});
