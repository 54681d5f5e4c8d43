import type { EarliestLaunch, PlanOverrides, PreviewCampaignResult } from '../../contracts/campaign-planner';
import { briefMismatches } from '../../domain/brief/mismatches';
import { DomainError } from '../../domain/errors';
import { languageOf, type CampaignPlan, type HolidayCalendar, type Money, type PlanBrief } from '../../domain/model';
import { withBriefKpis } from '../../domain/plan/brief-kpis';
import { buildPlan, type BuildPlanInput } from '../../domain/plan/build-plan';
import { earliestFeasibleLaunch, guardPlan, severityCounts, type GuardContext } from '../../domain/plan/guards';
import { applyOverrides } from '../../domain/plan/overrides';
import { planTargeting } from '../../domain/targeting';
import { wordStored } from '../../wording/messages';
import type { ActingUser } from '../acting-user';
import type { AssignablePeoplePort } from '../ports/assignable-people';
import { authoriseProjectAction } from '../authorise';
import type { BriefPagesPort } from '../ports/brief-pages';
import { todayIn, type Clock } from '../ports/clock';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { RoleAssignments, RoleAssignmentStorePort } from '../ports/role-assignment-store';
import type { TemplateStorePort } from '../ports/template-store';
import { projectKeyOf, type ProjectScoped } from '../project-key';
import { conflictsOfPlan, type PlanConflictPorts } from '../portfolio/plan-conflicts';
import { collisionsOfPlan, type PlanCollisionPorts } from '../portfolio/plan-collisions';
import { readingOnce } from '../portfolio/other-campaigns';
import { findTemplate } from '../templates/find-template';
import { parsePage, type readBrief } from './read-brief';
import { withAiReading } from './ai-brief';
import type { LanguageModelPort } from '../ports/language-model';

export interface PreviewCampaignPorts extends PlanConflictPorts, PlanCollisionPorts {
  grants: ProjectGrantsPort;
  templates: TemplateStorePort;
  people: PeopleDirectoryPort;
  roles: RoleAssignmentStorePort;
  briefs: BriefPagesPort;
  clock: Clock;
  assignable: AssignablePeoplePort;
  /** The site's model, for the brief's optional AI reading (`briefAi`); absent, the AI is simply off. */
  llm?: LanguageModelPort;
}

export interface PreviewCampaignInput extends ProjectScoped {
  templateId: string;
  launchDate: string;
  budget: Money;
  holidayCalendar: HolidayCalendar;
  briefPageId?: string;
  overrides?: PlanOverrides;
  roleAssignments?: RoleAssignments;
  name?: string;
  audiences?: string[];
  channels?: string[];
  briefPicks?: { launchDate?: string };
  briefAi?: boolean;
}

/** Refuses a mapping that names someone who is not a user of this site. */
function checkPeople(roleAssignments: RoleAssignments, people: readonly { accountId: string }[]): void {
  const known = new Set(people.map((p) => p.accountId));
  // A role may be present with no list (an optional key written as undefined).
  for (const [role, ids] of Object.entries<string[] | undefined>(roleAssignments)) {
    const stranger = (ids ?? []).find((id) => !known.has(id));
    if (stranger)
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.notAUser', params: { field: `roleAssignments.${role}`, accountId: stranger } },
        `roleAssignments.${role}`,
      );
  }
}

/** Every warning in the reader's language (the domain words them in English, with their code and parameters). */
const worded = (plan: CampaignPlan, locale: string | null | undefined): CampaignPlan => ({
  ...plan,
  warnings: wordStored(locale, plan.warnings),
});

/** The plan at a launch date: built from the template, the PM's edits applied, then guarded. */
type PlanAt = (launchDate: string) => CampaignPlan;

function planMaker(
  base: Omit<BuildPlanInput, 'launchDate'>,
  input: PreviewCampaignInput,
  guard: GuardContext,
  parsedBrief: Awaited<ReturnType<typeof readBrief>> | undefined,
): PlanAt {
  return (launchDate) => {
    let plan: CampaignPlan = buildPlan({ ...base, launchDate });
    if (input.overrides) plan = applyOverrides(plan, input.overrides, { today: base.today, holidayCalendar: input.holidayCalendar });
    if (parsedBrief)
      plan = withBriefKpis(
        { ...plan, warnings: [...plan.warnings, ...briefMismatches(parsedBrief, launchDate, input.budget)] },
        parsedBrief,
      );
    const chosen = { audiences: input.audiences, channels: input.channels };
    return { ...guardPlan(plan, guard), ...planTargeting({ template: base.template, brief: plan.brief, chosen }) };
  };
}

