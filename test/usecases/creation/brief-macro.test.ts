import { plannedLinks } from '../../../src/domain/creation/links';
import { statusMacroIssueKeys } from '../../../src/domain/macro/status-macro';
import type { CampaignPlan, CreationJob } from '../../../src/domain/model';
import { DomainError } from '../../../src/domain/errors';
import { createCampaign } from '../../../src/usecases/creation/create-campaign';
import { insertBriefMacro } from '../../../src/usecases/creation/insert-brief-macro';
import { runCreation } from '../../../src/usecases/creation/run-creation';
import type { BriefPageWriterPort, WritableBriefPage } from '../../../src/usecases/ports/brief-page-writer';
import { planWith } from '../../app/creation/plan-fixture';
import { CAMILLE, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';
import { FakeJira } from './fake-jira';
import { memoryJobs, memoryQueue } from './memory-jobs';

const BRIEF = '<h1>Brief</h1><p>Budget : 95 000 €</p>';

/** A Confluence page in memory: versioned as Confluence does (`version` must be current + 1, else 409). */
class MemoryPage implements BriefPageWriterPort {
  page: WritableBriefPage = { id: '1638403', title: 'Black Friday 2026', version: 4, storage: BRIEF };
  writes: { version: number; message: string }[] = [];
  /** Someone else saves the page just before each of our next `n` writes. */
  concurrentSaves = 0;
  gone = false;
  refuse?: DomainError;
  private ids = 0;

  read = async (pageId: string): Promise<WritableBriefPage | null> => (!this.gone && pageId === this.page.id ? { ...this.page } : null);
  update = async (from: WritableBriefPage, storage: string, message: string): Promise<'updated' | 'conflict'> => {
    if (this.refuse) throw this.refuse;
    if (this.concurrentSaves > 0) {
      this.concurrentSaves--;
      this.page = { ...this.page, version: this.page.version + 1, storage: `${this.page.storage}<p>Edit by Léa</p>` };
    }
    // Confluence: the new version must be the current one + 1.
    if (from.version + 1 !== this.page.version + 1) return 'conflict';
    this.page = { ...this.page, version: from.version + 1, storage };
    this.writes.push({ version: this.page.version, message });
    return 'updated';
  };
  app = () => ({ appId: 'app-1', environmentId: 'env-1', environmentType: 'DEVELOPMENT' });
  newId = () => `local-${++this.ids}`;
}

describe('inserting the status macro into the brief page', () => {
  it('writes version current + 1 with the macro first and the page kept whole after it', async () => {
    const pages = new MemoryPage();
    expect(await insertBriefMacro({ pageId: '1638403', epicKey: 'MKT-12', language: 'fr' }, pages)).toEqual({ kind: 'inserted' });
    expect(pages.page.version).toBe(5);
    expect(pages.writes).toEqual([{ version: 5, message: 'Campaign Control\u202f: statut en direct de la campagne MKT-12' }]);
    expect(pages.page.storage.endsWith(BRIEF)).toBe(true);
    expect(statusMacroIssueKeys(pages.page.storage)).toEqual(['MKT-12']);
    expect(pages.page.storage).toContain('<ac:adf-parameter key="extension-title">Statut de campagne</ac:adf-parameter>');
    // Run again (a resumed job): the page already shows it, nothing is written.
    expect(await insertBriefMacro({ pageId: '1638403', epicKey: 'MKT-12', language: 'fr' }, pages)).toEqual({ kind: 'present' });
    expect(pages.writes).toHaveLength(1);
  });

  it('on a conflict re-reads the page and builds on the newer version, losing nobody’s edit', async () => {
    const pages = new MemoryPage();
    pages.concurrentSaves = 1;
    expect(await insertBriefMacro({ pageId: '1638403', epicKey: 'MKT-12', language: 'en' }, pages)).toEqual({ kind: 'inserted' });
    expect(pages.page.version).toBe(6);
    expect(pages.page.storage.endsWith(`${BRIEF}<p>Edit by Léa</p>`)).toBe(true);
    expect(statusMacroIssueKeys(pages.page.storage)).toEqual(['MKT-12']);
  });

  it('gives up after a second conflict and leaves the page as the others saved it', async () => {
    const pages = new MemoryPage();
    pages.concurrentSaves = 2;
    expect(await insertBriefMacro({ pageId: '1638403', epicKey: 'MKT-12', language: 'en' }, pages)).toEqual({ kind: 'conflict' });
    expect(pages.writes).toEqual([]);
    expect(statusMacroIssueKeys(pages.page.storage)).toEqual([]);
    expect(pages.page.storage).toBe(`${BRIEF}<p>Edit by Léa</p><p>Edit by Léa</p>`);
  });
});

const freshJob = (plan: CampaignPlan): CreationJob => ({
  jobId: 'job-1',
  requestId: 'req-00000001',
  state: 'queued',
  totalIssues: plan.rows.length + 1,
  totalLinks: plannedLinks(plan).length,
  createdIssues: 0,
  createdLinks: 0,
  issueKeys: {},
  errors: [],
  attempts: 0,
  updatedAt: '2026-11-24T09:00:00.000Z',
});
const inputOf = (plan: CampaignPlan, insertStatusMacro?: boolean) => ({
  requestId: 'req-00000001',
  createdBy: 'acc-camille',
  createdAt: '2026-11-24T09:00:00.000Z',
  plan,
  ...(insertStatusMacro !== undefined ? { insertStatusMacro } : {}),
});

describe('the creation job and the PM’s consent', () => {
  const plan = planWith(1, 2);

  it('adds the macro to the brief once the epic exists, only with the consent', async () => {
    const withConsent = new MemoryPage();
    const jira = new FakeJira();
    const job = await runCreation(freshJob(plan), inputOf(plan, true), { ...jira.ports(), briefPages: withConsent });
    expect(job.state).toBe('done');
    expect(statusMacroIssueKeys(withConsent.page.storage)).toEqual([job.epicKey]);

    for (const consent of [false, undefined]) {
      const pages = new MemoryPage();
      const done = await runCreation(freshJob(plan), inputOf(plan, consent), { ...new FakeJira().ports(), briefPages: pages });
      expect(done.state).toBe('done');
      expect(pages.writes).toEqual([]);
      expect(pages.page.storage).toBe(BRIEF);
    }
  });

  it('a page it could not change is a worded warning on a campaign that is created all the same', async () => {
    const busy = new MemoryPage();
    busy.concurrentSaves = 2;
    const job = await runCreation(freshJob(plan), inputOf(plan, true), { ...new FakeJira().ports(), briefPages: busy });
    expect(job.state).toBe('done');
    expect(job.errors).toEqual([
      expect.objectContaining({ rowId: 'epic', field: 'briefMacro', code: 'creation.briefMacroConflict', params: { pageId: '1638403' } }),
    ]);
    expect(busy.page.storage).toBe(`${BRIEF}<p>Edit by Léa</p><p>Edit by Léa</p>`);

    const refused = new MemoryPage();
    refused.refuse = new DomainError('FORBIDDEN', 'You may not edit this page');
    const forbidden = await runCreation(freshJob(plan), inputOf(plan, true), { ...new FakeJira().ports(), briefPages: refused });
    expect(forbidden.state).toBe('done');
    expect(forbidden.errors[0]).toMatchObject({
      code: 'creation.briefMacroFailed',
      params: { pageId: '1638403', detail: 'You may not edit this page' },
    });
    expect(refused.page.storage).toBe(BRIEF);

    const gone = new MemoryPage();
    gone.gone = true;
    const missing = await runCreation(freshJob(plan), inputOf(plan, true), { ...new FakeJira().ports(), briefPages: gone });
    expect(missing.errors[0]).toMatchObject({ code: 'creation.briefMacroGone' });
  });

  it('createCampaign stores the consent only when given and only for a plan with a brief', async () => {
    const ports = () => ({
      grants: grantsPort({ MKT: GRANTS.contributor }),
      jobs: memoryJobs(),
      queue: memoryQueue(false),
      clock: fixedClock('2026-10-01T09:00:00.000Z'),
      assignable: { assignableIn: async () => [...new Set(plan.rows.flatMap((r) => (r.assigneeAccountId ? [r.assigneeAccountId] : [])))] },
    });
    const storedInput = async (extra: object, p: CampaignPlan = plan) => {
      const used = ports();
      const { jobId } = await createCampaign({ requestId: 'req-00000001', plan: p, ...extra }, CAMILLE, used);
      return used.jobs.input(jobId);
    };
    expect(await storedInput({ insertStatusMacro: true })).toMatchObject({ insertStatusMacro: true });
    expect(await storedInput({})).not.toHaveProperty('insertStatusMacro');
    expect(await storedInput({ insertStatusMacro: false })).not.toHaveProperty('insertStatusMacro');
    const { brief: _brief, ...withoutBrief } = plan;
    expect(await storedInput({ insertStatusMacro: true }, withoutBrief)).not.toHaveProperty('insertStatusMacro');
  });
});
