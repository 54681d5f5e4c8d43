import { getPortfolioSettings, savePortfolioSettings } from '../usecases/portfolio/settings';
import { portfolioSettingsPorts } from '../wiring/portfolio-settings';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The site's portfolio settings (collision window, weekly sign-off limit, blackouts) and whether the caller may save them. */
export const getPortfolioSettingsResolver = contractResolver('getPortfolioSettings', (_input, caller) =>
  getPortfolioSettings(userOf(caller), portfolioSettingsPorts()),
);

/** Saves the site's portfolio settings (Jira site administrators). */
export const savePortfolioSettingsResolver = contractResolver('savePortfolioSettings', (input, caller) =>
  savePortfolioSettings(input, userOf(caller), portfolioSettingsPorts()),
);
