import type { PortfolioIndexEntry, PortfolioRollup } from '../../domain/portfolio/rollup';
import type { CampaignWorkload } from '../../domain/portfolio/workload';

/**
 * The portfolio's own storage: one small index entry and one roll-up per campaign, written whenever the app computes
 * a campaign anyway. Shared by every user: a reader is shown only the projects Jira says they may browse.
 */
export interface PortfolioStorePort {
  /**
   * Writes the roll-up and its index entry together (and the campaign's workload, when given); a roll-up without
   * `projectId` keeps the one stored.
   */
  save(rollup: PortfolioRollup, workload?: CampaignWorkload): Promise<void>;
  /** Writes the roll-up (and workload) only when the campaign has none yet (creation: a richer one may exist already). */
  saveIfAbsent(rollup: PortfolioRollup, workload?: CampaignWorkload): Promise<boolean>;
  /** Every campaign's workload (the capacity view: everyone's load counts, visible or not). */
  workloads(): Promise<CampaignWorkload[]>;
  /** Writes one campaign's workload alone (a view filling in a campaign computed before workloads existed). */
  saveWorkload(workload: CampaignWorkload): Promise<void>;
  /** Every campaign's index entry. */
  index(): Promise<PortfolioIndexEntry[]>;
  /** The roll-ups of the campaigns of these projects. */
  rows(projectKeys: readonly string[]): Promise<PortfolioRollup[]>;
  /** Changes the audiences and channels of a stored roll-up (none stored: nothing to change, the next computation writes it). */
  retarget(projectKey: string, epicKey: string, targeting: { audiences: string[]; channels: string[] }): Promise<void>;
  /** Records the Jira id of projects learned while reading (on their campaigns' index entries). */
  learnProjectIds(entries: readonly PortfolioIndexEntry[], ids: ReadonlyMap<string, string>): Promise<void>;
}

/** What Jira answered about a user's projects, kept briefly so a burst of views asks once. */
export interface VisibleProjects {
  at: number;
  /** The project ids asked about, and those the user may browse. */
  asked: string[];
  browsable: string[];
}

export interface VisibilityCachePort {
  get(accountId: string): Promise<VisibleProjects | undefined>;
  set(accountId: string, value: VisibleProjects): Promise<void>;
}

/** How long a user's permission answer is reused. */
export const VISIBILITY_TTL_MS = 60_000;

/** Jira, asked as the acting user: which of these projects they may browse (ONE bulk permission check). */
export interface ProjectVisibilityPort {
  browsable(projectIds: readonly string[]): Promise<Set<string>>;
  /** A project's id by key, as the user (undefined when they cannot see it). */
  projectId(projectKey: string): Promise<string | undefined>;
}
