import type { PortfolioSettings } from '../../domain/portfolio/settings';

/** The site's portfolio settings in app storage (none stored: the defaults apply). */
export interface PortfolioSettingsStorePort {
  get(): Promise<PortfolioSettings | undefined>;
  save(settings: PortfolioSettings): Promise<void>;
}
