import type { GetPortfolioResult, PortfolioRow, PortfolioTotal } from '../../contracts/portfolio';
import type { PortfolioIndexEntry, PortfolioRollup } from '../../domain/portfolio/rollup';
import { reportFormatters } from '../../domain/report/format';
import { wordReason } from '../../wording/catalog/health';
import { languageOf } from '../../wording/locale';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import { VISIBILITY_TTL_MS, type PortfolioStorePort, type ProjectVisibilityPort, type VisibilityCachePort } from '../ports/portfolio-store';

export interface GetPortfolioPorts {
  portfolio: Pick<PortfolioStorePort, 'index' | 'rows' | 'learnProjectIds'>;
  /** Jira, asked as the acting user. */
  visibility: ProjectVisibilityPort;
  /** The user's last permission answer (none: Jira is asked on every view). */
  visibleCache?: VisibilityCachePort;
  clock: Clock;
}

/**
 * Projects whose id the app never saw (campaigns created and not opened since) are looked up as the user, at most
 * this many a view (the view's REST budget is three calls with the permission check); the ids are then kept.
 */
export const MAX_PROJECT_LOOKUPS = 2;

/** Which projects' ids are known from the index, and the ids of a few others looked up as the user. */
async function projectIdsOf(
  entries: readonly PortfolioIndexEntry[],
  keys: readonly string[],
  ports: GetPortfolioPorts,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const e of entries) if (e.projectId !== undefined) ids.set(e.projectKey, e.projectId);
  const unknown = keys.filter((k) => !ids.has(k)).slice(0, MAX_PROJECT_LOOKUPS);
  const learned = new Map<string, string>();
  for (const key of unknown) {
    const id = await ports.visibility.projectId(key);
    if (id !== undefined) learned.set(key, id);
  }
  if (learned.size > 0) {
    await ports.portfolio.learnProjectIds(entries, learned);
    for (const [k, v] of learned) ids.set(k, v);
  }
  return ids;
}

/** The ids among `ids` the user may browse: Jira's one bulk check, or its answer of the last minute. */
async function browsableOf(ids: readonly string[], user: ActingUser, refresh: boolean, ports: GetPortfolioPorts): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const now = ports.clock.now().getTime();
  const cached = refresh ? undefined : await ports.visibleCache?.get(user.accountId);
  if (cached && now - cached.at < VISIBILITY_TTL_MS && ids.every((id) => cached.asked.includes(id))) return new Set(cached.browsable);
  const browsable = await ports.visibility.browsable(ids);
  await ports.visibleCache?.set(user.accountId, { at: now, asked: [...ids], browsable: [...browsable] });
  return browsable;
}

function rowOf(r: PortfolioRollup, user: ActingUser): PortfolioRow {
  const lang = languageOf(user.locale);
  const f = reportFormatters(user.locale, r.budget.currency);
  const variance = r.eac === null ? null : r.budget.amount - r.eac;
  return {
    campaignKey: r.epicKey,
    name: r.name,
    projectKey: r.projectKey,
    ownerAccountId: r.ownerAccountId,
    ownerName: r.ownerName,
    health: {
      level: r.health.level,
      reasons: r.health.reasons.map((x) => ({ code: x.code, severity: x.severity, text: wordReason(x, lang, f) })),
    },
    firstWorkDate: r.firstWorkDate,
    launchDate: r.launchDate,
    forecastP85: r.forecastP85,
    budget: r.budget,
    actual: r.actual,
    eac: r.eac,
    variance,
    signoff: r.signoff,
    kpiAttainment: r.kpiAttainment,
    milestones: r.milestones,
    ...(r.audiences ? { audiences: r.audiences } : {}),
    ...(r.channels ? { channels: r.channels } : {}),
    updatedAt: r.updatedAt,
  };
}

/** Totals per currency, never across currencies; a campaign without an EAC counts at its budget. */
export function totalsOf(rows: readonly PortfolioRow[]): PortfolioTotal[] {
  const by = new Map<string, PortfolioTotal>();
  for (const r of rows) {
    const { currency, amount } = r.budget;
    const t = by.get(currency) ?? { currency, budget: 0, actual: 0, eac: 0, variance: 0, campaigns: 0 };
    t.budget += amount;
    t.actual += r.actual;
    t.eac += r.eac ?? amount;
    t.variance = t.budget - t.eac;
    t.campaigns += 1;
    by.set(currency, t);
  }
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** What a view of the portfolio may show the user: the roll-ups of the campaigns in projects they may browse. */
export interface VisibleCampaigns {
  rollups: PortfolioRollup[];
  /** Keys of the projects holding campaigns that the user may browse (Jira's answer), sorted. */
  visible: string[];
  /** The index entries the view looked at (narrowed to `projectKeys`), visible or not. */
  entries: PortfolioIndexEntry[];
}

/**
 * The campaigns one view may show, from the app's storage (the index, then the roll-ups of the visible projects);
 * Jira is asked only which projects the user may browse (one bulk permission check, reused for a minute), never
 * for the campaigns' issues. `projectKeys` narrows the view, never widens it. Every portfolio view starts here.
 */
export async function visibleCampaigns(
  input: { projectKeys?: readonly string[] | undefined; refresh?: boolean | undefined },
  user: ActingUser,
  ports: GetPortfolioPorts,
): Promise<VisibleCampaigns> {
  const { entries, visible } = await visibleProjects(input, user, ports);
  const allowed = new Set(visible);
  const listed = new Set(entries.map((e) => e.epicKey));
  const rollups = (await ports.portfolio.rows(visible)).filter((r) => allowed.has(r.projectKey) && listed.has(r.epicKey));
  return { rollups, visible, entries };
}

/**
 * The projects holding campaigns (narrowed to `projectKeys`) that the user may browse, from the index (`index`: the
 * one the caller read already) and Jira's one check.
 */
export async function visibleProjects(
  input: { projectKeys?: readonly string[] | undefined; refresh?: boolean | undefined },
  user: ActingUser,
  ports: GetPortfolioPorts,
  index?: readonly PortfolioIndexEntry[],
): Promise<Omit<VisibleCampaigns, 'rollups'>> {
  const wanted = input.projectKeys ? new Set(input.projectKeys) : undefined;
  const entries = (index ?? (await ports.portfolio.index())).filter((e) => !wanted || wanted.has(e.projectKey));
  const keys = [...new Set(entries.map((e) => e.projectKey))].sort();
  const ids = await projectIdsOf(entries, keys, ports);
  const browsable = await browsableOf([...new Set(ids.values())].sort(), user, input.refresh === true, ports);
  const visible = keys.filter((k) => {
    const id = ids.get(k);
    return id !== undefined && browsable.has(id);
  });
  return { entries, visible };
}

/**
 * The marketing portfolio: every campaign in a project the user may browse (`visibleCampaigns`), with reasons in
 * the user's language and totals per currency.
 */
export async function getPortfolio(
  input: { projectKeys?: string[] | undefined; refresh?: boolean | undefined },
  user: ActingUser,
  ports: GetPortfolioPorts,
): Promise<GetPortfolioResult> {
  const computedAt = ports.clock.now().toISOString();
  const { rollups, visible } = await visibleCampaigns(input, user, ports);
  const campaigns = rollups
    .map((r) => rowOf(r, user))
    .sort((a, b) => a.launchDate.localeCompare(b.launchDate) || a.campaignKey.localeCompare(b.campaignKey));
  return { campaigns, totals: totalsOf(campaigns), computedAt, visibleProjects: visible };
}
