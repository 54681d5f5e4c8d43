import type { UpdateCampaignTargetingResult } from '../../contracts/targeting';
import { DomainError } from '../../domain/errors';
import { partiesOf } from '../../domain/policy';
import { uniqueSlugs, type CampaignTargeting } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { CampaignRecordWriterPort } from '../ports/campaign-record-writer';
import type { IssueDatesPort } from '../ports/issue-dates';
import type { PortfolioStorePort } from '../ports/portfolio-store';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { TargetingPropertyPort } from '../ports/targeting-property';
import { campaignOf } from './campaign-of';

export interface UpdateTargetingPorts {
  grants: ProjectGrantsPort;
  records: CampaignRecordsPort;
  dates: IssueDatesPort;
  recordWriter: CampaignRecordWriterPort;
  targeting: TargetingPropertyPort;
  /** The portfolio's roll-up, so its collisions follow the change at once (none: it follows at the next computation). */
  portfolio?: Pick<PortfolioStorePort, 'retarget'>;
}

/**
 * Changes a created campaign's audiences and channels (those who may re-plan it: the policy's `campaign.replan`):
 * the epic's `campaignTargeting` property first (Jira refuses someone who may not edit the epic, and then nothing
 * changed), then the campaign record. Running it again with the same lists writes the same values.
 * Errors: NOT_FOUND `issueKey` (not a campaign the user sees); FORBIDDEN (policy); those of the property writer.
 */
export async function updateCampaignTargeting(
  input: { issueKey: string } & CampaignTargeting,
  user: ActingUser,
  ports: UpdateTargetingPorts,
): Promise<UpdateCampaignTargetingResult> {
  const record = await campaignOf(input.issueKey, ports).catch((e: unknown) => {
    // The payload names the epic `issueKey`: the refusal names the field the caller sent.
    if (e instanceof DomainError && e.code === 'NOT_FOUND') throw new DomainError('NOT_FOUND', e.wording ?? e.message, 'issueKey');
    throw e;
  });
  await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'campaign.replan', partiesOf(record), 'issueKey');
  const targeting = { audiences: uniqueSlugs(input.audiences), channels: uniqueSlugs(input.channels) };
  await ports.targeting.write(record.epicKey, targeting);
  await ports.recordWriter.save({ ...record, plan: { ...record.plan, ...targeting } });
  try {
    await ports.portfolio?.retarget(record.plan.projectKey, record.epicKey, targeting);
  } catch (e) {
    console.warn(`[campaign-control] the portfolio roll-up of ${record.epicKey} keeps its old targeting: ${String(e)}`);
  }
  return { issueKey: record.epicKey, ...targeting };
}
