import { z } from 'zod';
import { problemText } from '../../wording/catalog/problems';

/** A name in both languages the app speaks. */
export const LocalizedText = z.object({ en: z.string().min(1).max(255), fr: z.string().min(1).max(255) }).strict();
export type LocalizedText = z.infer<typeof LocalizedText>;
export type Language = keyof LocalizedText;

/** `fr_FR`, `fr-CA`, `fr` → fr; anything else → en. */
export const languageOf = (locale: string | null | undefined): Language => (locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en');

/** Calendar day, ISO `yyyy-mm-dd`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, problemText('isoDate'))
  // Date.parse accepts 2026-02-30 (it rolls over): a real date reads back as itself.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, problemText('realDay'));
export type IsoDate = z.infer<typeof IsoDate>;

/** Stable ids inside a template (rows, gates, KPIs): lower-case slugs, unique within the template. */
export const RowId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, problemText('rowId'));

export const Currency = z.string().regex(/^[A-Z]{3}$/, problemText('currency'));

export const Money = z.object({ amount: z.number().finite().nonnegative(), currency: Currency }).strict();
export type Money = z.infer<typeof Money>;

export const HolidayCalendar = z.enum(['FR', 'US']);
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;

/** Who does the work or signs off, before the PM maps roles to people. */
export const OwnerRole = z.enum([
  'pm',
  'copywriter',
  'designer',
  'media_buyer',
  'email_specialist',
  'social_manager',
  'web_developer',
  'events_manager',
  'pr_manager',
  'sales_enablement',
  'analyst',
  'legal',
  'brand',
  'leadership',
  'finance',
  'partner',
]);
export type OwnerRole = z.infer<typeof OwnerRole>;

/** Role → the people who fill it (a project's default mapping, or the one a PM confirms in a preview). */
export const RoleAssignments = z.record(OwnerRole, z.array(z.string().min(1)).max(20));
export type RoleAssignments = z.infer<typeof RoleAssignments>;

export const CostCategory = z.enum(['media', 'production', 'agency', 'tooling', 'event']);
export type CostCategory = z.infer<typeof CostCategory>;
