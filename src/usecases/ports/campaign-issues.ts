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
  /** The epic and every child of it the reader can see, with the snapshot's fields (and the epic's access facts), in one pass. */
  readCampaign(epicKey: string, costFields: CostFieldIds): Promise<JiraCampaignIssue[]>;
  throughputDays(projectKey: string): Promise<string[]>;
  fetch(idsOrKeys: readonly string[], costFields: CostFieldIds): Promise<JiraCampaignIssue[]>;
  /**
   * One search listing the campaign issues updated in the last `minutes`, with the snapshot's fields; with `withEpic`
   * the epic too, which proves the reader sees it.
   */
  changesSince(epicKey: string, minutes: number, costFields: CostFieldIds, options: { withEpic: boolean }): Promise<ChangeCheckPage>;
}

/**
 * Which campaign an issue was last found in, remembered by earlier views: a hint only, believed when the campaign's
 * snapshot holds the issue, so that a view whose Forge context proves the issue visible needs no lookup.
 */
export interface CampaignHintsPort {
  epicOf(issueKey: string): Promise<string | undefined>;
  remember(issueKey: string, epicKey: string): Promise<void>;
}
