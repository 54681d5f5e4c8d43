import type { ProjectGrants } from '../../../src/domain/policy';
import { ATELIER_PRO_BRIEF } from '../../../local/confluence/seed-briefs';
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates';
import { listBriefs } from '../../../src/usecases/planning/list-briefs';
import { previewCampaign, type PreviewCampaignInput } from '../../../src/usecases/planning/preview-campaign';
import { saveRoleAssignments } from '../../../src/usecases/planning/save-role-assignments';
import type { BriefPagesPort } from '../../../src/usecases/ports/brief-pages';
import type { RoleAssignments } from '../../../src/usecases/ports/role-assignment-store';
import { CAMILLE, fixedClock, GRANTS, grantsPort, templateStore } from '../support/planner-ports';

const template = BUILT_IN_TEMPLATES[0];
if (!template) throw new Error('the app ships built-in templates');
const PEOPLE = [
  { accountId: 'acc-camille', displayName: 'Camille Martin' },
  { accountId: 'acc-noah', displayName: 'Noah Petit' },
];

function rolesStore(initial: Record<string, RoleAssignments> = {}) {
  const byProject = new Map(Object.entries(initial));
  return { byProject, get: async (k: string) => byProject.get(k), save: async (k: string, r: RoleAssignments) => void byProject.set(k, r) };
}
const briefs: BriefPagesPort & { spaces: string[] } = {
  spaces: [],
  page: async (id) => ({ id, title: 'Brief Atelier Pro', version: 4, storage: ATELIER_PRO_BRIEF, url: `/wiki/pages/${id}` }),
  async inSpace(spaceKey) {
    briefs.spaces.push(spaceKey);
    return [{ id: '7', title: 'Brief', url: '/wiki/pages/7' }];
  },
};
const portsWith = (grants: ProjectGrants = GRANTS.contributor, stored: Record<string, RoleAssignments> = {}) => ({
  grants: grantsPort({ MKT: grants }),
  templates: templateStore(),
  people: { list: async () => PEOPLE },
  roles: rolesStore(stored),
  briefs,
  campaigns: { all: async () => [] },
  snapshots: { load: async () => undefined },
  clock: fixedClock('2026-01-05T10:00:00.000Z'),
  assignable: { assignableIn: async () => PEOPLE.map((p) => p.accountId) },
});
const input: PreviewCampaignInput = {
  projectKey: 'MKT',
  templateId: template.id,
  launchDate: '2026-06-15',
  budget: { amount: 50000, currency: 'EUR' },
  holidayCalendar: 'FR',
};

describe('previewCampaign (use case)', () => {
  it('plans in the user’s language with the PM alone when nothing is mapped, and creates nothing', async () => {
    const out = await previewCampaign(input, CAMILLE, portsWith());
    expect(out.roleAssignments).toEqual({ pm: ['acc-camille'] });
    expect(out.plan).toMatchObject({ projectKey: 'MKT', language: 'fr', launchDate: '2026-06-15' });
    expect(out.plan.rows.length).toBeGreaterThan(0);
    expect(out.people).toEqual(PEOPLE);
  });

  it("uses the project's stored mapping unless the PM sent one", async () => {
    const ports = portsWith(GRANTS.contributor, { MKT: { pm: ['acc-noah'] } });
    expect((await previewCampaign(input, CAMILLE, ports)).roleAssignments).toEqual({ pm: ['acc-noah'] });
    expect(
      (await previewCampaign({ ...input, roleAssignments: { pm: ['acc-camille'], designer: ['acc-noah'] } }, CAMILLE, ports))
        .roleAssignments,
    ).toEqual({ pm: ['acc-camille'], designer: ['acc-noah'] });
  });

  it('warns where the brief disagrees with what the PM typed', async () => {
    const out = await previewCampaign({ ...input, briefPageId: '42' }, CAMILLE, portsWith());
    expect(out.plan.brief).toMatchObject({ pageId: '42', version: 4 });
    expect(out.plan.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'brief',
        field: 'launchDate',
        code: 'plan.briefLaunchDate',
        // Worded in the plan's language, the dates in words.
        message: expect.stringMatching(/^Date de lancement\u202f: le brief indique le 17 mars 2026/),
      }),
    );
    expect(out.plan.warnings).toContainEqual(expect.objectContaining({ kind: 'brief', field: 'budget' }));
  });

  it('sets audiences and channels from the template, the brief, or the PM', async () => {
    const ports = portsWith();
    expect((await previewCampaign(input, CAMILLE, ports)).plan).toMatchObject({
      audiences: template.audiences,
      channels: template.channels,
    });
    // The Atelier Pro brief names its audience and channels: the campaign's own, over the template's.
    expect((await previewCampaign({ ...input, briefPageId: '42' }, CAMILLE, ports)).plan).toMatchObject({
      audiences: ['b2b-decision-makers', 'existing-customers', 'prospects'],
      channels: ['video', 'web', 'paid-media', 'paid-search', 'pr', 'analyst-relations', 'webinar', 'email'],
    });
    const chosen = await previewCampaign({ ...input, briefPageId: '42', audiences: ['students'], channels: [] }, CAMILLE, ports);
    expect(chosen.plan).toMatchObject({ audiences: ['students'], channels: [] });
  });

  it('refuses a stranger in the mapping, viewers, outsiders and unknown templates', async () => {
    await expect(previewCampaign({ ...input, roleAssignments: { designer: ['acc-nobody'] } }, CAMILLE, portsWith())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'roleAssignments.designer',
    });
    await expect(previewCampaign(input, CAMILLE, portsWith(GRANTS.viewer))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You need the create issues permission in MKT to plan a campaign.',
    });
    await expect(previewCampaign(input, CAMILLE, portsWith(GRANTS.outsider))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(previewCampaign({ ...input, templateId: 'nope' }, CAMILLE, portsWith())).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'templateId',
    });
  });
});

describe('listBriefs (use case)', () => {
  it('lists the MKT space unless another is named', async () => {
    briefs.spaces.length = 0;
    expect((await listBriefs({}, { briefs })).pages).toHaveLength(1);
    await listBriefs({ spaceKey: 'OPS' }, { briefs });
    expect(briefs.spaces).toEqual(['MKT', 'OPS']);
  });
});

describe('saveRoleAssignments (use case)', () => {
  it('saves the project default for project admins only', async () => {
    const admin = portsWith(GRANTS.admin);
    expect(await saveRoleAssignments({ contextProjectKey: 'MKT', roleAssignments: { pm: ['acc-noah'] } }, CAMILLE, admin)).toEqual({
      saved: true,
    });
    expect(admin.roles.byProject.get('MKT')).toEqual({ pm: ['acc-noah'] });
    const editor = portsWith(GRANTS.editor);
    await expect(saveRoleAssignments({ projectKey: 'MKT', roleAssignments: { pm: ['acc-noah'] } }, CAMILLE, editor)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You need the administer projects permission in MKT to change the default role mapping.',
    });
    expect(editor.roles.byProject.size).toBe(0);
  });
});
