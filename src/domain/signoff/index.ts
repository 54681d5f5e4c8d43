export { approvalsNeeded } from './quorum';
export type { ChangedField, CountedDecision, Delegation, GateState, GateStateName } from './types';
export { chronological, currentRound, replayRound, isClosed, type RoundOutcome } from './round';
export { delegationsInForce } from './delegations';
export { gateState, gateStates, type GateContext } from './gate-state';
export { mayDecide, ownRoleOn, type DecideRefusalCode, type GatedIssue, type MayDecide, type MayDecideInput } from './may-decide';
export { validateDecision, MAX_COMMENT, MAX_REASON, type DecisionCheck } from './validate-decision';
export { mayDelegate, MAX_DELEGATION_DAYS, type DelegateRefusalCode, type MayDelegate, type MayDelegateInput } from './may-delegate';
export { contentHash, changedFieldsOf, type GatedContent } from './content-hash';
export { staleCheck, type StaleCheck } from './stale-check';
export { reminders, reminderKey, REMINDER_BUSINESS_DAYS, type Reminder, type RemindersInput } from './reminders';
export { mirrorOf } from './mirror';
export { recordCsv, csvCell, csvHeader, type CsvRecordLine } from './record-csv';
export { refusalError } from './refusal-error';
export type { SignOffIssue } from './signoff-issue';
export { gatesOfIssue, gatesGuarding, gatedKeyOf, gateFromIssue, gateOfCampaign } from './campaign-gates';
export { gateView, gateViewOf, recordLine, type GateViewInput } from './gate-view';
export {
  languageOf,
  type Language,
  type Person,
  type DecisionCommentInput,
  type ReminderGate,
  type ReminderCommentInput,
} from './comment-input';
export {
  campaignSignOffOf,
  statesOf,
  stateOfGate,
  expectedMirror,
  sameMirror,
  workflowMoveOf,
  decisionCommentOf,
  peopleOfSignOff,
  type CampaignSignOff,
  type WorkflowTarget,
} from './campaign-signoff';
