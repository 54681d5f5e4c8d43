import type { Database } from '../db/sqlite';
import type { IncomingHttpHeaders } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Principal } from '../http/types';
import { findUser, findUserByEmail } from '../identity/permissions';

/**
 * The local Forge host's own calls (asApp / asUser from `__forge_fetch__`, and the browser bridge's
 * `fetchProduct`) carry `Authorization: ForgeLocal <secret> app|user:<accountId>`. The secret is made per
 * process, so a script on the machine cannot pose as the app; scripts use Basic auth like real Jira clients.
 */
/** Marks the host's own platform look-ups (e.g. the issue a panel sits on), which Jira would not bill to the app. */
export const PLATFORM_HEADER = 'x-forge-local-platform';

export const HOST_SECRET = randomBytes(16).toString('hex');

export function forgeLocalAuthorization(principal: Principal): string {
  if (principal.kind === 'app') return `ForgeLocal ${HOST_SECRET} app`;
  if (principal.kind === 'user') return `ForgeLocal ${HOST_SECRET} user:${principal.accountId}`;
  return '';
}

export type AuthResult = { ok: true; principal: Principal } | { ok: false; reason: string };

export function authenticate(db: Database, headers: IncomingHttpHeaders): AuthResult {
  const header = headers.authorization;
  if (!header) return { ok: true, principal: { kind: 'anonymous' } };
  const [scheme, ...rest] = header.split(' ');
  if (scheme === 'Basic') {
    const decoded = Buffer.from(rest.join(' '), 'base64').toString('utf8');
    const email = decoded.split(':')[0];
    const user = email ? findUserByEmail(db, email) : undefined;
    if (!user || !user.active) return { ok: false, reason: 'Basic authentication failed: unknown user' };
    return { ok: true, principal: { kind: 'user', accountId: user.account_id } };
  }
  if (scheme === 'ForgeLocal') {
    const [secret, who] = rest;
    if (secret !== HOST_SECRET || !who) return { ok: false, reason: 'Invalid local host credentials' };
    if (who === 'app') return { ok: true, principal: { kind: 'app' } };
    const accountId = who.startsWith('user:') ? who.slice(5) : '';
    if (!findUser(db, accountId)) return { ok: false, reason: `Unknown user ${accountId}` };
    return { ok: true, principal: { kind: 'user', accountId } };
  }
  return { ok: false, reason: `Unsupported authorization scheme ${scheme}` };
}
