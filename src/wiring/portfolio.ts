import { RetryGate } from '../adapters/http/retry';
import { jiraProjectVisibility } from '../adapters/jira/project-visibility';
import { portfolioStore, visibilityCache } from '../adapters/storage/portfolio-store';
import { systemClock } from '../usecases/ports/clock';
import type { GetPortfolioPorts } from '../usecases/portfolio/get-portfolio';

/** The portfolio view's ports: the app's storage, and Jira asked as the user only which projects they may browse. */
export const portfolioPorts = (): GetPortfolioPorts => ({
  portfolio: portfolioStore,
  visibility: jiraProjectVisibility(new RetryGate()),
  visibleCache: visibilityCache,
  clock: systemClock,
});
