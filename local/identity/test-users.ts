import { createHash } from 'node:crypto';
import type { Database } from '../db/sqlite';
import { z } from 'zod';
import { firstIssue } from '../shared/zod-issue';
import { DEMO_USERS, type JiraPermission, type SpacePermission } from './demo-users';
import { findUserByEmail, grant, listUsers } from './permissions';

const JIRA_PERMISSIONS = ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS'] as const satisfies readonly JiraPermission[];
const SPACE_PERMISSIONS = ['read', 'write'] as const satisfies readonly SpacePermission[];

export const NewSiteUserSchema = z
  .object({
    displayName: z.string().trim().min(1, 'must not be empty'),
    email: z.string().email('must be an email address'),
    locale: z.enum(['fr_FR', 'en_US']).default('en_US'),
    jira: z.array(z.enum(JIRA_PERMISSIONS)).default([]),
    confluence: z.array(z.enum(SPACE_PERMISSIONS)).default([]),
    /** The Jira project the `jira` grants are on. */
    projectKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]+$/, 'must look like MKT')
      .default('MKT'),
    /** The Confluence space the `confluence` grants are on. */
    spaceKey: z.string().min(1).default('MKT'),
  })
  .strict();

export type NewSiteUser = z.input<typeof NewSiteUserSchema>;

/**
 * Atlassian's `712020:<uuid>` shape, derived from the email: the same email always gets the same id, so tests and
 * scripts can know a user's id before asking the host.
 */
export function accountIdForEmail(email: string): string {
  const h = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return `712020:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Adds a person to the site with grants on one project and space (e.g. 20 approvers for a test), and returns their
 * account id. Adding the same email again adds the new grants and keeps the person; demo users are never changed.
 * Throws InvalidSiteUser naming the field when the input is wrong.
 */
export function addDemoUser(db: Database, input: NewSiteUser): string {
  const parsed = NewSiteUserSchema.safeParse(input);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new InvalidSiteUser(`${issue.path || 'user'}: ${issue.message}`);
  }
  const user = parsed.data;
  const existing = findUserByEmail(db, user.email);
  if (existing && DEMO_USERS.some((d) => d.accountId === existing.account_id)) {
    throw new InvalidSiteUser(`email: ${user.email} belongs to the demo user ${existing.display_name}; pick another email`);
  }
  const accountId = existing?.account_id ?? accountIdForEmail(user.email);
  db.transaction(() => {
    if (!existing)
      db.prepare('INSERT INTO users (account_id, email, display_name, locale, account_type) VALUES (?, ?, ?, ?, ?)').run(
        accountId,
        user.email,
        user.displayName,
        user.locale,
        'atlassian',
      );
    for (const p of user.jira) grant(db, 'jira', user.projectKey, accountId, p);
    for (const p of user.confluence) grant(db, 'confluence', user.spaceKey, accountId, p);
  })();
  return accountId;
}

/** A person addDemoUser cannot add; the message starts with the field at fault. */
export class InvalidSiteUser extends Error {}

export interface SiteUserSummary {
  accountId: string;
  displayName: string;
  email: string;
  role: string;
  locale: string;
}

/** Demo users first (in their fixed order, with their role), then the people tests added, by name. */
export function siteUserSummaries(db: Database, all: boolean): SiteUserSummary[] {
  const demo = DEMO_USERS.map((u) => ({
    accountId: u.accountId,
    displayName: u.displayName,
    email: u.email,
    role: u.role,
    locale: u.locale,
  }));
  if (!all) return demo;
  const demoIds = new Set(DEMO_USERS.map((u) => u.accountId));
  const added = listUsers(db)
    .filter((u) => !demoIds.has(u.account_id))
    .map((u) => ({ accountId: u.account_id, displayName: u.display_name, email: u.email, role: 'Added user', locale: u.locale }));
  return [...demo, ...added];
}
