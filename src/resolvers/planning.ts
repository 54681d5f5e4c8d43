import { languageOf, type CampaignPlan, type Money, type PlanBrief, type PlanWarning } from '../domain/model';
import { buildPlan } from '../domain/plan/build-plan';
import { applyOverrides } from '../domain/plan/overrides';
import { withBriefKpis } from '../domain/plan/brief-kpis';
import { parseBrief, type ParsedBrief } from '../domain/brief/parse-brief';
import { getBriefPage, listSpacePages } from '../adapters/confluence/pages';
import { listPeople, type Person } from '../adapters/jira/people';
import { getRoleAssignments, saveRoleAssignments } from '../adapters/storage/role-assignments';
import { AppError } from '../shared/result';
import { contractResolver } from './define';
import { projectOf, requireProjectPermission } from './project-scope';
import { findTemplate } from './templates';

/** Today as the server sees it (UTC calendar day): plans are checked against it for work in the past. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Differences between what the PM typed and what the brief says are shown, never silently resolved. */
function briefMismatches(parsed: ParsedBrief, launchDate: string, budget: Money): PlanWarning[] {
  const out: PlanWarning[] = [];
  const source = (field: string): string => parsed.brief.values.find((v) => v.field === field)?.source ?? 'the brief';
  const { fields } = parsed;
  if (fields.launchDate && fields.launchDate !== launchDate) {
    out.push({ kind: 'brief', field: 'launchDate', message: `launchDate: the brief says ${fields.launchDate} (${source('launchDate')}), the plan uses ${launchDate}` });
  }
  if (fields.budget && (fields.budget.amount !== budget.amount || fields.budget.currency !== budget.currency)) {
    out.push({
      kind: 'brief',
      field: 'budget',
      message: `budget: the brief says ${fields.budget.amount} ${fields.budget.currency} (${source('budget')}), the plan uses ${budget.amount} ${budget.currency}`,
    });
  }
  return out;
}

async function readBrief(pageId: string, people: Person[], campaignCurrency: string): Promise<ParsedBrief> {
  const page = await getBriefPage(pageId);
  return parseBrief({ pageId: page.id, title: page.title, url: page.url, version: page.version, storage: page.storage, people, campaignCurrency });
}

/** Template + launch date + budget (+ brief, + the PM's edits) → the whole plan, checked, nothing created. */
export const previewCampaignResolver = contractResolver('previewCampaign', async (input, caller) => {
  const projectKey = projectOf(caller, input.projectKey);
  await requireProjectPermission(projectKey, 'CREATE_ISSUES', 'plan a campaign');
  const [template, people, storedRoles] = await Promise.all([findTemplate(input.templateId), listPeople(), getRoleAssignments(projectKey)]);
  const roleAssignments = input.roleAssignments ?? storedRoles ?? { pm: [caller.accountId] };
  const known = new Set(people.map((p) => p.accountId));
  for (const [role, ids] of Object.entries(roleAssignments)) {
    const stranger = (ids ?? []).find((id) => !known.has(id));
    if (stranger) throw new AppError('INVALID_INPUT', `roleAssignments.${role}: '${stranger}' is not a user of this site`, `roleAssignments.${role}`);
  }
  const parsedBrief = input.briefPageId ? await readBrief(input.briefPageId, people, input.budget.currency) : undefined;
  const today = todayIso();
  let plan: CampaignPlan = buildPlan({
    template,
    launchDate: input.launchDate,
    budget: input.budget,
    holidayCalendar: input.holidayCalendar,
    language: languageOf(caller.locale),
    projectKey,
    name: input.name,
    today,
    roleAssignments,
    brief: parsedBrief?.brief satisfies PlanBrief | undefined,
  });
  if (input.overrides) plan = applyOverrides(plan, input.overrides, { today, holidayCalendar: input.holidayCalendar });
  if (parsedBrief) plan = withBriefKpis({ ...plan, warnings: [...plan.warnings, ...briefMismatches(parsedBrief, input.launchDate, input.budget)] }, parsedBrief);
  return { plan, roleAssignments, people };
});

export const listBriefsResolver = contractResolver('listBriefs', async (input) => ({ pages: await listSpacePages(input.spaceKey ?? 'MKT') }));

/** Saves the role → people mapping as the project's default for the next plans (project admins). */
export const saveRoleAssignmentsResolver = contractResolver('saveRoleAssignments', async (input, caller) => {
  const projectKey = projectOf(caller, input.projectKey);
  await requireProjectPermission(projectKey, 'ADMINISTER_PROJECTS', 'change the default role mapping');
  await saveRoleAssignments(projectKey, input.roleAssignments);
  return { saved: true as const };
});
