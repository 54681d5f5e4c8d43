/**
 * The planner's actions from the policy (issue 15, "actions that know the user"): `listTemplates` answers what the
 * user may do on the planner and `listCampaigns` what they may do on each campaign, for the PM, a project admin, a
 * contributor and a viewer, each refusal worded in the reader's language; the use cases behind the buttons still
 * refuse on their own.
 */
import type { CampaignRecord } from '../../../src/domain/model';
import type { ProjectGrants } from '../../../src/domain/policy';
import type { ActingUser } from '../../../src/usecases/acting-user';
import { listCampaigns } from '../../../src/usecases/campaigns/list-campaigns';
import { replanCampaign } from '../../../src/usecases/campaigns/replan-campaign';
import { saveTemplate } from '../../../src/usecases/templates/save-template';
import { listTemplates } from '../../../src/usecases/templates/list-templates';
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates';
import { planWith } from '../../app/creation/plan-fixture';
import { campaignWorld, fixedClock, GRANTS, grantsPort, templateStore } from '../support/planner-ports';

const PM_ID = 'acc-pm';
const plan = planWith(1, 2);
const keys = { epic: 'MKT-1', 'milestone-1': 'MKT-2', 'task-1-1': 'MKT-3', 'task-1-2': 'MKT-4' };
const record: CampaignRecord = {
  epicKey: 'MKT-1',
  requestId: 'req-00000001',
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: PM_ID,
  plan,
  issueKeys: keys,
};
const visible = Object.values(keys).map((key) => ({ key, dueDate: null, done: false }));

/** Who acts: the campaign's PM (an editor who created it), a project admin, a contributor, a viewer. */
const PEOPLE: Record<string, { user: ActingUser; grants: ProjectGrants }> = {
  pm: { user: { accountId: PM_ID, locale: 'fr_FR' }, grants: GRANTS.editor },
  admin: { user: { accountId: 'acc-admin', locale: 'fr_FR' }, grants: GRANTS.admin },
  contributor: { user: { accountId: 'acc-contributor', locale: 'fr_FR' }, grants: GRANTS.contributor },
  viewer: { user: { accountId: 'acc-ines', locale: 'fr_FR' }, grants: GRANTS.viewer },
};
const who = (name: keyof typeof PEOPLE) => PEOPLE[name] as { user: ActingUser; grants: ProjectGrants };

const templatesAs = (name: keyof typeof PEOPLE) =>
  listTemplates({ projectKey: 'MKT' }, who(name).user, { grants: grantsPort({ MKT: who(name).grants }), templates: templateStore() });

function campaignPorts(grants: ProjectGrants) {
  return {
    ...campaignWorld([record], visible),
    grants: grantsPort({ MKT: grants }),
    clock: fixedClock('2026-10-01T09:00:00.000Z'),
    people: { list: async () => [] },
    campaigns: { all: async () => [record] },
    snapshots: { load: async () => undefined },
  };
}
const campaignsAs = async (name: keyof typeof PEOPLE) => {
  const out = await listCampaigns({ projectKey: 'MKT' }, who(name).user, campaignPorts(who(name).grants));
  const first = out.campaigns[0];
  if (!first) throw new Error('the campaign is listed');
  return first.actions;
};

const CREATE = 'Il vous faut la permission «\u202fCréer des tickets\u202f» dans MKT pour planifier une campagne.';
const EDIT = 'Il vous faut la permission «\u202fModifier les tickets\u202f» dans MKT pour replanifier cette campagne.';

describe('listTemplates: the planner’s actions from the policy, once on load', () => {
  it('lets a project admin plan, edit templates and the role mapping', async () => {
    const out = await templatesAs('admin');
    expect(out.actions).toEqual({
      role: 'project_admin',
      planCampaign: { allowed: true },
      editTemplates: { allowed: true },
      editRoles: { allowed: true },
    });
    expect(out.canEdit).toBe(true);
  });

  it('lets the PM (an editor) and a contributor plan, but says why templates and the mapping are the admins’', async () => {
    for (const name of ['pm', 'contributor'] as const) {
      const { actions } = await templatesAs(name);
      expect([name, actions.planCampaign]).toEqual([name, { allowed: true }]);
      expect(actions.editTemplates).toEqual({
        allowed: false,
        reason: expect.stringMatching(/^Il vous faut la permission «\u202fAdministrer les projets\u202f» dans MKT pour /),
      });
      expect(actions.editRoles.allowed).toBe(false);
    }
    expect((await templatesAs('contributor')).actions.role).toBe('contributor');
  });

  it('tells a viewer why she may not plan, in French, and in English for an English reader', async () => {
    const { actions } = await templatesAs('viewer');
    expect(actions.role).toBe('viewer');
    expect(actions.planCampaign).toEqual({ allowed: false, reason: CREATE });
    expect([actions.editTemplates.allowed, actions.editRoles.allowed]).toEqual([false, false]);
    const en = await listTemplates(
      { projectKey: 'MKT' },
      { accountId: 'acc-ines', locale: 'en_US' },
      {
        grants: grantsPort({ MKT: GRANTS.viewer }),
        templates: templateStore(),
      },
    );
    expect(en.actions.planCampaign.reason).toBe('You need the create issues permission in MKT to plan a campaign.');
  });

  it('still refuses a template save by a contributor on the server, whatever the page shows', async () => {
    const { version: _v, builtIn: _b, ...draft } = BUILT_IN_TEMPLATES[0] as (typeof BUILT_IN_TEMPLATES)[number];
    const store = templateStore();
    await expect(
      saveTemplate({ projectKey: 'MKT', template: { ...draft, id: 'copy' } }, who('contributor').user, {
        grants: grantsPort({ MKT: GRANTS.contributor }),
        templates: store,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(store.saved).toEqual([]);
  });
});

describe('listCampaigns: what each person may do on each campaign', () => {
  it('lets the PM and an admin re-plan and take brief values', async () => {
    for (const name of ['pm', 'admin'] as const)
      expect([name, await campaignsAs(name)]).toEqual([name, { replan: { allowed: true }, applyBrief: { allowed: true } }]);
  });

  it('says why a contributor and a viewer may not, in their language', async () => {
    for (const name of ['contributor', 'viewer'] as const) {
      const actions = await campaignsAs(name);
      expect([name, actions.replan]).toEqual([name, { allowed: false, reason: EDIT }]);
      expect(actions.applyBrief).toEqual({ allowed: false, reason: expect.stringContaining('«\u202fModifier les tickets\u202f»') });
    }
  });

  it('still refuses applying a re-plan for a viewer on the server, and moves nothing', async () => {
    const ports = campaignPorts(GRANTS.viewer);
    await expect(
      replanCampaign({ epicKey: 'MKT-1', launchDate: '2027-03-05', apply: true }, who('viewer').user, ports),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', wording: { key: 'errors.permissionNeeded', params: { permission: 'EDIT_ISSUES' } } });
    expect(ports.updates).toEqual([]);
  });
});
