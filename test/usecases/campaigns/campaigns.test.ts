import { ATELIER_PRO_BRIEF } from '../../../local/confluence/seed-briefs';
import type { ProjectGrants } from '../../../src/domain/policy';
import type { CampaignRecord } from '../../../src/domain/model';
import { compareWithBrief } from '../../../src/usecases/campaigns/compare-with-brief';
import { listCampaigns } from '../../../src/usecases/campaigns/list-campaigns';
import { replanCampaign } from '../../../src/usecases/campaigns/replan-campaign';
import type { IssueDates } from '../../../src/usecases/ports/issue-dates';
import { planWith } from '../../app/creation/plan-fixture';
import { CAMILLE, campaignWorld, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';

const plan = planWith(1, 2);
const keys = { epic: 'MKT-1', 'milestone-1': 'MKT-2', 'task-1-1': 'MKT-3', 'task-1-2': 'MKT-4' };
const record: CampaignRecord = {
  epicKey: 'MKT-1',
  requestId: 'req-00000001',
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'acc-someone',
  plan,
  issueKeys: keys,
};
const issues = (doneKey?: string): IssueDates[] =>
  Object.entries(keys).map(([rowId, key]) => ({
    key,
    dueDate: plan.rows.find((r) => r.rowId === rowId)?.dueDate ?? null,
    done: key === doneKey,
  }));

function portsFor(grants: ProjectGrants, records: CampaignRecord[] = [record], visible: IssueDates[] = issues()) {
  const world = campaignWorld(records, visible);
  return {
    ...world,
    grants: grantsPort({ MKT: grants }),
    clock: fixedClock('2026-10-01T09:00:00.000Z'),
    people: { list: async () => [] },
    campaigns: { all: async () => records },
    snapshots: { load: async () => undefined },
  };
}

describe('replanCampaign (use case)', () => {
  it('shows what a new launch date moves to anyone who sees the epic, changing nothing', async () => {
    const ports = portsFor(GRANTS.viewer);
    const out = await replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-22' }, CAMILLE, ports);
    expect(out.applied).toBe(0);
    expect(out.changes.length).toBeGreaterThan(0);
    // The campaign being re-planned is replaced by its new dates, so it cannot conflict with itself.
    expect(out.conflicts).toEqual({ load: [], approvers: [], leveling: [] });
    expect(out.collisions).toEqual([]);
    expect(ports.updates).toEqual([]);
    // A viewer sees the changes but is told why they may not apply them (the policy's `campaign.replan`), in French.
    expect(out.mayApply).toEqual({
      allowed: false,
      refusal: 'Il vous faut la permission «\u202fModifier les tickets\u202f» dans MKT pour replanifier cette campagne.',
    });
    const editor = await replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-22' }, CAMILLE, portsFor(GRANTS.editor));
    expect(editor.mayApply).toEqual({ allowed: true, refusal: null });
  });

  it('moves the open issues, keeps done work, and saves the new plan for editors', async () => {
    const ports = portsFor(GRANTS.editor, [record], issues('MKT-3'));
    const out = await replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-22', apply: true }, CAMILLE, ports);
    expect(out.applied).toBe(out.changes.filter((c) => !c.done).length);
    expect(ports.updates.map((u) => u.issueKey)).not.toContain('MKT-3');
    expect(ports.saved[0]?.plan.launchDate).toBe('2026-12-22');
  });

  it("rewrites the portfolio line of a campaign nobody has computed yet, and leaves a computed one to Jira's events", async () => {
    const saved: { launchDate: string }[] = [];
    const store = { save: async (r: { launchDate: string }) => void saved.push(r), saveIfAbsent: async () => true };
    const never = { ...portsFor(GRANTS.editor), portfolioLine: { store, snapshots: { load: async () => undefined } } };
    await replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-22', apply: true }, CAMILLE, never);
    expect(saved.map((r) => r.launchDate)).toEqual(['2026-12-22']);
    // A preview changes nothing, and a computed campaign (a stored snapshot) is refreshed by the issue events.
    await replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-29' }, CAMILLE, never);
    const computed = { ...portsFor(GRANTS.editor), portfolioLine: { store, snapshots: { load: async () => ({}) as never } } };
    await replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-29', apply: true }, CAMILLE, computed);
    expect(saved).toHaveLength(1);
  });

  it('refuses a viewer who applies, and a campaign the user cannot see', async () => {
    const viewer = portsFor(GRANTS.viewer);
    await expect(replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-22', apply: true }, CAMILLE, viewer)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You need the edit issues permission in MKT to re-plan this campaign.',
    });
    expect(viewer.updates).toEqual([]);
    await expect(
      replanCampaign({ epicKey: 'MKT-1', launchDate: '2026-12-22' }, CAMILLE, portsFor(GRANTS.editor, [record], [])),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'epicKey' });
    await expect(replanCampaign({ epicKey: 'MKT-9', launchDate: '2026-12-22' }, CAMILLE, portsFor(GRANTS.editor))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'epicKey',
    });
  });
});

