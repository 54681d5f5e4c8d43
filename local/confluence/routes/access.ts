import type { Database } from '../../db/sqlite';
import type { Principal } from '../../http/types';
import { hasSpacePermission } from '../../identity/permissions';
import { APP_ACCOUNT_ID } from '../store/rows';
import { confluenceError, notFound } from './errors';

/** Anonymous access is off on the demo site: every v2 call needs credentials. */
export function requireAuthenticated(principal: Principal): string {
  if (principal.kind === 'anonymous') throw confluenceError(401, 'Unauthorized', 'Authentication credentials are missing or invalid.');
  return principal.kind === 'user' ? principal.accountId : APP_ACCOUNT_ID;
}

export const canRead = (db: Database, principal: Principal, spaceKey: string): boolean =>
  hasSpacePermission(db, principal, spaceKey, 'read');

/** 404 when the caller cannot even read the space (Confluence does not confirm the content exists). */
export function requireRead(db: Database, principal: Principal, spaceKey: string): void {
  if (!canRead(db, principal, spaceKey)) throw notFound();
}

/** Readers without edit rights get 403: they already know the content exists. */
export function requireWrite(db: Database, principal: Principal, spaceKey: string): void {
  requireRead(db, principal, spaceKey);
  if (!hasSpacePermission(db, principal, spaceKey, 'write')) {
    throw confluenceError(403, 'Forbidden', `You do not have permission to edit content in space ${spaceKey}.`);
  }
}
