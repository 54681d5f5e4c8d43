import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError, jiraNotFound } from '../../http/jira-errors';
import { findUser, listUsers, type UserRow } from '../../identity/permissions';
import { APP_ACCOUNT_ID, requireSignedIn } from './access';
import { intParam, listParam } from './params';
import { fullUser, userDetails, userRef } from './render/users';

function myself(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  if (req.principal.kind !== 'user') return { status: 200, body: userRef(req.db, req.baseUrl, APP_ACCOUNT_ID), cost: { users: 1 } };
  const user = findUser(req.db, req.principal.accountId) as UserRow;
  return { status: 200, body: fullUser(req.baseUrl, user, listParam(req.query, 'expand') ?? []), cost: { users: 1 } };
}

function getUser(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const accountId = req.query.get('accountId');
  if (!accountId) throw jiraError(400, ['The accountId query parameter needs to be provided.']);
  const user = findUser(req.db, accountId);
  if (!user) throw jiraNotFound(`User with accountId '${accountId}' does not exist.`);
  return { status: 200, body: fullUser(req.baseUrl, user, listParam(req.query, 'expand') ?? []), cost: { users: 1 } };
}

function page(req: RouteRequest, users: UserRow[]): RouteResponse {
  const startAt = Math.max(0, intParam(req.query, 'startAt', 0));
  const maxResults = Math.min(Math.max(1, intParam(req.query, 'maxResults', 50)), 1000);
  const body = users.slice(startAt, startAt + maxResults).map((u) => userDetails(req.baseUrl, u));
  return { status: 200, body, cost: { users: body.length } };
}

function allUsers(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  return page(req, listUsers(req.db));
}

/** Prefix match on display name words and email, like Jira's user picker. */
function findUsers(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const query = req.query.get('query');
  const accountId = req.query.get('accountId');
  if (query === null && accountId === null && req.query.get('property') === null)
    throw jiraError(400, ['One of the query parameters query, accountId or property needs to be provided.']);
  if (query !== null && accountId !== null) throw jiraError(400, ['The query and accountId parameters cannot both be provided.']);
  let users = listUsers(req.db).filter((u) => u.active === 1);
  if (accountId !== null) users = users.filter((u) => u.account_id === accountId);
  if (query !== null) {
    const q = query.toLowerCase();
    users = users.filter(
      (u) =>
        u.email.toLowerCase().startsWith(q) ||
        u.display_name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w.startsWith(q)) ||
        u.display_name.toLowerCase().startsWith(q),
    );
  }
  return page(req, users);
}

/** Users by account id (`accountId` repeated), a page of them; ids Jira does not know are left out. */
function bulkUsers(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const ids = req.query.getAll('accountId');
  if (ids.length === 0) throw jiraError(400, ['The accountId query parameter needs to be provided.']);
  const startAt = Math.max(0, intParam(req.query, 'startAt', 0));
  const maxResults = Math.min(Math.max(1, intParam(req.query, 'maxResults', 10)), 200);
  const found = [...new Set(ids)].map((id) => findUser(req.db, id)).filter((u): u is UserRow => u !== undefined);
  const values = found.slice(startAt, startAt + maxResults).map((u) => userDetails(req.baseUrl, u));
  const isLast = startAt + values.length >= found.length;
  return { status: 200, body: { startAt, maxResults, total: found.length, isLast, values }, cost: { users: values.length } };
}

export function userRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/myself', handler: myself },
    { method: 'GET', pattern: '/rest/api/3/user', handler: getUser },
    { method: 'GET', pattern: '/rest/api/3/users/search', handler: allUsers },
    { method: 'GET', pattern: '/rest/api/3/user/bulk', handler: bulkUsers },
    { method: 'GET', pattern: '/rest/api/3/user/search', handler: findUsers },
  ];
}
