import type { ChangeCheckPage, CostFieldIds, JiraCampaignIssue } from '../../domain/snapshot';

/** An issue's type and parent, enough to find its campaign epic. */
export interface IssueRef {
  id: string;
  key: string;
  /** `project` when the reader asked for it: its id is what Jira's bulk permission check takes. */
  fields: { issuetype: { name: string }; parent?: { key: string }; project?: { id: string; key: string } };
}

/** Jira reads of a campaign's issues, asked as the user (panel) or as the app (events), per the wiring. */
export interface CampaignIssuesPort {
  /** Undefined when the issue does not exist or the reader cannot browse it. */
  lookup(issueKey: string): Promise<IssueRef | undefined>;
  costFieldIds(): Promise<CostFieldIds>;
  /** Ids of the epic and every child of it the reader can see. */
  issueIds(epicKey: string): Promise<string[]>;
  throughputDays(projectKey: string): Promise<string[]>;
  fetch(idsOrKeys: readonly string[], costFields: CostFieldIds): Promise<JiraCampaignIssue[]>;
  /** One search that proves the reader sees the epic and lists the campaign issues updated in the last `minutes`. */
  changesSince(epicKey: string, minutes: number): Promise<ChangeCheckPage>;
}
