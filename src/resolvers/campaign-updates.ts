import type { CampaignPlan, CampaignRecord } from '../domain/model';
import { replan } from '../domain/plan/replan';
import { parseBrief } from '../domain/brief/parse-brief';
import { compareBrief, type PlanValuesForBrief } from '../domain/brief/compare';
import { epicFieldValues } from '../domain/creation/issue-payloads';
import { readIssueDates } from '../adapters/jira/issue-dates';
import { updateIssueFields } from '../adapters/jira/issue-fields';
import { listPeople } from '../adapters/jira/people';
import { findAppFieldIds } from '../adapters/jira/fields';
import { RetryGate } from '../adapters/http/retry';
import { getBriefPage } from '../adapters/confluence/pages';
import { getCampaignRecord, listCampaignRecords, saveCampaignRecord } from '../adapters/storage/campaign-records';
import type { BriefDifference, ReplanCampaignResult } from '../contracts/campaign-planner';
import { AppError } from '../shared/result';
import { contractResolver } from './define';
import { projectOf, requireProjectPermission } from './project-scope';
import { todayIso } from './planning';

/** The campaign behind an epic, visible to the caller (its epic must be readable as them). */
async function campaignOf(epicKey: string): Promise<CampaignRecord> {
  const record = await getCampaignRecord(epicKey);
  const visible = record ? await readIssueDates([epicKey]) : new Map();
  if (!record || !visible.has(epicKey)) {
    throw new AppError('NOT_FOUND', `epicKey: ${epicKey} is not a campaign created by Campaign Control, or you cannot see it`, 'epicKey');
  }
  return record;
}

/** Recomputes every date from a new launch date; with `apply`, moves the open issues (done work keeps its dates). */
async function replanRecord(record: CampaignRecord, launchDate: string, apply: boolean): Promise<ReplanCampaignResult & { plan: CampaignPlan }> {
  const rowKeys = Object.entries(record.issueKeys).filter(([rowId]) => rowId !== 'epic');
  const dates = await readIssueDates(rowKeys.map(([, key]) => key));
  const issues = Object.fromEntries(
    rowKeys.flatMap(([rowId, key]) => {
      const d = dates.get(key);
      return d ? [[rowId, { key, dueDate: d.dueDate, done: d.done }]] : [];
    }),
  );
  const result = replan({ plan: record.plan, newLaunchDate: launchDate, today: todayIso(), issues });
  let applied = 0;
  if (apply) {
    await requireProjectPermission(record.plan.projectKey, 'EDIT_ISSUES', 're-plan this campaign');
    // One issue at a time, so a refusal or a busy Jira stops cleanly; running it again finishes the rest,
    // because changes are computed against the issues' current dates.
    for (const change of result.changes.filter((c) => !c.done)) {
      await updateIssueFields(change.issueKey, { duedate: change.to });
      applied += 1;
    }
    await saveCampaignRecord({ ...record, plan: result.plan });
  }
  return { launchDate, changes: result.changes, applied, plan: result.plan };
}

export const replanCampaignResolver = contractResolver('replanCampaign',
  async (input) => {
    const record = await campaignOf(input.epicKey);
    const { launchDate, changes, applied } = await replanRecord(record, input.launchDate, input.apply === true);
    return { launchDate, changes, applied };
  },
);

/** What the plan says, in the shape the brief comparison reads; text fields are the values read when planning. */
function planValues(plan: CampaignPlan): PlanValuesForBrief {
  const fromBrief = (field: string): unknown => plan.brief?.values.find((v) => v.field === field)?.value;
  const text = (field: string): string | undefined => {
    const v = fromBrief(field);
    return typeof v === 'string' ? v : undefined;
  };
  const list = (field: string): string[] | undefined => {
    const v = fromBrief(field);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  };
  return {
    launchDate: plan.launchDate,
    budget: plan.budget,
    kpis: plan.kpis.map((k) => ({ kpiId: k.kpiId, name: k.name, target: k.target, unit: k.unit })),
    approvers: [...new Set(plan.gates.flatMap((g) => g.approverAccountIds))],
    channels: list('channels'),
    objective: text('objective'),
    audience: text('audience'),
    keyMessages: list('keyMessages'),
  };
}

/** Records that the plan now follows the brief for a text field (nothing to change in Jira). */
function acknowledge(plan: CampaignPlan, field: string, value: unknown): CampaignPlan {
  if (!plan.brief) return plan;
  const values = plan.brief.values.filter((v) => v.field !== field);
  const source = plan.brief.values.find((v) => v.field === field)?.source ?? 'the brief';
  return { ...plan, brief: { ...plan.brief, values: [...values, { field: field as never, value, source }] } };
}


