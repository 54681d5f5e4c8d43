import { z } from 'zod';
import { PortfolioSettings, PortfolioSettingsInput } from '../domain/portfolio/settings';

/** The site's portfolio settings (collision window, weekly sign-off limit, blackout windows): read by all, saved by site admins. */
export const GetPortfolioSettingsPayload = z.object({}).strict();
export type GetPortfolioSettingsPayload = Record<string, never>;
export const GetPortfolioSettingsResult = z
  .object({
    settings: PortfolioSettings,
    /** Nothing saved yet: the defaults (7 days, 3 sign-offs a week, no blackout). */
    isDefault: z.boolean(),
    /** Whether the acting user may save them (Jira site administrators). */
    canEdit: z.boolean(),
  })
  .strict();
export type GetPortfolioSettingsResult = z.infer<typeof GetPortfolioSettingsResult>;

export const SavePortfolioSettingsPayload = z.object({ settings: PortfolioSettingsInput }).strict();
export type SavePortfolioSettingsPayload = z.input<typeof SavePortfolioSettingsPayload>;
export const SavePortfolioSettingsResult = z.object({ settings: PortfolioSettings }).strict();
export type SavePortfolioSettingsResult = z.infer<typeof SavePortfolioSettingsResult>;
