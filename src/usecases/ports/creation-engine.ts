import type { CampaignRecord, CreationJob } from '../../domain/model';
import type { BulkCreateAnswer } from '../../domain/creation/bulk-result';
import type { FoundIssue } from '../../domain/creation/existing-issues';
import type { AppFieldIds, IssueUpdateDetails } from '../../domain/creation/issue-payloads';
import type { BriefPageWriterPort } from './brief-page-writer';

/**
 * What the creation engine (`src/usecases/creation/run-creation.ts`) needs from the outside world. Adapters implement it over Jira and app storage;
 * unit tests implement it in memory. Calls whose outcome is unknown (429, 503, timeout on a write) throw
 * `DomainError('TRY_AGAIN')`; the engine then re-reads what exists instead of sending the same write again.
 */
export interface CreationPorts extends CreationJiraPort {
  now(): string;
  saveJob(job: CreationJob): Promise<void>;
  saveRecord(record: CampaignRecord): Promise<void>;
  /** Confluence as the PM, to add the status macro to the brief page when they consented (absent: never asked). */
  briefPages?: BriefPageWriterPort;
}

/** The Jira half of the engine's ports (one `RetryGate` per invocation behind them, built by the wiring). */
export interface CreationJiraPort {
  findAppFields(): Promise<{ ids: AppFieldIds; missing: string[] }>;
  findIssuesOfRequest(requestId: string): Promise<FoundIssue[]>;
  createIssue(details: IssueUpdateDetails): Promise<{ key: string }>;
  bulkCreate(issueUpdates: IssueUpdateDetails[]): Promise<BulkCreateAnswer>;
  createLink(type: string, fromKey: string, toKey: string): Promise<void>;
  upsertRemoteLink(issueKey: string, link: { globalId: string; url: string; title: string; relationship: string }): Promise<void>;
}
