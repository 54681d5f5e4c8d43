import { z } from 'zod';
import { CostCategory, IsoDate, RowId } from '../model';
import { problemText } from '../../wording/catalog/problems';

/** Who measured a value: `hubspot`, `ga4`, `mailchimp`, `meta-ads`, `csv`… (letters, digits, space, `._-`). */
export const SourceName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, problemText('kpiName'));

/** An instant as `Date#toISOString` writes it (UTC, milliseconds): sorts as text in time order. */
export const UtcInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, problemText('utcInstant'));

/** One measured value of one KPI. Its identity is (kpiId, source, at): the same identity again is a replay. */
export const KpiPoint = z
  .object({
    kpiId: RowId,
    at: UtcInstant,
    value: z.number().finite(),
    source: SourceName,
  })
  .strict();
export type KpiPoint = z.infer<typeof KpiPoint>;

/** Money spent on one channel on one day (a weekly report's week), in the campaign's currency. Identity: (channel, source, date). */
export const SpendPoint = z
  .object({
    channel: z.string().trim().min(1).max(60),
    category: CostCategory,
    date: IsoDate,
    amount: z.number().finite().nonnegative(),
    source: SourceName,
  })
  .strict();
export type SpendPoint = z.infer<typeof SpendPoint>;

export const pointIdentity = (p: Pick<KpiPoint, 'kpiId' | 'source' | 'at'>): string => `${p.kpiId}\u0000${p.source}\u0000${p.at}`;
export const spendIdentity = (p: Pick<SpendPoint, 'channel' | 'source' | 'date'>): string => `${p.channel}\u0000${p.source}\u0000${p.date}`;

/** The UTC calendar day of an instant. */
export const dayOfInstant = (at: string): IsoDate => at.slice(0, 10);