export const compareWithBriefResolver = contractResolver('compareWithBrief',
  async (input) => {
    let record = await campaignOf(input.epicKey);
    const brief = record.plan.brief;
    if (!brief) throw new AppError('INVALID_INPUT', `epicKey: ${input.epicKey} was not planned from a Confluence brief`, 'epicKey');
    const [page, people] = await Promise.all([getBriefPage(brief.pageId), listPeople()]);
    const parsed = parseBrief({ pageId: page.id, title: page.title, url: page.url, version: page.version, storage: page.storage, people, campaignCurrency: record.plan.budget.currency });
    const differences: BriefDifference[] = compareBrief(planValues(record.plan), parsed);
    const accept = input.accept ?? [];
    accept.forEach((field, i) => {
      if (!differences.some((d) => d.field === field)) {
        throw new AppError('INVALID_INPUT', `accept.${i}: '${field}' is not one of the differences (${differences.map((d) => d.field).join(', ') || 'none'})`, `accept.${i}`);
      }
    });
    if (accept.length === 0) return { briefVersion: page.version, differences, applied: [] };

    await requireProjectPermission(record.plan.projectKey, 'EDIT_ISSUES', 'apply brief changes to this campaign');
    const chosen = differences.filter((d) => accept.includes(d.field));
    let plan = record.plan;
    for (const d of chosen) {
      if (d.field === 'budget') plan = { ...plan, budget: parsed.fields.budget ? { amount: parsed.fields.budget.amount, currency: parsed.fields.budget.currency } : plan.budget };
      else if (d.field.startsWith('kpis.')) plan = { ...plan, kpis: acceptKpi(plan, d) };
      else if (d.field !== 'launchDate') plan = acknowledge(plan, d.field, d.inBrief);
    }
    if (chosen.some((d) => d.field === 'budget' || d.field.startsWith('kpis.'))) {
      const fieldValues = epicFieldValues(plan, await findAppFieldIds(new RetryGate()));
      if (Object.keys(fieldValues).length > 0) await updateIssueFields(input.epicKey, fieldValues);
    }
    record = { ...record, plan };
    await saveCampaignRecord(record);
    const launch = chosen.find((d) => d.field === 'launchDate');
    if (launch && parsed.fields.launchDate) await replanRecord(record, parsed.fields.launchDate, true);
    return { briefVersion: page.version, differences: differences.filter((d) => !accept.includes(d.field)), applied: chosen.map((d) => d.field) };
  },
);

/** A KPI the brief adds, drops or re-targets (`kpis.<id>`), applied to the plan's KPI list. */
function acceptKpi(plan: CampaignPlan, d: BriefDifference): CampaignPlan['kpis'] {
  const id = d.field.slice('kpis.'.length);
  const inBrief = d.inBrief as { name: string; target: number; unit: CampaignPlan['kpis'][number]['unit'] } | null;
  const existing = plan.kpis.find((k) => k.kpiId === id);
  if (!inBrief) return plan.kpis.filter((k) => k.kpiId !== id);
  if (existing) return plan.kpis.map((k) => (k.kpiId === id ? { ...k, target: inBrief.target, unit: inBrief.unit } : k));
  const slug = id.replace(/[^a-z0-9-]/g, '-').slice(0, 60) || 'kpi';
  return [
    ...plan.kpis,
    { kpiId: slug, name: inBrief.name, unit: inBrief.unit, target: inBrief.target, direction: 'higher_is_better', windowStart: plan.launchDate, windowEnd: plan.launchDate },
  ];
}

/** The campaigns created in a project whose epic the caller can see, newest first (for re-plan and compare). */
export const listCampaignsResolver = contractResolver('listCampaigns',
  async (input, caller) => {
    const projectKey = projectOf(caller, input.projectKey);
    await requireProjectPermission(projectKey, 'BROWSE_PROJECTS', 'see its campaigns');
    const records = (await listCampaignRecords()).filter((r) => r.plan.projectKey === projectKey);
    // Storage is the app's; visibility is Jira's: only list epics this user can read.
    const visible = await readIssueDates(records.map((r) => r.epicKey));
    return {
      campaigns: records
        .filter((r) => visible.has(r.epicKey))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((r) => ({
          epicKey: r.epicKey,
          name: r.plan.name,
          launchDate: r.plan.launchDate,
          budget: r.plan.budget,
          campaignLabel: r.plan.campaignLabel,
          createdAt: r.createdAt,
          ...(r.plan.brief ? { briefTitle: r.plan.brief.title } : {}),
        })),
    };
  },
);
