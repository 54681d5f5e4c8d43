import type { CampaignRecordListPort, CampaignRecordsPort } from '../ports/campaign-records';
import type { Clock } from '../ports/clock';
import type { GatedIssuesPort } from '../ports/gated-issues';
import type { InvocationDeadlinePort } from '../ports/invocation-deadline';
import type { PeopleNamesPort } from '../ports/people-names';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { ReminderClaimsPort } from '../ports/reminder-claims';
import type { SignOffCommentsPort } from '../ports/signoff-comments';
import type { SignOffMirrorPort } from '../ports/signoff-mirror';
import type { SignOffRecordPort } from '../ports/signoff-record';
import type { WorkflowPort } from '../ports/workflow';

/** Every port a sign-off use case may need; each use case takes only the ones it names (`Pick`). */
export interface SignOffPorts {
  issues: GatedIssuesPort;
  records: CampaignRecordsPort;
  campaigns: CampaignRecordListPort;
  signOffRecord: SignOffRecordPort;
  reminderClaims: ReminderClaimsPort;
  mirror: SignOffMirrorPort;
  workflow: WorkflowPort;
  comments: SignOffCommentsPort;
  people: PeopleNamesPort;
  grants: ProjectGrantsPort;
  clock: Clock;
  deadline: InvocationDeadlinePort;
}
