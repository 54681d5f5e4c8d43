import { isSiteAdmin } from '../adapters/jira/permissions';
import { getPortfolioSettings, savePortfolioSettings } from '../adapters/storage/site-settings';
import type { PortfolioSettingsPorts } from '../usecases/portfolio/settings';
import { systemClock } from '../usecases/ports/clock';

/** getPortfolioSettings and savePortfolioSettings: app storage and the user's global ADMINISTER permission in Jira. */
export const portfolioSettingsPorts = (): PortfolioSettingsPorts => ({
  settings: { get: getPortfolioSettings, save: savePortfolioSettings },
  site: { isSiteAdmin: () => isSiteAdmin() },
  clock: systemClock,
});
