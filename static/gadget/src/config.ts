import type { PortfolioRow } from '../../../src/contracts/portfolio';

/** What the edit view saves with `view.submit` and Jira hands back as `extension.gadgetConfiguration`. */
export interface GadgetConfig {
  /** One project's campaigns, or null for every project the reader may browse. */
  projectKey: string | null;
  /** How many weeks ahead the upcoming launches reach. */
  weeks: number;
}

export const MIN_WEEKS = 1;
export const MAX_WEEKS = 26;
export const DEFAULT_CONFIG: GadgetConfig = { projectKey: null, weeks: 4 };

const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;

/** True for a whole number of weeks the gadget accepts. */
export const validWeeks = (n: number): boolean => Number.isInteger(n) && n >= MIN_WEEKS && n <= MAX_WEEKS;

/**
 * The configuration Jira stored, read defensively (it is whatever an edit view once submitted, possibly by an older
 * version of the app): anything unusable falls back to the default, field by field.
 */
export function readConfig(raw: unknown): GadgetConfig {
  if (!raw || typeof raw !== 'object') return DEFAULT_CONFIG;
  const { projectKey, weeks } = raw as Record<string, unknown>;
  const n = typeof weeks === 'string' ? Number(weeks) : weeks;
  return {
    projectKey: typeof projectKey === 'string' && PROJECT_KEY.test(projectKey) ? projectKey : null,
    weeks: typeof n === 'number' && validWeeks(n) ? n : DEFAULT_CONFIG.weeks,
  };
}

const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const byLaunch = (a: PortfolioRow, b: PortfolioRow): number =>
  a.launchDate.localeCompare(b.launchDate) || a.campaignKey.localeCompare(b.campaignKey);

/** The campaigns launching from today to the end of the N weeks ahead, soonest first. */
export function upcomingLaunches(rows: readonly PortfolioRow[], config: GadgetConfig, today: string): PortfolioRow[] {
  const end = plusDays(today, config.weeks * 7);
  return rows.filter((r) => r.launchDate >= today && r.launchDate <= end).sort(byLaunch);
}

const SEVERITY: Record<PortfolioRow['health']['level'], number> = { off_track: 0, at_risk: 1, on_track: 2 };

/** The campaigns whose health is not on track, the worst first, then by launch. */
export function campaignsAtRisk(rows: readonly PortfolioRow[]): PortfolioRow[] {
  return rows
    .filter((r) => r.health.level !== 'on_track')
    .sort((a, b) => SEVERITY[a.health.level] - SEVERITY[b.health.level] || byLaunch(a, b));
}
