import type { Database } from '../../db/sqlite';
import type { Principal } from '../../http/types';
import type { ChangeItem } from './changelog';
import type { IssueRow, LinkTypeRow } from './rows';

/**
 * What Jira's event stream says after a committed write. The emulator publishes these synchronously, right
 * after the transaction, so a listener sees the issue exactly as the change left it (for a deletion: the row
 * as it was). Listeners (the local Forge host's triggers) must not throw and must not write to Jira.
 */
export type JiraIssueEvent =
  | { kind: 'issue_created'; issue: IssueRow; actor: Principal; at: string }
  | { kind: 'issue_updated'; issue: IssueRow; actor: Principal; at: string; changelog: { id: number; items: ChangeItem[] } }
  | { kind: 'issue_deleted'; issue: IssueRow; actor: Principal; at: string }
  | {
      kind: 'issuelink_created' | 'issuelink_deleted';
      link: { id: number; type: LinkTypeRow; sourceIssueId: number; destinationIssueId: number };
      actor: Principal;
      at: string;
    };

export type JiraIssueEventListener = (event: JiraIssueEvent) => void;

/** Per database, so two hosts in one process (tests) never hear each other. */
const listeners = new WeakMap<Database, Set<JiraIssueEventListener>>();

export function onJiraIssueEvent(db: Database, listener: JiraIssueEventListener): () => void {
  const set = listeners.get(db) ?? new Set<JiraIssueEventListener>();
  set.add(listener);
  listeners.set(db, set);
  return () => set.delete(listener);
}

export function publishJiraIssueEvents(db: Database, events: JiraIssueEvent[]): void {
  const set = listeners.get(db);
  if (!set || set.size === 0) return;
  for (const event of events)
    for (const listener of set) {
      try {
        listener(event);
      } catch (e) {
        // A broken listener must never turn a committed write into an error response.
        console.error('[local host] issue event listener failed:', e);
      }
    }
}
