import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { Risk } from '../../contracts/risks';
import type { CampaignRecord, SignOffEntry, SnapshotIssue } from '../../domain/model';
import type { ActingUser } from '../acting-user';

/** A campaign panel with what it was computed from (a report words the same numbers). */
export type PanelComputation =
  | { kind: 'none' }
  | {
      kind: 'panel';
      panel: CampaignPanel;
      record: CampaignRecord;
      /** The roll-up's issues. */
      issues: readonly SnapshotIssue[];
      /** Display names by account id. */
      people: Readonly<Record<string, string>>;
      signOffEntries: readonly SignOffEntry[];
      today: string;
      /** The campaign's risk register (the status report prints it). */
      risks?: readonly Risk[];
    };

/** Computes the campaign panel of an issue as the user sees it (`kind: 'none'` when it belongs to no campaign). */
export interface PanelComputerPort {
  compute(issueKey: string, user: ActingUser, options: { refresh: boolean; now: Date }): Promise<PanelComputation>;
}
