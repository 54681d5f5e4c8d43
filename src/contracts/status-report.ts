/**
 * `publishStatusReport`: the campaign's status report (or, once it has ended, its post-campaign report) published
 * to Confluence and linked from the epic. Type-only (the panel imports it).
 */
export type StatusReportKind = 'status' | 'post-campaign';

export interface PublishStatusReportPayload {
  epicKey: string;
  /** Default: `post-campaign` once the launch date has passed and every milestone is done, else `status`. */
  kind?: StatusReportKind;
}

export interface PublishStatusReportResult {
  kind: StatusReportKind;
  pageId: string;
  title: string;
  url: string;
  /** The page's version after this publish (1 when it was created; each publish adds one to its history). */
  version: number;
  created: boolean;
  language: 'en' | 'fr';
  /** Whether the epic links to the page (a Jira remote link); when it could not be added, `linkError` says why. */
  linked: boolean;
  linkError?: string;
}
