import { z } from 'zod';
import { CostCategory, Currency, IsoDate } from '../model/common';
import { PlanBrief } from '../model/plan';
import { KpiUnit } from '../model/template';
import { problemText } from '../../wording/catalog/problems';

/** What `parseBrief` takes and gives, checked with zod at the domain's edge. */

export const ParseBriefInput = z
  .object({
    pageId: z.string().regex(/^\d{1,20}$/, problemText('pageId')),
    title: z.string().max(1000),
    url: z.string().max(2000),
    version: z.number().int().min(1),
    /** Confluence storage-format XHTML. */
    storage: z.string().optional(),
    /** An ADF document, used when there is no storage body. */
    adf: z.unknown().optional(),
    people: z.array(z.object({ accountId: z.string().min(1), displayName: z.string() })),
    /** The campaign's currency, when known: a brief budget in another one is kept as written and flagged. */
    campaignCurrency: Currency.optional(),
    /** The language problems and sources are worded in: the reader's (English unless told). */
    readerLanguage: z.enum(['en', 'fr']).optional(),
    /** The reader's today: days written without a year are read from it, past days are flagged. */
    today: IsoDate.optional(),
    /** The readings the PM picked for values with two (`brief.choices`). */
    picks: z.object({ launchDate: IsoDate.optional() }).strict().optional(),
  })
  .strict();
export type ParseBriefInput = z.input<typeof ParseBriefInput>;

export const BriefFields = z
  .object({
    objective: z.string().optional(),
    audience: z.string().optional(),
    launchDate: IsoDate.optional(),
    budget: z
      .object({
        amount: z.number().finite().nonnegative(),
        currency: Currency,
        lines: z.array(z.object({ label: z.string(), amount: z.number().finite(), category: CostCategory.optional() }).strict()).optional(),
        /** Written as an approximation (`~ 95 k€ ?`, `environ`, `about`). */
        approximate: z.literal(true).optional(),
        /** Written as a range (`80–100 k€`): both ends; `amount` is the upper one. */
        range: z.object({ min: z.number().finite(), max: z.number().finite() }).strict().optional(),
      })
      .strict()
      .optional(),
    channels: z.array(z.string()).optional(),
    kpis: z.array(z.object({ name: z.string(), target: z.number().finite(), unit: KpiUnit }).strict()).optional(),
    approvers: z
      .array(z.object({ accountId: z.string(), displayName: z.string().optional(), role: z.string().optional() }).strict())
      .optional(),
    keyMessages: z.array(z.string()).optional(),
  })
  .strict();
export type BriefFields = z.infer<typeof BriefFields>;

export const ParsedBrief = z.object({ brief: PlanBrief, fields: BriefFields }).strict();
export type ParsedBrief = z.infer<typeof ParsedBrief>;
