import type { Database } from '../../db/sqlite';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { HttpError, type Route } from '../../http/types';
import { findUser } from '../../identity/permissions';
import { forgeLocalAuthorization, PLATFORM_HEADER } from '../../server/auth';
import type { Principal } from '../../http/types';
import { allModules, titleOf, type LocalManifest, type ManifestModule } from '../manifest';
import { conditionsHold, DisplayConditions, propertyKeysOf } from './display-conditions';

/** One `jira:issueAction` the issue view lists in its ••• menu; opening it shows `resourceUrl` in a modal. */
export interface IssueActionSummary {
  key: string;
  title: string;
  resource: string;
  resourceUrl: string;
  viewportSize: 'small' | 'medium' | 'large' | 'xlarge' | 'max';
}

interface IssueActionModule {
  module: ManifestModule;
  key: string;
  title: string;
  resource: string;
  viewportSize: IssueActionSummary['viewportSize'];
  conditions: DisplayConditions;
}

const Query = z.object({
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must look like MKT-1'),
  accountId: z.string().min(1),
});

/** The manifest's issue actions; a display condition the host cannot evaluate fails here, loudly. */
export function readIssueActions(manifest: LocalManifest): IssueActionModule[] {
  return allModules(manifest)
    .filter((m) => m.type === 'jira:issueAction' && m.resource)
    .map((m) => {
      const conditions = DisplayConditions.safeParse(m.displayConditions ?? {});
      if (!conditions.success)
        throw new Error(
          `manifest.yml: jira:issueAction '${m.key}' has displayConditions the local host cannot evaluate: ${firstIssue(conditions.error).message}`,
        );
      const size =
        typeof m.viewportSize === 'string' && ['small', 'medium', 'large', 'xlarge', 'max'].includes(m.viewportSize)
          ? (m.viewportSize as IssueActionSummary['viewportSize'])
          : 'medium';
      return {
        module: m,
        key: m.key,
        title: titleOf(m, manifest),
        resource: m.resource as string,
        viewportSize: size,
        conditions: conditions.data,
      };
    });
}

/**
 * `GET /local/issue-actions?issueKey=&accountId=`: the issue actions Jira would show this user on this issue
 * (none on an issue they cannot see), display conditions evaluated against the issue's properties.
 */
export function issueActionRoutes(db: Database, manifest: LocalManifest, internalUrl: () => string): Route[] {
  const actions = readIssueActions(manifest);
  const get = (principal: Principal, path: string): Promise<Response> =>
    fetch(`${internalUrl()}${path}`, {
      headers: { Authorization: forgeLocalAuthorization(principal), [PLATFORM_HEADER]: '1', Accept: 'application/json' },
    });

  return [
    {
      method: 'GET',
      pattern: '/local/issue-actions',
      handler: async (req) => {
        const q = Query.safeParse({ issueKey: req.query.get('issueKey'), accountId: req.query.get('accountId') });
        if (!q.success) {
          const issue = firstIssue(q.error);
          throw new HttpError(400, { ok: false, error: { code: 'INVALID_REQUEST', message: `${issue.path}: ${issue.message}` } });
        }
        const { issueKey, accountId } = q.data;
        const user = findUser(db, accountId);
        if (!user) throw new HttpError(400, { ok: false, error: { code: 'USER_NOT_FOUND', message: `No user '${accountId}'` } });
        const visible = await get({ kind: 'user', accountId }, `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=summary`);
        if (!visible.ok) return { status: 200, body: [] };
        const properties: Record<string, unknown> = {};
        for (const key of [...new Set(actions.flatMap((a) => propertyKeysOf(a.conditions)))]) {
          const res = await get({ kind: 'app' }, `/rest/api/3/issue/${encodeURIComponent(issueKey)}/properties/${encodeURIComponent(key)}`);
          if (res.ok) properties[key] = ((await res.json()) as { value?: unknown }).value;
        }
        const shown = actions.filter((a) => conditionsHold(a.conditions, properties));
        return {
          status: 200,
          body: shown.map((a): IssueActionSummary => ({
            key: a.key,
            // Jira shows the menu item in the user's language (the manifest's translations).
            title: titleOf(a.module, manifest, user.locale),
            resource: a.resource,
            resourceUrl: `/static/${a.resource}/`,
            viewportSize: a.viewportSize,
          })),
        };
      },
    },
  ];
}
