import { getCollisions } from '../usecases/portfolio/get-collisions';
import { getPortfolio } from '../usecases/portfolio/get-portfolio';
import { getPortfolioCapacity } from '../usecases/portfolio/get-portfolio-capacity';
import { collisionsPorts, portfolioCapacityPorts, portfolioPorts } from '../wiring/portfolio';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The marketing portfolio: every campaign in a project the caller may browse, from app storage (Jira asked only for visibility). */
export const getPortfolioResolver = contractResolver('getPortfolio', (input, caller) =>
  getPortfolio(input, userOf(caller), portfolioPorts()),
);

/** The portfolio's launch collisions among the campaigns the caller may see, worded in their language. */
export const getCollisionsResolver = contractResolver('getCollisions', (input, caller) =>
  getCollisions(input, userOf(caller), collisionsPorts()),
);

/** The capacity heatmap across campaigns: people × weeks, the team's totals, a person's tasks on demand. */
export const getPortfolioCapacityResolver = contractResolver('getPortfolioCapacity', (input, caller) =>
  getPortfolioCapacity(input, userOf(caller), portfolioCapacityPorts()),
);
