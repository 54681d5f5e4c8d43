import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates';
import { createCampaign } from '../../../src/usecases/creation/create-campaign';
import { previewCampaign, type PreviewCampaignInput } from '../../../src/usecases/planning/preview-campaign';
import type { RoleAssignments } from '../../../src/usecases/ports/role-assignment-store';
import { NNBSP } from '../../../src/wording/typography';
import { memoryJobs, memoryQueue } from '../creation/memory-jobs';
import { CAMILLE, fixedClock, GRANTS, grantsPort, templateStore } from '../support/planner-ports';

const template = BUILT_IN_TEMPLATES[0];
if (!template) throw new Error('the app ships built-in templates');
const PEOPLE = [
  { accountId: 'acc-camille', displayName: 'Camille Martin' },
  { accountId: 'acc-noah', displayName: 'Noah Petit' },
  { accountId: 'acc-ines', displayName: 'Inès Moreau' },
];
/** Inès reads the project only: Jira does not let her be assigned issues. */
const ASSIGNABLE = ['acc-camille', 'acc-noah'];
const NOW = '2026-01-05T10:00:00.000Z';

const ports = () => ({
  grants: grantsPort({ MKT: GRANTS.contributor }),
  templates: templateStore(),
  people: { list: async () => PEOPLE },
  roles: { get: async () => undefined, save: async () => undefined },
  briefs: { page: async () => Promise.reject(new Error('no brief')), inSpace: async () => [] },
  campaigns: { all: async () => [] },
  snapshots: { load: async () => undefined },
  clock: fixedClock(NOW),
  assignable: { assignableIn: async () => ASSIGNABLE },
  jobs: memoryJobs(),
  queue: memoryQueue(),
});
const input = (over: Partial<PreviewCampaignInput> = {}): PreviewCampaignInput => ({
  projectKey: 'MKT',
  templateId: template.id,
  launchDate: '2026-09-15',
  budget: { amount: 50000, currency: 'EUR' },
  holidayCalendar: 'FR',
  ...over,
});
const ISO_IN_SENTENCE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('previewCampaign: guards before creation', () => {
  it('sorts a launch in the past into errors, worded in French, and offers the earliest feasible launch', async () => {
    const out = await previewCampaign(input({ launchDate: '2026-01-20' }), CAMILLE, ports());
    expect(out.errors).toBeGreaterThan(0);
    expect(out.errors! + out.warnings!).toBe(out.plan.warnings.length);
    const errors = out.plan.warnings.filter((w) => w.severity === 'error');
    expect(errors.map((w) => w.code)).toContain('plan.doesNotFit');
    for (const w of out.plan.warnings.filter((x) => x.code)) expect(w.message).not.toMatch(ISO_IN_SENTENCE);
    expect(errors.find((w) => w.code === 'plan.doesNotFit')?.message).toMatch(new RegExp(`^Le plan ne tient pas${NNBSP}: `));

    const earliest = out.earliestLaunch;
    expect(earliest && earliest.launchDate > '2026-01-20').toBe(true);
    expect(earliest?.moves.length).toBeGreaterThan(0);
    const moved = await previewCampaign(input({ launchDate: earliest?.launchDate }), CAMILLE, ports());
    expect(moved.plan.warnings.filter((w) => w.kind === 'in_past' || w.code === 'plan.doesNotFit')).toEqual([]);
  });

  it('remarks on a launch in 2099', async () => {
    const out = await previewCampaign(input({ launchDate: '2099-06-15' }), CAMILLE, ports());
    expect(out.plan.warnings).toContainEqual(expect.objectContaining({ code: 'plan.launchFarOut', severity: 'warning' }));
    expect(out.plan.warnings.find((w) => w.code === 'plan.launchFarOut')?.message).toMatch(/15 juin 2099/);
  });

  it('catches self-approval at preview: hands the sign-off to another person of the role, or errs when there is none', async () => {
    const withNoah: RoleAssignments = { pm: ['acc-camille'], brand: ['acc-camille', 'acc-noah'] };
    const out = await previewCampaign(input({ roleAssignments: withNoah }), CAMILLE, ports());
    expect(out.plan.gates.find((g) => g.gateId === 'brand')?.approverAccountIds).toEqual(['acc-noah']);
    const sod = out.plan.warnings.find((w) => w.rowId === 'brand' && w.kind === 'separation_of_duties');
    expect(sod).toMatchObject({ code: 'plan.sodReplaced', severity: 'warning' });
    expect(sod?.message).toMatch(/Camille Martin .* Noah Petit/);

    const alone = await previewCampaign(input({ roleAssignments: { pm: ['acc-camille'], brand: ['acc-camille'] } }), CAMILLE, ports());
    expect(alone.plan.warnings).toContainEqual(
      expect.objectContaining({ rowId: 'brand', code: 'plan.sodNoReplacement', severity: 'error' }),
    );
  });

  it('offers only assignable people and errs on a plan that names a read-only person', async () => {
    const out = await previewCampaign(input({ roleAssignments: { pm: ['acc-camille'], designer: ['acc-ines'] } }), CAMILLE, ports());
    expect(out.assignableAccountIds).toEqual(ASSIGNABLE);
    const refused = out.plan.warnings.filter((w) => w.code === 'plan.assigneeNotPermitted');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ severity: 'error', kind: 'not_permitted' });
    expect(refused[0]?.message).toMatch(/^Inès Moreau ne peut pas recevoir de travail dans MKT/);
  });

  it('words role names, never their slugs', async () => {
    const out = await previewCampaign(input(), CAMILLE, ports());
    const noAssignee = out.plan.warnings.filter((w) => w.code === 'plan.noAssignee');
    expect(noAssignee.length).toBeGreaterThan(0);
    for (const w of noAssignee) expect(w.message).not.toMatch(/_|'/);
  });
});

