import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { findIssue } from '../store/issues';
import { canBrowseIssue, requireSignedIn } from './access';
import { requireObjectBody, stringArray } from './params';
import { parseFieldSelection } from './render/field-selection';
import { issueJson } from './render/issue';
import { createIssueFrom } from './edit/create-issue';
import type { IssueRow } from '../store/rows';
import { publishJiraIssueEvents, type JiraIssueEvent } from '../store/issue-events';
import { BULK_FETCH_RETRY_MESSAGE, bulkFetchFails } from '../store/bulk-fetch-errors';

export const MAX_BULK_CREATE = 50;
export const MAX_BULK_FETCH = 100;

interface BulkError {
  status: number;
  failedElementNumber?: number;
  elementErrors: { errorMessages: string[]; errors: Record<string, string> };
}

/** The spec types both 201 and 400 of bulk create as `CreatedIssues`, so request-level refusals use it too. */
function bulkRefusal(message: string): RouteResponse {
  const errors: BulkError[] = [{ status: 400, elementErrors: { errorMessages: [message], errors: {} } }];
  return { status: 400, body: { issues: [], errors } };
}

function bulkCreate(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  const updates = body.issueUpdates;
  if (!Array.isArray(updates) || updates.length === 0) return bulkRefusal('Issue list must not be empty.');
  if (updates.length > MAX_BULK_CREATE)
    return bulkRefusal(`Too many issues in one request: ${updates.length}. The maximum is ${MAX_BULK_CREATE}.`);
  const now = new Date().toISOString();
  const issues: { id: string; key: string; self: string }[] = [];
  const errors: BulkError[] = [];
  const created: JiraIssueEvent[] = [];
  req.db.transaction(() => {
    updates.forEach((details, index) => {
      const outcome = createIssueFrom(req, details, now);
      if (outcome.ok) {
        const { issue } = outcome;
        issues.push({ id: String(issue.id), key: issue.key, self: `${req.baseUrl}/rest/api/3/issue/${issue.id}` });
        created.push({ kind: 'issue_created', issue, actor: req.principal, at: now });
      } else
        errors.push({
          status: outcome.status,
          failedElementNumber: index,
          elementErrors: { errorMessages: outcome.errorMessages, errors: outcome.errors },
        });
    });
  })();
  publishJiraIssueEvents(req.db, created);
  return { status: issues.length > 0 ? 201 : 400, body: { issues, errors } };
}

function bulkFetch(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  const ids = stringArray(body.issueIdsOrKeys, 'issueIdsOrKeys');
  if (!ids) throw jiraError(400, ["'issueIdsOrKeys' is required."]);
  if (ids.length > MAX_BULK_FETCH) throw jiraError(400, [`You can request at most ${MAX_BULK_FETCH} issues (got ${ids.length}).`]);
  const fields = parseFieldSelection(stringArray(body.fields, 'fields'), '*navigable');
  const properties = stringArray(body.properties, 'properties');
  const expand = stringArray(body.expand, 'expand');
  const found = new Map<number, IssueRow>();
  for (const ref of ids) {
    const issue = findIssue(req.db, ref);
    if (issue && canBrowseIssue(req.db, req.principal, issue)) found.set(issue.id, issue);
  }
  const rows = [...found.values()].sort((a, b) => a.id - b.id);
  const issueErrors: { id: string; errorMessage: string }[] = [];
  const served = rows.filter((r) => {
    if (!bulkFetchFails(req.db)) return true;
    issueErrors.push({ id: String(r.id), errorMessage: BULK_FETCH_RETRY_MESSAGE });
    return false;
  });
  const issues = served.map((r) => issueJson(req.db, req.baseUrl, r, { fields, properties, expand }));
  return { status: 200, body: { issues, issueErrors }, cost: { objects: issues.length } };
}

export function bulkRoutes(): Route[] {
  return [
    { method: 'POST', pattern: '/rest/api/3/issue/bulk', handler: bulkCreate },
    { method: 'POST', pattern: '/rest/api/3/issue/bulkfetch', handler: bulkFetch },
  ];
}
