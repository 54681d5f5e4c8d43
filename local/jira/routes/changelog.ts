import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { listHistories } from '../store/changelog';
import { findIssue } from '../store/issues';
import type { IssueRow } from '../store/rows';
import { canBrowseIssue, requireSignedIn, visibleIssue } from './access';
import { intParam, isRecord, requireObjectBody, stringArray } from './params';
import { historyJson } from './render/changelog';
import { pathParam } from '../../http/path-param';

function issueChangelog(req: RouteRequest): RouteResponse {
  const issue = visibleIssue(req, pathParam(req, 'issueIdOrKey'));
  const startAt = Math.max(0, intParam(req.query, 'startAt', 0));
  const maxResults = Math.min(Math.max(1, intParam(req.query, 'maxResults', 100)), 100);
  const all = listHistories(req.db, issue.id);
  const values = all.slice(startAt, startAt + maxResults).map((h) => historyJson(req.db, req.baseUrl, h));
  const base = `${req.baseUrl}/rest/api/3/issue/${issue.key}/changelog`;
  const isLast = startAt + maxResults >= all.length;
  return {
    status: 200,
    body: {
      self: `${base}?startAt=${startAt}&maxResults=${maxResults}`,
      ...(isLast ? {} : { nextPage: `${base}?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
      maxResults,
      startAt,
      total: all.length,
      isLast,
      values,
    },
  };
}

const MAX_ISSUES = 1000;
const MAX_FIELD_IDS = 10;

/** Pages over the flattened histories of all requested issues; the token is the offset into that list. */
function bulkChangelog(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  const refs = stringArray(body.issueIdsOrKeys, 'issueIdsOrKeys');
  if (!refs || refs.length === 0) throw jiraError(400, ["'issueIdsOrKeys' must list at least one issue."]);
  if (refs.length > MAX_ISSUES) throw jiraError(400, [`At most ${MAX_ISSUES} issues can be requested.`]);
  const fieldIds = stringArray(body.fieldIds, 'fieldIds');
  if (fieldIds && fieldIds.length > MAX_FIELD_IDS) throw jiraError(400, [`At most ${MAX_FIELD_IDS} field ids can be requested.`]);
  const maxResults = body.maxResults === undefined ? 1000 : Number(body.maxResults);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 10000)
    throw jiraError(400, ["'maxResults' must be between 1 and 10000."]);
  let offset = 0;
  if (typeof body.nextPageToken === 'string') {
    const parsed = Number(Buffer.from(body.nextPageToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(parsed) || parsed < 0) throw jiraError(400, ['The provided next page token is invalid.']);
    offset = parsed;
  } else if (body.nextPageToken !== undefined && !isRecord(body.nextPageToken) && body.nextPageToken !== null)
    throw jiraError(400, ["'nextPageToken' must be a string."]);

  const issues = new Map<number, IssueRow>();
  for (const ref of refs) {
    const issue = findIssue(req.db, ref);
    if (issue && canBrowseIssue(req.db, req.principal, issue)) issues.set(issue.id, issue);
  }
  const flat = [...issues.values()]
    .sort((a, b) => a.id - b.id)
    .flatMap((issue) => listHistories(req.db, issue.id, fieldIds).map((h) => ({ issueId: issue.id, h })));
  const page = flat.slice(offset, offset + maxResults);
  const grouped = new Map<number, ReturnType<typeof historyJson>[]>();
  for (const { issueId, h } of page) {
    const list = grouped.get(issueId) ?? [];
    list.push(historyJson(req.db, req.baseUrl, h));
    grouped.set(issueId, list);
  }
  const issueChangeLogs = [...grouped.entries()].map(([issueId, changeHistories]) => ({ issueId: String(issueId), changeHistories }));
  const more = offset + maxResults < flat.length;
  return {
    status: 200,
    body: { issueChangeLogs, ...(more ? { nextPageToken: Buffer.from(String(offset + maxResults)).toString('base64url') } : {}) },
  };
}

export function changelogRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/changelog', handler: issueChangelog },
    { method: 'POST', pattern: '/rest/api/3/changelog/bulkfetch', handler: bulkChangelog },
  ];
}
