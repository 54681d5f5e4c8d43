import type { EstimateSource } from '../model';

/**
 * Where a campaign issue's work comes from, in business days. Pure.
 *
 * Rules, first that applies wins:
 * 1. Jira's remaining estimate (`timeestimate`, seconds) when set: what is left, as the people doing it say.
 * 2. Jira's original estimate (`timeoriginalestimate`, seconds) when set.
 * 3. The site's story points field when set, at `BUSINESS_DAYS_PER_STORY_POINT` business days a point.
 * 4. The template row's default (`estimateBusinessDays` of the plan row the issue was created from).
 * Seconds become business days with Jira's time tracking defaults: a working day is 8 hours (and a week 5 days,
 * which is why weeks need no rule of their own: Jira already stores seconds). Done work counts 0 in the schedule
 * network whatever its estimate (`campaignActivities`). An issue with none of these counts as one day there.
 */

/** Jira's default "working hours per day" of time tracking (Settings → Time tracking). */
export const JIRA_HOURS_PER_DAY = 8;
/** Jira's default "working days per week" of time tracking. */
export const JIRA_DAYS_PER_WEEK = 5;
export const SECONDS_PER_BUSINESS_DAY = JIRA_HOURS_PER_DAY * 60 * 60;
/** One story point is half a business day of work: a documented convention, not Jira's (points have no unit). */
export const BUSINESS_DAYS_PER_STORY_POINT = 0.5;

/** The estimate fields of one Jira issue; null when not set (or not a usable number). */
export interface JiraEstimates {
  remainingSeconds: number | null;
  originalSeconds: number | null;
  storyPoints: number | null;
}

export interface WorkEstimate {
  days: number | null;
  source: EstimateSource | null;
}

/** A Jira number field's value when it is a usable amount (finite, not negative), else null. */
export function estimateNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export const secondsToBusinessDays = (seconds: number): number => round2(seconds / SECONDS_PER_BUSINESS_DAY);
export const pointsToBusinessDays = (points: number): number => round2(points * BUSINESS_DAYS_PER_STORY_POINT);

/** The work of an issue by the rules above; `templateDays` is its plan row's estimate (null: no row). */
export function workEstimate(jira: JiraEstimates, templateDays: number | null): WorkEstimate {
  if (jira.remainingSeconds !== null) return { days: secondsToBusinessDays(jira.remainingSeconds), source: 'remaining' };
  if (jira.originalSeconds !== null) return { days: secondsToBusinessDays(jira.originalSeconds), source: 'original' };
  if (jira.storyPoints !== null) return { days: pointsToBusinessDays(jira.storyPoints), source: 'points' };
  if (templateDays !== null) return { days: templateDays, source: 'template' };
  return { days: null, source: null };
}

/** A field of `GET /rest/api/3/field`, as far as finding the story points field needs. */
export interface FieldDescription {
  id: string;
  name?: string | undefined;
  custom?: boolean | undefined;
  schema?: { type?: string | undefined; custom?: string | undefined } | undefined;
}

/** Jira Software's "Story point estimate" field type (team-managed projects, and new company-managed ones). */
export const JSW_STORY_POINTS_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';
const STORY_POINT_NAMES = ['story point estimate', 'story points'];

/**
 * The site's story points field: Jira Software's own type first, else a number custom field named "Story point
 * estimate" or "Story Points" (company-managed sites made it a plain number field). Undefined when there is none.
 */
export function storyPointsFieldId(fields: readonly FieldDescription[]): string | undefined {
  const numeric = fields.filter((f) => f.id.startsWith('customfield_') && (f.schema?.type === undefined || f.schema.type === 'number'));
  const byType = numeric.find((f) => f.schema?.custom === JSW_STORY_POINTS_TYPE);
  if (byType) return byType.id;
  for (const name of STORY_POINT_NAMES) {
    const byName = numeric.find((f) => f.name?.trim().toLowerCase() === name);
    if (byName) return byName.id;
  }
  return undefined;
}
