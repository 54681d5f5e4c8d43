import { RetryGate } from '../adapters/http/retry';
import { jiraProjectVisibility } from '../adapters/jira/project-visibility';
import { portfolioStore, visibilityCache } from '../adapters/storage/portfolio-store';
import { getPortfolioSettings } from '../adapters/storage/site-settings';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { loadSnapshot } from '../adapters/storage/snapshots';
import type { PortfolioCapacityPorts } from '../usecases/portfolio/get-portfolio-capacity';
import { forecastCapacity } from './capacity';
import { systemClock } from '../usecases/ports/clock';
import type { GetCollisionsPorts } from '../usecases/portfolio/get-collisions';
import type { GetPortfolioPorts } from '../usecases/portfolio/get-portfolio';

/** The portfolio view's ports: the app's storage, and Jira asked as the user only which projects they may browse. */
export const portfolioPorts = (): GetPortfolioPorts => ({
  portfolio: portfolioStore,
  visibility: jiraProjectVisibility(new RetryGate()),
  visibleCache: visibilityCache,
  clock: systemClock,
});

/** The collisions view: the portfolio's ports and the site's settings (app storage). */
export const collisionsPorts = (): GetCollisionsPorts => ({ ...portfolioPorts(), settings: { get: getPortfolioSettings } });

/** The capacity heatmap: the portfolio's visibility and workloads, records and snapshots to fill one in, the capacity settings. */
export const portfolioCapacityPorts = (): PortfolioCapacityPorts => ({
  ...portfolioPorts(),
  portfolio: portfolioStore,
  records: { get: getCampaignRecord },
  snapshots: { load: loadSnapshot },
  capacity: forecastCapacity,
});
