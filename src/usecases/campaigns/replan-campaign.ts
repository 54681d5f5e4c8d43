import type { ReplanCampaignResult } from '../../contracts/campaign-planner';
import { partiesOf } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { campaignActionAllowed } from '../authorise';
import { conflictsOfPlan, type PlanConflictPorts } from '../portfolio/plan-conflicts';
import { collisionsOfPlan, type PlanCollisionPorts } from '../portfolio/plan-collisions';
import { readingOnce } from '../portfolio/other-campaigns';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import { todayIn } from '../ports/clock';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import { campaignOf } from './campaign-of';
import { replanRecord, type ReplanRecordPorts } from './replan-record';

export interface ReplanCampaignPorts extends ReplanRecordPorts, PlanConflictPorts, PlanCollisionPorts {
  records: CampaignRecordsPort;
  people: PeopleDirectoryPort;
}

/**
 * What a new launch date changes in a campaign (anyone who sees its epic), and with `apply` the change itself
 * (the policy's `campaign.replan`). Before it is applied, it also says what conflicts the new dates would cause
 * with the other campaigns (overloaded weeks, approver clashes) and whether the user may apply it and the leveling
 * proposals, or why not. Errors: NOT_FOUND `epicKey`; those of `replanRecord`.
 */
export async function replanCampaign(
  input: { epicKey: string; launchDate: string; apply?: boolean },
  user: ActingUser,
  ports: ReplanCampaignPorts,
): Promise<ReplanCampaignResult> {
  const record = await campaignOf(input.epicKey, ports);
  const apply = input.apply === true;
  const { launchDate, changes, applied, plan } = await replanRecord(record, { launchDate: input.launchDate, apply }, user, ports);
  if (apply) return { launchDate, changes, applied };
  const [people, mayApply] = await Promise.all([
    ports.people.list(),
    campaignActionAllowed(ports.grants, user, record.plan.projectKey, 'campaign.replan', partiesOf(record)),
  ]);
  const names = new Map(people.map((p) => [p.accountId, p.displayName]));
  const once = readingOnce(ports);
  const [conflicts, collisions] = await Promise.all([
    conflictsOfPlan(plan, todayIn(ports.clock), names, once, record.epicKey),
    collisionsOfPlan(plan, once, record.epicKey),
  ]);
  return { launchDate, changes, applied, conflicts, collisions, mayApply };
}
