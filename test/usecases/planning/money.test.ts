import { builtInTemplate } from '../../../src/domain/templates';
import { createCampaign } from '../../../src/usecases/creation/create-campaign';
import { previewCampaign, type PreviewCampaignInput } from '../../../src/usecases/planning/preview-campaign';
import { memoryJobs, memoryQueue } from '../creation/memory-jobs';
import { CAMILLE, fixedClock, GRANTS, grantsPort, templateStore } from '../support/planner-ports';

const BLACK_FRIDAY = builtInTemplate('black-friday-omnichannel');
if (!BLACK_FRIDAY) throw new Error('the app ships the Black Friday template');
const PEOPLE = [{ accountId: 'acc-camille', displayName: 'Camille Martin' }];
const ports = () => ({
  grants: grantsPort({ MKT: GRANTS.contributor }),
  templates: templateStore(),
  people: { list: async () => PEOPLE },
  assignable: { assignableIn: async () => PEOPLE.map((p) => p.accountId) },
  roles: { get: async () => undefined, save: async () => undefined },
  briefs: {
    page: async (): Promise<never> => {
      throw new Error('no brief in these tests');
    },
    inSpace: async () => [],
  },
  campaigns: { all: async () => [] },
  snapshots: { load: async () => undefined },
  clock: fixedClock('2026-01-05T10:00:00.000Z'),
  jobs: memoryJobs(),
  queue: memoryQueue(false),
});
// The Black Friday template's reference budget is in USD; the PM plans in euros.
const input: PreviewCampaignInput = {
  projectKey: 'MKT',
  templateId: BLACK_FRIDAY.id,
  launchDate: '2026-11-27',
  budget: { amount: 80000, currency: 'EUR' },
  holidayCalendar: 'FR',
};

describe('the PM’s money through preview and creation (use cases)', () => {
  it('keeps the PM’s currency and budget from the preview to the queued creation', async () => {
    expect(BLACK_FRIDAY.referenceBudget.currency).toBe('USD');
    const p = ports();
    const { plan } = await previewCampaign(input, CAMILLE, p);
    expect(plan.budget).toEqual({ amount: 80000, currency: 'EUR' });
    expect(plan.warnings.filter((w) => w.kind === 'budget')).toEqual([]);
    const planned = plan.rows.reduce((s, r) => s + Math.round((r.plannedCost ?? 0) * 100), 0);
    const shares = BLACK_FRIDAY.tasks.reduce((s, t) => s + (t.plannedCost?.amount ?? 0), 0) / BLACK_FRIDAY.referenceBudget.amount;
    expect(planned).toBe(Math.round(shares * 80000 * 100));
    const revenue = BLACK_FRIDAY.kpis.find((k) => k.id === 'revenue')?.target ?? NaN;
    expect(plan.kpis.find((k) => k.kpiId === 'revenue')?.target).toBe(
      Math.round((revenue * 80000 * 100) / BLACK_FRIDAY.referenceBudget.amount) / 100,
    );

    const { jobId } = await createCampaign({ requestId: 'req-money-0001', plan }, CAMILLE, p);
    expect((await p.jobs.input(jobId))?.plan.budget).toEqual({ amount: 80000, currency: 'EUR' });
  });

  it('refuses a budget above the maximum at preview and at creation, naming the field in the reader’s language', async () => {
    const p = ports();
    const huge = { ...input, budget: { amount: 999999999999999, currency: 'USD' } };
    await expect(previewCampaign(huge, CAMILLE, p)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'budget.amount',
      wording: { key: 'errors.budgetTooLarge', params: { field: 'budget.amount', currency: 'USD' } },
    });
    const { plan } = await previewCampaign(input, CAMILLE, p);
    const forged = { ...plan, budget: { amount: 999999999999999, currency: 'EUR' } };
    await expect(createCampaign({ requestId: 'req-money-0002', plan: forged }, CAMILLE, p)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'plan.budget.amount',
    });
    expect(p.queue.pushed).toEqual([]);
  });

  it('remarks on a budget of 0 in the PM’s language (French for Camille)', async () => {
    const { plan } = await previewCampaign({ ...input, budget: { amount: 0, currency: 'EUR' } }, CAMILLE, ports());
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ kind: 'budget', field: 'budget.amount', message: expect.stringMatching(/^Le budget est de 0\u202f:/) }),
    );
  });
});