/** The brief read as the PM (their today, their picks), with the AI's proposals when they asked for them. */
async function readPlanBrief(
  input: PreviewCampaignInput,
  pageId: string,
  people: Awaited<ReturnType<PeopleDirectoryPort['list']>>,
  lang: ReturnType<typeof languageOf>,
  today: string,
  ports: PreviewCampaignPorts,
): Promise<Awaited<ReturnType<typeof readBrief>>> {
  const page = await ports.briefs.page(pageId);
  const parsed = parsePage(page, people, input.budget.currency, lang, { today, ...(input.briefPicks ? { picks: input.briefPicks } : {}) });
  return input.briefAi ? withAiReading(parsed, page, ports.llm, lang, today) : parsed;
}

/** The earliest launch with no work before today, and which dates moving the launch there would change. */
function earliestLaunchOf(plan: CampaignPlan, today: string, planAt: PlanAt): EarliestLaunch {
  const earliest = earliestFeasibleLaunch(plan, today);
  if (earliest.launchDate === plan.launchDate) return { ...earliest, moves: [] };
  const moved = new Map(planAt(earliest.launchDate).rows.map((r) => [r.rowId, r.dueDate]));
  const moves = plan.rows.flatMap((r) => {
    const to = moved.get(r.rowId);
    return to && to !== r.dueDate ? [{ rowId: r.rowId, summary: r.summary, from: r.dueDate, to }] : [];
  });
  return { ...earliest, moves };
}

/**
 * Template + launch date + budget (+ brief, + the PM's edits) → the whole plan, checked, nothing created. The
 * mapping is the PM's, else the project's default, else the PM alone.
 * Errors: INVALID_INPUT `projectKey`; NOT_FOUND (cannot see the project); FORBIDDEN (cannot create issues there);
 * NOT_FOUND `templateId`; INVALID_INPUT `roleAssignments.<role>`, and the plan's own (`launchDate`, `overrides.…`);
 * the brief's (NOT_FOUND or INVALID_INPUT `briefPageId`) from the pages port and the parser.
 */
export async function previewCampaign(
  input: PreviewCampaignInput,
  user: ActingUser,
  ports: PreviewCampaignPorts,
): Promise<PreviewCampaignResult> {
  const projectKey = projectKeyOf(input);
  await authoriseProjectAction(ports.grants, user, projectKey, 'campaign.plan');
  const [template, people, storedRoles, assignable] = await Promise.all([
    findTemplate(input.templateId, ports.templates),
    ports.people.list(),
    ports.roles.get(projectKey),
    ports.assignable.assignableIn(projectKey),
  ]);
  const roleAssignments = input.roleAssignments ?? storedRoles ?? { pm: [user.accountId] };
  checkPeople(roleAssignments, people);
  const today = todayIn(ports.clock);
  const parsedBrief = input.briefPageId
    ? await readPlanBrief(input, input.briefPageId, people, languageOf(user.locale), today, ports)
    : undefined;
  const names = new Map(people.map((p) => [p.accountId, p.displayName]));
  const guard: GuardContext = { today, reporterAccountId: user.accountId, permitted: new Set(assignable), names };
  const planAt = planMaker(
    {
      template,
      budget: input.budget,
      holidayCalendar: input.holidayCalendar,
      language: languageOf(user.locale),
      projectKey,
      name: input.name,
      today,
      roleAssignments,
      brief: parsedBrief?.brief satisfies PlanBrief | undefined,
    },
    input,
    guard,
    parsedBrief,
  );
  const plan = worded(planAt(input.launchDate), user.locale);
  const once = readingOnce(ports);
  const [conflicts, collisions] = await Promise.all([conflictsOfPlan(plan, today, names, once), collisionsOfPlan(plan, once)]);
  const result = {
    plan,
    roleAssignments,
    people,
    conflicts,
    collisions,
    ...severityCounts(plan.warnings),
    earliestLaunch: earliestLaunchOf(plan, today, planAt),
    assignableAccountIds: assignable,
  };
  return result;
}
