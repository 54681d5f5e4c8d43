import { getPortfolio } from '../usecases/portfolio/get-portfolio';
import { portfolioPorts } from '../wiring/portfolio';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The marketing portfolio: every campaign in a project the caller may browse, from app storage (Jira asked only for visibility). */
export const getPortfolioResolver = contractResolver('getPortfolio', (input, caller) =>
  getPortfolio(input, userOf(caller), portfolioPorts()),
);