describe('createCampaign: errors need a second, explicit confirmation', () => {
  it('refuses a plan in the past without it, naming acceptErrors in the reader’s words, and creates it with it', async () => {
    const p = ports();
    const { plan, errors } = await previewCampaign(input({ launchDate: '2026-01-20' }), CAMILLE, p);
    expect(errors).toBeGreaterThan(0);
    const codes = [...new Set(plan.warnings.filter((w) => w.severity === 'error').map((w) => w.code ?? ''))];
    await expect(createCampaign({ requestId: 'req-guard-0001', plan }, CAMILLE, p)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'acceptErrors',
      wording: { key: 'plan.createNeedsConfirmation' },
    });
    // Confirming only some of the errors is not confirming them.
    await expect(
      createCampaign({ requestId: 'req-guard-0001', plan, acceptErrors: true, acceptedErrorCodes: codes.slice(1) }, CAMILLE, p),
    ).rejects.toMatchObject({ field: 'acceptErrors' });
    await expect(createCampaign({ requestId: 'req-guard-0001', plan, acceptedErrorCodes: codes }, CAMILLE, p)).rejects.toMatchObject({
      field: 'acceptErrors',
    });
    const created = await createCampaign({ requestId: 'req-guard-0001', plan, acceptErrors: true, acceptedErrorCodes: codes }, CAMILLE, p);
    expect(p.queue.pushed).toEqual([{ jobId: created.jobId }]);
  });

  it('creates a plan without errors at once, and refuses one whose assignee cannot be assigned, even if the page dropped the warning', async () => {
    const p = ports();
    const { plan, errors } = await previewCampaign(input(), CAMILLE, p);
    expect(errors).toBe(0);
    await expect(createCampaign({ requestId: 'req-guard-0002', plan }, CAMILLE, p)).resolves.toMatchObject({ jobId: expect.any(String) });
    const [first, ...rest] = plan.rows;
    if (!first) throw new Error('the plan has rows');
    const tampered = { ...plan, warnings: [], rows: [{ ...first, assigneeAccountId: 'acc-ines' }, ...rest] };
    await expect(createCampaign({ requestId: 'req-guard-0003', plan: tampered }, CAMILLE, p)).rejects.toMatchObject({
      field: 'acceptErrors',
      message: expect.stringMatching(/plan\.assigneeNotPermitted/),
    });
  });
});
