import type { PortfolioRow } from '../../../src/contracts/portfolio';
import type { CampaignTimeStatus } from '../../../src/wording/catalog/portfolio';

/** What a filter may narrow on; the calendar offers status, the table health. */
export type FilterKey = 'project' | 'owner' | 'channel' | 'audience' | 'health' | 'status';

/** The value chosen per filter; '' (or missing) is "all". */
export type FilterValues = Partial<Record<FilterKey, string>>;

/** A campaign's place in time on `today`: not started, in progress (first work done or begun), launched. */
export function timeStatusOf(row: Pick<PortfolioRow, 'firstWorkDate' | 'launchDate'>, today: string): CampaignTimeStatus {
  if (row.launchDate < today) return 'launched';
  if (row.firstWorkDate !== null && row.firstWorkDate > today) return 'planned';
  return 'running';
}

/** The values a filter can take among `rows`, each once, in a stable order. */
export function optionsOf(rows: readonly PortfolioRow[], key: FilterKey, today: string): string[] {
  const values = new Set<string>();
  for (const r of rows) for (const v of valuesOf(r, key, today)) values.add(v);
  return [...values].sort((a, b) => a.localeCompare(b));
}

function valuesOf(row: PortfolioRow, key: FilterKey, today: string): string[] {
  switch (key) {
    case 'project':
      return [row.projectKey];
    case 'owner':
      return [row.ownerAccountId];
    case 'channel':
      return row.channels ?? [];
    case 'audience':
      return row.audiences ?? [];
    case 'health':
      return [row.health.level];
    case 'status':
      return [timeStatusOf(row, today)];
  }
}

/** The rows every chosen filter lets through. */
export function applyFilters(rows: readonly PortfolioRow[], values: FilterValues, today: string): PortfolioRow[] {
  const chosen = (Object.entries(values) as [FilterKey, string | undefined][]).filter((e): e is [FilterKey, string] => !!e[1]);
  return rows.filter((r) => chosen.every(([key, value]) => valuesOf(r, key, today).includes(value)));
}

/** Today as an ISO calendar day in the reader's time zone (the calendar's "today" line, the status filter). */
export function todayIn(timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}
