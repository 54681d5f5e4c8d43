import { DomainError } from '../../domain/errors';
import type { CampaignRecord } from '../../domain/model';
import { partiesOf, type Actor, type CampaignParties } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { IssueVisibilityPort, RiskRegisterPort } from '../ports/risk-register';

export interface RiskRegisterPorts {
  records: CampaignRecordsPort;
  grants: ProjectGrantsPort;
  /** Asked as the user: who cannot see the epic cannot see its register. */
  issues: IssueVisibilityPort;
  register: RiskRegisterPort;
  people: PeopleDirectoryPort;
}

export interface RiskCampaign {
  record: CampaignRecord;
  actor: Actor;
  parties: CampaignParties;
}

/**
 * The campaign of `epicKey` for someone who can see its epic. Errors: NOT_FOUND `epicKey` when it is not a campaign
 * of the app, or the user cannot browse its project or see the epic (the same words: nothing is revealed).
 */
export async function riskCampaign(epicKey: string, user: ActingUser, ports: RiskRegisterPorts): Promise<RiskCampaign> {
  const notFound = (): DomainError => new DomainError('NOT_FOUND', { key: 'errors.notACampaignYouSee', params: { epicKey } }, 'epicKey');
  const record = await ports.records.get(epicKey);
  if (!record) throw notFound();
  const parties = partiesOf(record);
  const actor = await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'campaign.view', parties, 'epicKey');
  if (!(await ports.issues.visible(epicKey))) throw notFound();
  return { record, actor, parties };
}
