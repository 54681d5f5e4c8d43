import { DomainError } from '../../domain/errors';
import type { CampaignRecord } from '../../domain/model';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { IssueDatesPort } from '../ports/issue-dates';

/**
 * The campaign behind an epic, visible to the user (its epic must be readable as them: storage is the app's,
 * visibility is Jira's). Errors: NOT_FOUND `epicKey`.
 */
export async function campaignOf(epicKey: string, ports: { records: CampaignRecordsPort; dates: IssueDatesPort }): Promise<CampaignRecord> {
  const record = await ports.records.get(epicKey);
  const visible = record ? await ports.dates.read([epicKey]) : new Map<string, unknown>();
  if (!record || !visible.has(epicKey)) {
    throw new DomainError('NOT_FOUND', { key: 'errors.notACampaignYouSee', params: { epicKey } }, 'epicKey');
  }
  return record;
}
