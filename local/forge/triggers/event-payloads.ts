import type { Database } from '../../db/sqlite';
import type { Principal } from '../../http/types';
import type { JiraIssueEvent } from '../../jira/store/issue-events';
import type { IssueRow } from '../../jira/store/rows';
import { actorId } from '../../jira/routes/access';
import { parseFieldSelection } from '../../jira/routes/render/field-selection';
import { issueJson } from '../../jira/routes/render/issue';
import { LOCAL_CLOUD_ID } from '../runtime';
import type { EmulatedEventType } from './trigger-modules';

/**
 * Forge's Jira event payloads, as "Jira events" (developer.atlassian.com/platform/forge/events-reference/jira)
 * documents them. Choices where the docs are thin:
 * - `issue.fields` holds only the documented fields (summary, issuetype, creator, created, project, reporter,
 *   assignee, updated, status) plus what the trigger asks for with `payload.include.fields`, so the app cannot
 *   come to rely on data the platform does not send. Users are `{accountId}` only, as in the docs' example.
 * - `atlassianId` is the actor; the app's own writes (asApp) carry the app's account id.
 * - `associatedUsers` is `[{accountId}]` of the actor.
 * - updates carry `changelog: {id, items}` with Jira's item shape; link changes are also issue updates
 *   (a "Link" item on each side), as Jira records them, besides the issuelink events.
 * - issuelink events carry `id`, `sourceIssueId` (the side the outward phrase describes: "A blocks B" → A),
 *   `destinationIssueId` and `issueLinkType`.
 * - every payload has `context: {cloudId, moduleKey}`; no `contextToken` (there is nothing local to verify it).
 */
const DOCUMENTED_FIELDS = ['summary', 'issuetype', 'creator', 'created', 'project', 'reporter', 'assignee', 'updated', 'status'];
const USER_FIELDS = new Set(['creator', 'reporter', 'assignee']);

export const EVENT_TYPE: Record<JiraIssueEvent['kind'], EmulatedEventType> = {
  issue_created: 'avi:jira:created:issue',
  issue_updated: 'avi:jira:updated:issue',
  issue_deleted: 'avi:jira:deleted:issue',
  issuelink_created: 'avi:jira:created:issuelink',
  issuelink_deleted: 'avi:jira:deleted:issuelink',
};

export function isSelf(actor: Principal): boolean {
  return actor.kind === 'app';
}

export function subjectOf(event: JiraIssueEvent): string {
  return 'issue' in event ? event.issue.key : `issuelink ${event.link.id}`;
}

function issuePayload(db: Database, baseUrl: string, row: IssueRow, includeFields: string[]) {
  const rendered = issueJson(db, baseUrl, row, { fields: parseFieldSelection([...DOCUMENTED_FIELDS, ...includeFields], 'id') });
  const fields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(rendered.fields ?? {})) {
    const documentedUser = USER_FIELDS.has(id) && !includeFields.includes(id);
    fields[id] =
      documentedUser && value !== null && typeof value === 'object' && 'accountId' in value ? { accountId: value.accountId } : value;
  }
  return { id: String(row.id), key: row.key, fields };
}

/** The payload one trigger module receives for one event, rendered from the state the event left. */
export function eventPayload(
  db: Database,
  baseUrl: string,
  event: JiraIssueEvent,
  moduleKey: string,
  includeFields: string[],
): Record<string, unknown> {
  const eventType = EVENT_TYPE[event.kind];
  const actor = actorId(event.actor);
  const who = actor ? { atlassianId: actor, associatedUsers: [{ accountId: actor }] } : {};
  const context = { cloudId: LOCAL_CLOUD_ID, moduleKey };
  switch (event.kind) {
    case 'issue_created':
    case 'issue_deleted':
      return { eventType, issue: issuePayload(db, baseUrl, event.issue, includeFields), ...who, context };
    case 'issue_updated':
      return {
        eventType,
        issue: issuePayload(db, baseUrl, event.issue, includeFields),
        ...who,
        changelog: { id: String(event.changelog.id), items: event.changelog.items.map((i) => ({ ...i })) },
        context,
      };
    case 'issuelink_created':
    case 'issuelink_deleted': {
      const { link } = event;
      return {
        eventType,
        id: String(link.id),
        sourceIssueId: String(link.sourceIssueId),
        destinationIssueId: String(link.destinationIssueId),
        issueLinkType: {
          id: link.type.id,
          name: link.type.name,
          inwardName: link.type.inward,
          outwardName: link.type.outward,
          isSubTaskLinkType: false,
          isSystemLinkType: false,
        },
        ...(actor ? { atlassianId: actor } : {}),
        context,
      };
    }
  }
}
