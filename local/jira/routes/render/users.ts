import type { Database } from '../../../db/sqlite';
import { findUser, type UserRow } from '../../../identity/permissions';
import { DEMO_USERS } from '../../../identity/demo-users';
import { APP_ACCOUNT_ID } from '../access';

/** Jira's user JSON: `UserDetails` when embedded (assignee, author), `User` from /myself and /user. */
export interface UserDetailsJson {
  self: string;
  accountId: string;
  emailAddress?: string;
  avatarUrls: Record<'48x48' | '24x24' | '16x16' | '32x32', string>;
  displayName: string;
  active: boolean;
  timeZone: string;
  accountType: string;
}

export interface ListWrapper {
  size: number;
  items: unknown[];
}

export interface UserJson extends UserDetailsJson {
  locale?: string;
  groups?: ListWrapper;
  applicationRoles?: ListWrapper;
  expand?: string;
}

function avatarUrls(baseUrl: string, accountId: string): UserDetailsJson['avatarUrls'] {
  const url = (size: number): string => `${baseUrl}/secure/useravatar?size=${size}&accountId=${encodeURIComponent(accountId)}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
}

const userSelf = (baseUrl: string, accountId: string): string => `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;

export function userDetails(baseUrl: string, user: UserRow): UserDetailsJson {
  return {
    self: userSelf(baseUrl, user.account_id),
    accountId: user.account_id,
    emailAddress: user.email,
    avatarUrls: avatarUrls(baseUrl, user.account_id),
    displayName: user.display_name,
    active: user.active === 1,
    timeZone: user.time_zone,
    accountType: user.account_type,
  };
}

/** The app's own pseudo-user, shown as author of what the app wrote with asApp(). */
function appUser(baseUrl: string): UserDetailsJson {
  return {
    self: userSelf(baseUrl, APP_ACCOUNT_ID),
    accountId: APP_ACCOUNT_ID,
    avatarUrls: avatarUrls(baseUrl, APP_ACCOUNT_ID),
    displayName: 'Campaign Control',
    active: true,
    timeZone: 'UTC',
    accountType: 'app',
  };
}

/** Embedded user by account id (null when unset; the app pseudo-user for the app). */
export function userRef(db: Database, baseUrl: string, accountId: string | null): UserDetailsJson | null {
  if (!accountId) return null;
  if (accountId === APP_ACCOUNT_ID) return appUser(baseUrl);
  const user = findUser(db, accountId);
  return user ? userDetails(baseUrl, user) : null;
}

interface GroupJson {
  name: string;
  groupId: string;
  self: string;
}

function groupsOf(baseUrl: string, user: UserRow): GroupJson[] {
  const demo = DEMO_USERS.find((d) => d.accountId === user.account_id);
  const names = ['jira-work-management-users-demo'];
  if (demo?.jira.includes('ADMINISTER_PROJECTS')) names.push('site-admins');
  if (demo?.jira.includes('BROWSE_PROJECTS')) names.push('marketing');
  return names.map((name, i) => ({
    name,
    groupId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    self: `${baseUrl}/rest/api/3/group?groupId=00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  }));
}

const APPLICATION_ROLES = [{ key: 'jira-work-management', name: 'Jira Work Management' }];

/** The full `User` bean (/myself, /user), with groups and application roles expanded on request. */
export function fullUser(baseUrl: string, user: UserRow, expand: string[]): UserJson {
  const groups = groupsOf(baseUrl, user);
  return {
    ...userDetails(baseUrl, user),
    locale: user.locale,
    groups: { size: groups.length, items: expand.includes('groups') ? groups : [] },
    applicationRoles: {
      size: APPLICATION_ROLES.length,
      items: expand.includes('applicationRoles') ? APPLICATION_ROLES : [],
    },
    expand: 'groups,applicationRoles',
  };
}
