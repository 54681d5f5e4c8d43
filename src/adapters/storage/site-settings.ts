import { kvs } from '@forge/kvs';
import { PortfolioSettings } from '../../domain/portfolio/settings';

/** The site's portfolio settings (`settings:portfolio`, one value written whole); none stored = the defaults. */
const KEY = 'settings:portfolio';

export async function getPortfolioSettings(): Promise<PortfolioSettings | undefined> {
  const value = await kvs.get<unknown>(KEY);
  if (value === undefined) return undefined;
  const parsed = PortfolioSettings.safeParse(value);
  if (!parsed.success) console.error('[campaign-control] unreadable portfolio settings: the defaults apply');
  return parsed.success ? parsed.data : undefined;
}

export async function savePortfolioSettings(settings: PortfolioSettings): Promise<void> {
  await kvs.set(KEY, PortfolioSettings.parse(settings));
}
