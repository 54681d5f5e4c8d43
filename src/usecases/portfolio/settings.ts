import type { GetPortfolioSettingsResult, SavePortfolioSettingsResult } from '../../contracts/portfolio-settings';
import { DomainError } from '../../domain/errors';
import { mayOnSite } from '../../domain/policy';
import {
  DEFAULT_PORTFOLIO_SETTINGS,
  settingsToStore,
  type CheckedPortfolioSettings,
  type PortfolioSettings,
} from '../../domain/portfolio/settings';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import type { PortfolioSettingsStorePort } from '../ports/portfolio-settings';
import type { SiteGrantsPort } from '../ports/site-grants';

export interface PortfolioSettingsPorts {
  settings: PortfolioSettingsStorePort;
  site: SiteGrantsPort;
  clock: Clock;
}

/** The stored settings, or the defaults. */
export async function currentSettings(store: Pick<PortfolioSettingsStorePort, 'get'>): Promise<PortfolioSettings> {
  return (await store.get()) ?? DEFAULT_PORTFOLIO_SETTINGS;
}

/** The site's portfolio settings (anyone signed in: the collisions are worded with them) and whether the user may save them. */
export async function getPortfolioSettings(user: ActingUser, ports: PortfolioSettingsPorts): Promise<GetPortfolioSettingsResult> {
  const [stored, siteAdmin] = await Promise.all([ports.settings.get(), ports.site.isSiteAdmin()]);
  const canEdit = mayOnSite({ accountId: user.accountId, siteAdmin }, 'portfolio.settings.edit').allowed;
  return { settings: stored ?? DEFAULT_PORTFOLIO_SETTINGS, isDefault: stored === undefined, canEdit };
}

/**
 * Saves the settings whole (Jira site administrators only, asked of Jira as the user). The payload schema has checked
 * every field (N 1–60, M 1–20, names ≤ 120 characters, each window's start ≤ end), naming the field of a problem.
 * Errors: FORBIDDEN (not a site administrator), nothing stored.
 */
export async function savePortfolioSettings(
  input: { settings: CheckedPortfolioSettings },
  user: ActingUser,
  ports: PortfolioSettingsPorts,
): Promise<SavePortfolioSettingsResult> {
  const decision = mayOnSite({ accountId: user.accountId, siteAdmin: await ports.site.isSiteAdmin() }, 'portfolio.settings.edit');
  if (!decision.allowed) throw new DomainError('FORBIDDEN', { key: 'errors.siteAdminOnly' });
  const settings = settingsToStore(input.settings, user.accountId, ports.clock.now().toISOString());
  await ports.settings.save(settings);
  return { settings };
}
