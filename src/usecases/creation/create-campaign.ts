import type { CreateCampaignResult } from '../../contracts/campaign-planner';
import { DomainError } from '../../domain/errors';
import { uniqueSlugs, type CampaignPlan } from '../../domain/model';
import { checkedBudget } from '../../domain/plan/budget';
import { may, type Actor } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { planErrors } from '../../domain/plan/guards';
import type { AssignablePeoplePort } from '../ports/assignable-people';
import { todayIn } from '../ports/clock';
import type { ProjectGrantsPort } from '../ports/project-grants';
import { queueCreationJob, type QueueCreationJobPorts } from './queue-creation-job';

export interface CreateCampaignPorts extends QueueCreationJobPorts {
  grants: ProjectGrantsPort;
  assignable: AssignablePeoplePort;
}

export interface CreateCampaignInput {
  requestId: string;
  plan: CampaignPlan;
  acceptErrors?: boolean;
  acceptedErrorCodes?: string[];
  audiences?: string[];
  channels?: string[];
  /** Add the campaign status macro to the brief page (the PM's consent in the planner); off when absent. */
  insertStatusMacro?: boolean;
}

/**
 * A plan with errors (work before today, a plan that does not fit, a sign-off that can never pass, people without
 * access) is created only on a second, explicit confirmation naming every error the PM saw; recomputed here, never
 * trusted from the page.
 */
async function requireConfirmedErrors(input: CreateCampaignInput, user: ActingUser, ports: CreateCampaignPorts): Promise<void> {
  const { plan } = input;
  const permitted = new Set(await ports.assignable.assignableIn(plan.projectKey));
  const errors = planErrors(plan, {
    today: todayIn(ports.clock),
    reporterAccountId: user.accountId,
    permitted,
    names: new Map(),
  });
  const codes = [...new Set(errors.map((e) => e.code ?? e.kind))];
  const seen = new Set(input.acceptedErrorCodes ?? []);
  if (codes.length === 0 || (input.acceptErrors === true && codes.every((c) => seen.has(c)))) return;
  throw new DomainError(
    'INVALID_INPUT',
    { key: 'plan.createNeedsConfirmation', params: { count: errors.length, codes: codes.join(', ') } },
    'acceptErrors',
  );
}

/** The plan with the PM's last word on audiences and channels, when the payload gives it. */
function withTargeting(input: CreateCampaignInput): CampaignPlan {
  const { plan, audiences, channels } = input;
  return {
    ...plan,
    ...(audiences !== undefined ? { audiences: uniqueSlugs(audiences) } : {}),
    ...(channels !== undefined ? { channels: uniqueSlugs(channels) } : {}),
  };
}

const notFoundIn = (projectKey: string): DomainError =>
  new DomainError('NOT_FOUND', { key: 'errors.planProjectNotVisible', params: { projectKey } }, 'plan.projectKey');

/** The user's grants in the plan's project; a project Jira does not show them reads as not found. */
async function actorIn(projectKey: string, user: ActingUser, grants: ProjectGrantsPort): Promise<Actor> {
  try {
    return { accountId: user.accountId, grants: await grants.grantsIn(projectKey) };
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') throw notFoundIn(projectKey);
    throw e;
  }
}

/**
 * Queues the creation of a previewed plan (the policy's `campaign.plan` in the plan's own project). Refusals name
 * `plan.projectKey`, the field that chose the project. Errors: NOT_FOUND / FORBIDDEN `plan.projectKey`; those of
 * `queueCreationJob` (INVALID_INPUT `requestId`, TRY_AGAIN); INVALID_INPUT `plan.budget.amount` above the maximum budget;
 * INVALID_INPUT `acceptErrors` for a plan with errors not confirmed.
 */
export async function createCampaign(
  input: CreateCampaignInput,
  user: ActingUser,
  ports: CreateCampaignPorts,
): Promise<CreateCampaignResult> {
  const { projectKey } = input.plan;
  const decision = may(await actorIn(projectKey, user, ports.grants), 'campaign.plan');
  if (!decision.allowed) {
    if (decision.code === 'NOT_FOUND') throw notFoundIn(projectKey);
    throw new DomainError('FORBIDDEN', { key: 'errors.planProjectNoCreate', params: { projectKey } }, 'plan.projectKey');
  }
  // A plan comes from a preview, which already refused a budget beyond the maximum; a hand-made one is refused here.
  checkedBudget(input.plan.budget, 'plan.budget.amount');
  await requireConfirmedErrors(input, user, ports);
  const plan = withTargeting(input);
  // Only a plan made from a brief has a page to add the macro to.
  const macro = input.insertStatusMacro === true && plan.brief ? { insertStatusMacro: true } : {};
  return queueCreationJob(input.requestId, { plan, ...macro }, user, ports);
}
