import type { DecisionKind, Language } from '../model';

/** What the app's Jira comments on sign-off say, as data; the Jira adapter renders it (ADF, mentions, FR/EN). */
export { languageOf, type Language } from '../model';

export interface Person {
  accountId: string;
  name: string;
}

export interface DecisionCommentInput {
  lang: Language;
  gateName: string;
  actor: Person;
  onBehalfOf?: Person;
  decision: DecisionKind;
  reason?: string;
  comment?: string;
  state: 'open' | 'approved' | 'declined' | 'changes_requested' | 'waiting';
  pending: readonly Person[];
  pm: Person | null;
  entryId: string;
}

export interface ReminderGate {
  gateName: string;
  dueDate: string;
  late: boolean;
  businessDaysLate: number;
  pending: readonly Person[];
}

export interface ReminderCommentInput {
  lang: Language;
  gates: readonly ReminderGate[];
  escalateTo: Person | null;
  date: string;
}