describe('listCampaigns (use case)', () => {
  it("lists the project's campaigns whose epic the user sees, newest first", async () => {
    const newer = { ...record, epicKey: 'MKT-10', createdAt: '2026-11-05T09:00:00.000Z' };
    const hidden = { ...record, epicKey: 'MKT-20' };
    const elsewhere = { ...record, epicKey: 'OPS-1', plan: { ...plan, projectKey: 'OPS' } };
    const visible = [...issues(), { key: 'MKT-10', dueDate: null, done: false }, { key: 'OPS-1', dueDate: null, done: false }];
    const out = await listCampaigns({ projectKey: 'MKT' }, CAMILLE, portsFor(GRANTS.viewer, [record, newer, hidden, elsewhere], visible));
    expect(out.campaigns.map((c) => c.epicKey)).toEqual(['MKT-10', 'MKT-1']);
  });

  it('refuses outsiders as not found', async () => {
    await expect(listCampaigns({ projectKey: 'MKT' }, CAMILLE, portsFor(GRANTS.outsider))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('compareWithBrief (use case)', () => {
  const briefed: CampaignRecord = {
    ...record,
    plan: { ...plan, brief: { pageId: '42', title: 'Brief', url: '/wiki/pages/42', version: 1, values: [], problems: [] } },
  };
  const extra = {
    briefs: {
      page: async (id: string) => ({ id, title: 'Brief', version: 5, storage: ATELIER_PRO_BRIEF, url: `/wiki/pages/${id}` }),
      inSpace: async () => [],
    },
    people: { list: async () => [] },
    appFields: { ids: async () => ({ campaignBudget: 'customfield_2' }) },
  };

  it('lists the differences to anyone who sees the epic, and applies the accepted ones for editors', async () => {
    const ports = { ...portsFor(GRANTS.editor, [briefed]), ...extra };
    const seen = await compareWithBrief({ epicKey: 'MKT-1' }, CAMILLE, ports);
    expect(seen).toMatchObject({ briefVersion: 5, applied: [] });
    expect(seen.differences.map((d) => d.field)).toContain('budget');
    const out = await compareWithBrief({ epicKey: 'MKT-1', accept: ['budget'] }, CAMILLE, ports);
    expect(out.applied).toEqual(['budget']);
    expect(out.differences.map((d) => d.field)).not.toContain('budget');
    expect(ports.saved[0]?.plan.budget).toEqual({ amount: 120000, currency: 'EUR' });
    expect(ports.updates).toEqual([{ issueKey: 'MKT-1', fields: { customfield_2: expect.anything() } }]);
  });

  it('refuses an unknown accepted field, a campaign without a brief, and viewers who accept', async () => {
    const ports = { ...portsFor(GRANTS.viewer, [briefed]), ...extra };
    await expect(compareWithBrief({ epicKey: 'MKT-1', accept: ['nope'] }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'accept.0',
    });
    await expect(compareWithBrief({ epicKey: 'MKT-1', accept: ['budget'] }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/apply brief changes to this campaign/),
    });
    expect(ports.saved).toEqual([]);
    const { brief: _brief, ...unbriefed } = plan;
    await expect(
      compareWithBrief({ epicKey: 'MKT-1' }, CAMILLE, { ...portsFor(GRANTS.editor, [{ ...record, plan: unbriefed }]), ...extra }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'epicKey' });
  });
});
