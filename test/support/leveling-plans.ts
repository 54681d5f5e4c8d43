import { addBusinessDays, addWeeks, format, nextMonday } from 'date-fns';
import { CAMILLE, NOAH } from '../../local/identity/demo-users';
import type { PayloadOf } from '../../src/contracts/registry';
import type { PlanRow } from '../../src/domain/model';

type Plan = PayloadOf<'createCampaign'>['plan'];

/** A Monday four weeks ahead, and business days after it (holidays aside: the plans are data, not a schedule). */
const MONDAY = nextMonday(addWeeks(new Date(), 4));
export const levelingDay = (n: number): string => format(addBusinessDays(MONDAY, n), 'yyyy-MM-dd');
/** The week the two plans over-allocate Noah. */
export const LEVELING_WEEK = levelingDay(0);
export const LEVELING_LAUNCH = levelingDay(14);

const row = (r: Partial<PlanRow> & Pick<PlanRow, 'rowId' | 'kind' | 'startDate' | 'dueDate'>): PlanRow => ({
  summary: r.kind === 'task' ? `Design ${r.rowId}` : `Milestone ${r.rowId}`,
  ownerRole: r.kind === 'task' ? 'designer' : 'pm',
  estimateBusinessDays: 0,
  dependsOn: [],
  ...r,
});
const day = levelingDay;

function planOf(name: string, label: string, task: PlanRow): Plan {
  return {
    templateId: 'leveling-test',
    templateVersion: 1,
    language: 'en',
    projectKey: 'MKT',
    name,
    launchDate: LEVELING_LAUNCH,
    holidayCalendar: 'FR',
    budget: { amount: 1000, currency: 'EUR' },
    campaignLabel: label,
    rows: [
      row({ rowId: 'review', kind: 'milestone', startDate: day(9), dueDate: day(9), assigneeAccountId: CAMILLE.accountId }),
      task,
      row({ rowId: 'launch', kind: 'milestone', startDate: day(14), dueDate: day(14), assigneeAccountId: CAMILLE.accountId }),
    ],
    gates: [],
    kpis: [],
  };
}

/**
 * Two campaigns that over-allocate Noah in `LEVELING_WEEK`: the first holds him all week; the second has him design
 * three days of it (row `design`), a week before its review, so the task has slack to move into.
 */
export function levelingPlans(prefix: string): { first: Plan; second: Plan } {
  const task = { kind: 'task' as const, parentRowId: 'review', assigneeAccountId: NOAH.accountId, startDate: day(0) };
  return {
    first: planOf(`${prefix} first`, `${prefix}-first`, row({ ...task, rowId: 'big', dueDate: day(4), estimateBusinessDays: 5 })),
    second: planOf(`${prefix} second`, `${prefix}-second`, row({ ...task, rowId: 'design', dueDate: day(2), estimateBusinessDays: 3 })),
  };
}
