import { z } from 'zod';
import { IssueKey } from './fields';

/**
 * `publishStatusReport`: the campaign's status report (or, once it has ended, its post-campaign report) published
 * to Confluence and linked from the epic.
 */
export const StatusReportKind = z.enum(['status', 'post-campaign']);
export type StatusReportKind = z.infer<typeof StatusReportKind>;

export const PublishStatusReportPayload = z
  .object({
    epicKey: IssueKey,
    /** Default: `post-campaign` once the launch date has passed and every milestone is done, else `status`. */
    kind: StatusReportKind.optional(),
  })
  .strict();
export type PublishStatusReportPayload = z.input<typeof PublishStatusReportPayload>;

export const PublishStatusReportResult = z
  .object({
    kind: StatusReportKind,
    pageId: z.string(),
    title: z.string(),
    url: z.string(),
    /** The page's version after this publish (1 when it was created; each publish adds one to its history). */
    version: z.number(),
    created: z.boolean(),
    language: z.enum(['en', 'fr']),
    /** Whether the epic links to the page (a Jira remote link); when it could not be added, `linkError` says why. */
    linked: z.boolean(),
    linkError: z.string().optional(),
  })
  .strict();
export type PublishStatusReportResult = z.infer<typeof PublishStatusReportResult>;
