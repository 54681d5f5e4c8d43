import { DomainError } from '../../domain/errors';
import type { CampaignRecord } from '../../domain/model';
import { partiesOf } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { ProjectGrantsPort } from '../ports/project-grants';

export interface KpiCampaignPorts {
  records: CampaignRecordsPort;
  grants: ProjectGrantsPort;
}

/**
 * The campaign whose KPI actuals `user` manages (policy `kpi.manage`: its PM and the project's admins). Errors:
 * NOT_FOUND `epicKey` when it is not a campaign of the app or the user cannot browse its project; FORBIDDEN
 * `epicKey` for anyone else.
 */
export async function campaignForKpiManager(epicKey: string, user: ActingUser, ports: KpiCampaignPorts): Promise<CampaignRecord> {
  const record = await ports.records.get(epicKey);
  if (!record) throw new DomainError('NOT_FOUND', { key: 'errors.notACampaign', params: { epicKey } }, 'epicKey');
  await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'kpi.manage', partiesOf(record), 'epicKey');
  return record;
}
