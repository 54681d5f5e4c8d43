import type { ReplanCampaignResult } from '../../contracts/campaign-planner';
import { partiesOf } from '../../domain/policy';
import { replan } from '../../domain/plan/replan';
import type { CampaignPlan, CampaignRecord } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import type { CampaignRecordWriterPort } from '../ports/campaign-record-writer';
import { todayIn, type Clock } from '../ports/clock';
import type { IssueDatesPort } from '../ports/issue-dates';
import type { IssueFieldWriterPort } from '../ports/issue-field-writer';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { PortfolioStorePort } from '../ports/portfolio-store';
import type { SnapshotStorePort } from '../ports/snapshot-store';
import { writePlanRollup } from '../portfolio/write-rollup';

export interface ReplanRecordPorts {
  grants: ProjectGrantsPort;
  dates: IssueDatesPort;
  fields: IssueFieldWriterPort;
  recordWriter: CampaignRecordWriterPort;
  clock: Clock;
  /**
   * The portfolio line of a campaign nobody has computed yet (no stored snapshot) follows the applied plan: it holds
   * the plan's dates, which Jira's issue events cannot refresh without a snapshot. Once computed, the events do.
   */
  portfolioLine?: { store: Pick<PortfolioStorePort, 'save' | 'saveIfAbsent'>; snapshots: Pick<SnapshotStorePort, 'load'> };
}

/**
 * Recomputes every date from a new launch date; with `apply`, moves the open issues (done work keeps its dates),
 * which the policy's `campaign.replan` must allow. Errors: NOT_FOUND / FORBIDDEN (policy); those of the field
 * writer (Jira refusing an issue, TRY_AGAIN).
 */
export async function replanRecord(
  record: CampaignRecord,
  change: { launchDate: string; apply: boolean },
  user: ActingUser,
  ports: ReplanRecordPorts,
): Promise<ReplanCampaignResult & { plan: CampaignPlan }> {
  const { launchDate } = change;
  const rowKeys = Object.entries(record.issueKeys).filter(([rowId]) => rowId !== 'epic');
  const dates = await ports.dates.read(rowKeys.map(([, key]) => key));
  const issues = Object.fromEntries(
    rowKeys.flatMap(([rowId, key]) => {
      const d = dates.get(key);
      return d ? [[rowId, { key, dueDate: d.dueDate, done: d.done }]] : [];
    }),
  );
  const result = replan({ plan: record.plan, newLaunchDate: launchDate, today: todayIn(ports.clock), issues });
  let applied = 0;
  if (change.apply) {
    await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'campaign.replan', partiesOf(record));
    // One issue at a time, so a refusal or a busy Jira stops cleanly; running it again finishes the rest,
    // because changes are computed against the issues' current dates.
    for (const c of result.changes.filter((x) => !x.done)) {
      await ports.fields.update(c.issueKey, { duedate: c.to });
      applied += 1;
    }
    const replanned = { ...record, plan: result.plan };
    await ports.recordWriter.save(replanned);
    const line = ports.portfolioLine;
    if (line && !(await line.snapshots.load(record.epicKey)))
      await writePlanRollup(replanned, ports.clock.now(), { portfolio: line.store }, { replace: true });
  }
  return { launchDate, changes: result.changes, applied, plan: result.plan };
}
