import type { CampaignRecord, CreationJob } from '../model';
import type { BulkCreateAnswer } from './bulk-result';
import type { FoundIssue } from './existing-issues';
import type { AppFieldIds, IssueUpdateDetails } from './issue-payloads';

/**
 * What the creation engine needs from the outside world. Adapters implement it over Jira and app storage;
 * unit tests implement it in memory. Calls whose outcome is unknown (429, 503, timeout on a write) throw
 * `DomainError('TRY_AGAIN')`; the engine then re-reads what exists instead of sending the same write again.
 */
export interface CreationPorts {
  now(): string;
  findAppFields(): Promise<{ ids: AppFieldIds; missing: string[] }>;
  findIssuesOfRequest(requestId: string): Promise<FoundIssue[]>;
  createIssue(details: IssueUpdateDetails): Promise<{ key: string }>;
  bulkCreate(issueUpdates: IssueUpdateDetails[]): Promise<BulkCreateAnswer>;
  createLink(type: string, fromKey: string, toKey: string): Promise<void>;
  upsertRemoteLink(issueKey: string, link: { globalId: string; url: string; title: string; relationship: string }): Promise<void>;
  saveJob(job: CreationJob): Promise<void>;
  saveRecord(record: CampaignRecord): Promise<void>;
}
