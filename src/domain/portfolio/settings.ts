import { z } from 'zod';
import { IsoDate, RowId, TargetSlugs } from '../model';
import { problemIssue } from '../../wording/catalog/problems';
import { DEFAULT_COLLISION_SETTINGS, type CollisionSettings } from './collisions';

/**
 * The site's portfolio settings, set by Jira site administrators: how close two launches to the same audience or
 * on the same channel may be (N days), how many sign-offs an approver may have due in one week (M), and the blackout
 * windows when nothing launches (on the channels they name; none named = every channel). Stored whole, one value.
 */
export const MAX_BLACKOUTS = 50;

export const BlackoutWindow = z
  .object({
    /** Kept as given; a window without one gets the next free `blackout-<n>` when saved. */
    id: RowId.optional(),
    name: z.string().trim().min(1).max(120),
    start: IsoDate,
    end: IsoDate,
    /** Only launches on one of these channels are frozen; absent or empty = every channel. */
    channels: TargetSlugs.optional(),
  })
  .strict()
  .refine((b) => b.start <= b.end, { ...problemIssue('endsBeforeStart'), path: ['end'] });
export type BlackoutWindow = z.infer<typeof BlackoutWindow>;

export const PortfolioSettingsInput = z
  .object({
    collisionWindowDays: z.number().int().min(1).max(60),
    approverWeeklyGateLimit: z.number().int().min(1).max(20),
    blackouts: z.array(BlackoutWindow).max(MAX_BLACKOUTS),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.blackouts.forEach((b, i) => {
      if (b.id === undefined) return;
      if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: ['blackouts', i, 'id'], ...problemIssue('duplicateId', { id: b.id }) });
      seen.add(b.id);
    });
  });
export type PortfolioSettingsInput = z.input<typeof PortfolioSettingsInput>;
/** The settings once the schema has checked them. */
export type CheckedPortfolioSettings = z.infer<typeof PortfolioSettingsInput>;

/** As stored and answered: every window has its id; who saved it last and when. */
export const PortfolioSettings = z
  .object({
    collisionWindowDays: z.number().int().min(1).max(60),
    approverWeeklyGateLimit: z.number().int().min(1).max(20),
    blackouts: z.array(z.object({ id: RowId, name: z.string(), start: IsoDate, end: IsoDate, channels: z.array(z.string()) }).strict()),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
  })
  .strict();
export type PortfolioSettings = z.infer<typeof PortfolioSettings>;

export const DEFAULT_PORTFOLIO_SETTINGS: PortfolioSettings = {
  collisionWindowDays: DEFAULT_COLLISION_SETTINGS.collisionWindowDays,
  approverWeeklyGateLimit: DEFAULT_COLLISION_SETTINGS.approverWeeklyGateLimit,
  blackouts: [],
};

/** Checked settings as they are stored: ids given to new windows, channels each once, windows in date order. */
export function settingsToStore(input: CheckedPortfolioSettings, by: string, at: string): PortfolioSettings {
  const taken = new Set(input.blackouts.flatMap((b) => b.id ?? []));
  let n = 0;
  const nextId = (): string => {
    do n += 1;
    while (taken.has(`blackout-${n}`));
    taken.add(`blackout-${n}`);
    return `blackout-${n}`;
  };
  const blackouts = input.blackouts
    .map((b) => ({ id: b.id ?? nextId(), name: b.name, start: b.start, end: b.end, channels: [...new Set(b.channels ?? [])] }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  return {
    collisionWindowDays: input.collisionWindowDays,
    approverWeeklyGateLimit: input.approverWeeklyGateLimit,
    blackouts,
    updatedAt: at,
    updatedBy: by,
  };
}

/** What the collision check takes from the settings. */
export const collisionSettingsOf = (s: PortfolioSettings): CollisionSettings => ({
  collisionWindowDays: s.collisionWindowDays,
  approverWeeklyGateLimit: s.approverWeeklyGateLimit,
  blackouts: s.blackouts,
});
