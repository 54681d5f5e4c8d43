import type { StatusReportKind } from '../../contracts/status-report';

/** Where a report of a campaign was last published, to publish its next version there. */
export interface PublishedReportRecord {
  pageId: string;
  spaceId: string;
  title: string;
  url: string;
  version: number;
  language: 'en' | 'fr';
  publishedAt: string;
  publishedBy: string;
}

export interface PublishedReportsPort {
  get(epicKey: string, kind: StatusReportKind): Promise<PublishedReportRecord | undefined>;
  save(epicKey: string, kind: StatusReportKind, report: PublishedReportRecord): Promise<void>;
}

export interface ReportPage {
  id: string;
  spaceId: string;
  title: string;
  url: string;
  version: number;
}

/** Confluence, as the user: where a campaign's pages live, and publishing a page (new, or a new version). */
export interface ReportPagesPort {
  /** The space of a readable page, or null when the user cannot read it (or it is gone). */
  spaceOfPage(pageId: string): Promise<string | null>;
  /** The id of the space with that key, or null when there is none the user can read. */
  spaceIdOf(spaceKey: string): Promise<string | null>;
  publish(input: {
    knownPageId: string | null;
    spaceId: string;
    content: { title: string; storage: string; message: string };
  }): Promise<{ page: ReportPage; created: boolean }>;
  /** A new unpublished draft page in the space (Confluence `status: draft`), its author's until published. */
  draft(input: { spaceId: string; content: { title: string; storage: string; message: string } }): Promise<ReportPage>;
}

/** A Jira remote link on an issue, upserted by its global id (never twice). */
export interface RemoteLinksPort {
  upsert(issueKey: string, link: { globalId: string; url: string; title: string; relationship: string }): Promise<void>;
}

/** Where the portfolio report was last published in a space (one page per space, whoever publishes it). */
export interface PortfolioReportsPort {
  get(spaceId: string): Promise<PublishedReportRecord | undefined>;
  save(spaceId: string, report: PublishedReportRecord): Promise<void>;
}
