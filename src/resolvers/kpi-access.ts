import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { myProjectPermissions } from '../adapters/jira/permissions';
import type { CampaignRecord } from '../domain/model';
import { AppError } from '../shared/result';

/**
 * The campaign whose KPI actuals the caller manages: only its PM (who created it) and the project's admins see the
 * connector secret or import actuals. Someone who cannot see the project gets Jira's "not found".
 */
export async function campaignForKpiManager(epicKey: string, accountId: string, doing: string): Promise<CampaignRecord> {
  const record = await getCampaignRecord(epicKey);
  if (!record) throw new AppError('NOT_FOUND', { key: 'errors.notACampaign', params: { epicKey } }, 'epicKey');
  const perms = await myProjectPermissions(record.plan.projectKey, ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']);
  if (!perms.BROWSE_PROJECTS) throw new AppError('NOT_FOUND', { key: 'errors.epicNotVisible', params: { epicKey } }, 'epicKey');
  if (record.createdBy !== accountId && !perms.ADMINISTER_PROJECTS) throw new AppError('FORBIDDEN', { key: 'errors.kpiManagersOnly', params: { projectKey: record.plan.projectKey, action: doing } });
  return record;
}
