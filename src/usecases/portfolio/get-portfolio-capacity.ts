import type { CapacityCell, CellTask, GetPortfolioCapacityResult } from '../../contracts/portfolio-capacity';
import type { Activity } from '../../domain/forecast';
import { portfolioLoad, type LoadCell } from '../../domain/forecast/portfolio-load';
import type { HolidayCalendar } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import type { CapacityPort } from '../ports/capacity-store';
import { todayIn } from '../ports/clock';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { PortfolioStorePort } from '../ports/portfolio-store';
import type { SnapshotStorePort } from '../ports/snapshot-store';
import { activitiesOf, workloadOf, type CampaignWorkload } from '../../domain/portfolio/workload';
import { campaignActivities, campaignIssues, planActivities } from '../../domain/metrics';
import type { PortfolioIndexEntry } from '../../domain/portfolio/rollup';
import { visibleProjects, type GetPortfolioPorts } from './get-portfolio';

export interface PortfolioCapacityPorts extends GetPortfolioPorts {
  portfolio: Pick<PortfolioStorePort, 'index' | 'rows' | 'learnProjectIds' | 'workloads' | 'saveWorkload'>;
  /** For a campaign computed before workloads were stored: its record and snapshot, once (its workload is then kept). */
  records: CampaignRecordsPort;
  snapshots: Pick<SnapshotStorePort, 'load'>;
  /** People's capacity settings (none: everyone at 100 %). */
  capacity?: CapacityPort;
}

export const DEFAULT_CAPACITY_WEEKS = 12;

/** A Jira issue key (an activity of a campaign never opened since creation is keyed `<epic>:<rowId>`). */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const tenth = (n: number): number => Math.round(n * 10) / 10;

/** The calendar most of the shown campaigns plan on (their business days are what the load spreads over). */
function calendarOf(works: readonly CampaignWorkload[]): HolidayCalendar {
  const count = new Map<HolidayCalendar, number>();
  for (const w of works) count.set(w.calendar, (count.get(w.calendar) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'FR';
}

/**
 * Every indexed campaign's workload: the stored ones, and for a campaign without one (computed before workloads
 * existed) one built from its record and snapshot and kept, so the next view reads it directly.
 */
async function workloadsOf(index: readonly PortfolioIndexEntry[], now: string, ports: PortfolioCapacityPorts): Promise<CampaignWorkload[]> {
  const stored = await ports.portfolio.workloads();
  const have = new Set(stored.map((w) => w.epicKey));
  const missing = index.filter((e) => !have.has(e.epicKey));
  const built = await Promise.all(
    missing.map(async (e): Promise<CampaignWorkload | undefined> => {
      const [record, snap] = await Promise.all([ports.records.get(e.epicKey), ports.snapshots.load(e.epicKey)]);
      if (!record) return undefined;
      const activities = snap
        ? campaignActivities(record.epicKey, campaignIssues(record.plan, Object.values(snap.snapshot.issues)))
        : planActivities(record.epicKey, record.plan);
      const c = { epicKey: record.epicKey, projectKey: record.plan.projectKey, calendar: record.plan.holidayCalendar, updatedAt: now };
      const workload = workloadOf(c, activities, snap?.meta.people ?? {});
      await ports.portfolio.saveWorkload(workload).catch((err: unknown) => {
        console.warn(`[campaign-control] the workload of ${record.epicKey} was not stored: ${String(err)}`);
      });
      return workload;
    }),
  );
  const indexed = new Set(index.map((e) => e.epicKey));
  return [...stored.filter((w) => indexed.has(w.epicKey)), ...built.filter((w): w is CampaignWorkload => w !== undefined)];
}

/** A cell with the tasks behind it: the visible campaigns' tasks by name, the rest as other work. */
function detailed(cell: LoadCell, activities: ReadonlyMap<string, Activity>, visible: (campaign: string) => boolean): CapacityCell {
  const tasks: CellTask[] = [];
  let other = 0;
  for (const c of cell.contributions) {
    if (!visible(c.campaign)) {
      other += c.days;
      continue;
    }
    const summary = activities.get(c.key)?.name ?? '';
    tasks.push({ campaignKey: c.campaign, ...(ISSUE_KEY.test(c.key) ? { issueKey: c.key } : {}), summary, days: tenth(c.days) });
  }
  const leveling =
    cell.level === 'over' ? [...new Set(tasks.map((t) => t.campaignKey))].sort().map((campaignKey) => ({ campaignKey })) : [];
  return { ...bare(cell), tasks, otherWorkDays: tenth(other), leveling };
}

const bare = (cell: LoadCell): CapacityCell => ({
  weekStart: cell.weekStart,
  demandDays: cell.demandDays,
  capacityDays: cell.capacityDays,
  ratio: cell.ratio,
  level: cell.level,
});

/**
 * The portfolio's capacity heatmap: each person's load week by week across every campaign in the portfolio's index
 * (the schedule engine's weekly load: open work spread over its planned business days, against each person's
 * capacity settings), for the people with work in a campaign the reader may see, and the team's totals. App storage
 * only (each campaign's workload, kept beside its roll-up, and the capacity settings), plus the portfolio's one
 * permission check as the user.
 * Work in campaigns the reader may not see loads the people (it is theirs) but is never named: with `accountIds`,
 * a cell's tasks name only visible campaigns' tasks and count the rest as `otherWorkDays`.
 */
export async function getPortfolioCapacity(
  input: {
    projectKeys?: string[] | undefined;
    weeks?: number | undefined;
    accountIds?: string[] | undefined;
    refresh?: boolean | undefined;
  },
  user: ActingUser,
  ports: PortfolioCapacityPorts,
): Promise<GetPortfolioCapacityResult> {
  const today = todayIn(ports.clock);
  const index = await ports.portfolio.index();
  const [{ visible }, works, people] = await Promise.all([
    visibleProjects(input, user, ports, index),
    workloadsOf(index, ports.clock.now().toISOString(), ports),
    ports.capacity?.all() ?? Promise.resolve([]),
  ]);
  const shownProjects = new Set(visible);
  const shown = new Set(works.filter((w) => shownProjects.has(w.projectKey)).map((w) => w.epicKey));
  const isShown = (campaign: string): boolean => shown.has(campaign);
  const activities = works.flatMap(activitiesOf);
  const load = portfolioLoad({
    activities,
    people,
    calendar: calendarOf(works.filter((w) => shown.has(w.epicKey))),
    today,
    weeks: input.weeks ?? DEFAULT_CAPACITY_WEEKS,
    counts: isShown,
  });
  const names = new Map<string, string>();
  for (const w of works) for (const a of w.assignees) if (a.displayName !== '') names.set(a.accountId, a.displayName);
  const asked = new Set(input.accountIds ?? []);
  const byKey = new Map(activities.map((a) => [a.key, a]));
  const rows = load.people.map((p) => ({
    accountId: p.accountId,
    displayName: names.get(p.accountId) ?? p.accountId,
    weeks: p.weeks.map((cell) => (asked.has(p.accountId) ? detailed(cell, byKey, isShown) : bare(cell))),
  }));
  rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.accountId.localeCompare(b.accountId));
  return { weeks: load.weeks, team: load.team, people: rows, computedAt: ports.clock.now().toISOString() };
}
