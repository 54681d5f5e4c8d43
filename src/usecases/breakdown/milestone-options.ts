import type { BreakdownMilestone } from '../../contracts/breakdown';
import { campaignMilestones } from '../../domain/breakdown';
import type { CampaignRecord } from '../../domain/model';
import type { IssueDueDatesPort } from '../ports/breakdown-planning';

/**
 * The campaign's milestones for the picker: name and due date as in Jira now (the plan's when Jira has none), by due
 * date. Milestones the user cannot see in Jira are left out.
 */
export async function milestoneOptions(record: CampaignRecord, dates: IssueDueDatesPort): Promise<BreakdownMilestone[]> {
  const milestones = campaignMilestones(record);
  const inJira = await dates.dueDates(milestones.map((m) => m.milestoneKey));
  return milestones
    .filter((m) => inJira.has(m.milestoneKey))
    .map((m) => ({
      key: m.milestoneKey,
      summary: m.milestone.summary,
      dueDate: inJira.get(m.milestoneKey)?.dueDate ?? m.milestone.dueDate,
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The target milestone as the picker shows it (it may be one the dates port did not return). */
export const pickedMilestone = (
  options: readonly BreakdownMilestone[],
  key: string,
  fallback: { summary: string; dueDate: string },
): BreakdownMilestone => options.find((m) => m.key === key) ?? { key, ...fallback };
