import { z } from 'zod';
import { IsoDate, RowId } from '../model';
import { SourceName, type KpiPoint } from './points';
import { firstIssue, firstUnknownKey } from '../zod-issues';
import { problemText } from '../../wording/catalog/problems';

export const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

/** Clocks of the tools that push differ; a point may be at most this far ahead of ours. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const Instant = z.union([z.string().datetime({ offset: true }), IsoDate], {
  errorMap: () => ({ message: problemText('dateTime') }),
});

/** What a tool pushes to the webtrigger: one measured value of one KPI of one campaign. */
export const KpiPush = z
  .object({
    campaign: z.string({ required_error: problemText('required') }).regex(ISSUE_KEY, problemText('campaignKey')),
    kpi: RowId,
    value: z
      .number({ required_error: problemText('required'), invalid_type_error: problemText('expectedType', { expected: 'number' }) })
      .finite(problemText('finiteNumber')),
    at: Instant,
    source: SourceName,
  })
  .strict();
export type KpiPush = z.infer<typeof KpiPush>;

/** The campaign a body names, before anything else is trusted (its secret checks the signature). */
export const PushCampaign = z.object({ campaign: KpiPush.shape.campaign }).passthrough();

/**
 * `field`: the first field at fault (`body` when the push is not an object); `unknown` marks a field the push may not
 * carry at all. The web trigger answers with a fixed body per case (its static outputs), so no words travel here.
 */
export type PushReading = { ok: true; point: KpiPoint; campaign: string } | { ok: false; field: string; unknown?: true };

/** Validates a push (already JSON) into a point at a UTC instant, naming the first field at fault. */
export function readPush(body: unknown, now: Date): PushReading {
  const parsed = KpiPush.safeParse(body);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    if (issue.code === 'unrecognized_keys') {
      const field = firstUnknownKey(issue);
      return { ok: false, field, unknown: true };
    }
    return { ok: false, field: issue.path.join('.') || 'body' };
  }
  const { campaign, kpi, value, at, source } = parsed.data;
  const instant = new Date(at.length === 10 ? `${at}T00:00:00Z` : at);
  if (instant.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) return { ok: false, field: 'at' };
  return { ok: true, campaign, point: { kpiId: kpi, at: instant.toISOString(), value, source } };
}
