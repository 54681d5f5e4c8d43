import type { GateStatus } from '../../contracts/campaign-panel';
import type { Activity, PersonCapacity, RiskEvent } from '../forecast';
import type { HolidayCalendar, IsoDate } from '../model';
import type { CampaignIssue } from './issue-costs';
import type { Random } from './random';

/** What a campaign's deadline risk is computed from: its issues, the other campaigns' work, people and risks. */
export interface RiskInput {
  epicKey: string;
  items: readonly CampaignIssue[];
  gates: readonly GateStatus[];
  today: IsoDate;
  calendar: HolidayCalendar;
  random: Random;
  /** Trials at most; the Monte Carlo stops earlier once P85 is stable. */
  trials?: number;
  /** Open work of the other campaigns the app manages: it holds the same people. */
  otherActivities?: readonly Activity[];
  /** People's capacity settings; anyone else works 100 % on business days. */
  capacity?: readonly PersonCapacity[];
  /** Role → people, beyond those this campaign's rows already name (the project's role mapping). */
  pools?: Readonly<Record<string, readonly string[]>>;
  /** accountId → display name, for the people who drive the forecast. */
  people?: Readonly<Record<string, string>>;
  /** Open risks of the campaign's register, sampled as discrete events (each milestone then also gets its P85 without them). */
  risks?: readonly RiskEvent[];
}
