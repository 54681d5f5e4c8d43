import { z } from 'zod';
import type { Database } from '../../db/sqlite';
import { HttpError, type Route } from '../../http/types';
import { pathParam } from '../../http/path-param';
import { firstIssue } from '../../shared/zod-issue';
import { allModules, titleOf, titlesOf, type LocalManifest, type ManifestModule } from '../manifest';

/**
 * The local dashboard's gadgets (`jira:dashboardGadget` modules) and the configuration Jira keeps for each: what the
 * gadget's edit view submitted with `view.submit`, handed back to both views as `extension.gadgetConfiguration`. One
 * gadget per module on each dashboard (id `<moduleKey>-1`); configurations live in SQLite, so they survive a restart.
 */
const schema = `
CREATE TABLE IF NOT EXISTS forge_gadget_configs (
  dashboard_id TEXT NOT NULL,
  gadget_id    TEXT NOT NULL,
  module_key   TEXT NOT NULL,
  config       TEXT NOT NULL,
  updated      TEXT NOT NULL,
  PRIMARY KEY (dashboard_id, gadget_id)
);
`;

export const GADGET_MODULE = 'jira:dashboardGadget';

/** A dashboard gadget as the host page shows it. */
export interface GadgetSummary {
  gadgetId: string;
  moduleKey: string;
  title: string;
  titles: Record<string, string>;
  resourceUrl: string;
  editResourceUrl: string | null;
  /** Null until the edit view saved one (Jira then opens a configurable gadget in edit mode). */
  configuration: Record<string, unknown> | null;
}

export class GadgetConfigs {
  constructor(private readonly db: Database) {
    db.exec(schema);
  }

  get(dashboardId: string, gadgetId: string): Record<string, unknown> | null {
    const row = this.db
      .prepare('SELECT config FROM forge_gadget_configs WHERE dashboard_id = ? AND gadget_id = ?')
      .get(dashboardId, gadgetId) as { config: string } | undefined;
    return row ? (JSON.parse(row.config) as Record<string, unknown>) : null;
  }

  set(dashboardId: string, gadgetId: string, moduleKey: string, config: Record<string, unknown>): void {
    this.db
      .prepare(
        `INSERT INTO forge_gadget_configs (dashboard_id, gadget_id, module_key, config, updated) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (dashboard_id, gadget_id) DO UPDATE SET config = excluded.config, updated = excluded.updated`,
      )
      .run(dashboardId, gadgetId, moduleKey, JSON.stringify(config), new Date().toISOString());
  }
}

const gadgetIdOf = (module: ManifestModule): string => `${module.key}-1`;

const resourceOf = (module: ManifestModule, part: 'resource' | 'edit'): string | undefined => {
  if (part === 'resource') return module.resource;
  const edit = (module as { edit?: { resource?: unknown } }).edit;
  return typeof edit?.resource === 'string' ? edit.resource : undefined;
};

export const gadgetModules = (manifest: LocalManifest): ManifestModule[] => allModules(manifest).filter((m) => m.type === GADGET_MODULE);

/** What a gadget's context carries (`extension`), in view mode or, with `entryPoint: 'edit'`, in its edit view. */
export function gadgetExtension(
  db: Database,
  module: ManifestModule,
  input: { dashboardId?: string; gadgetId?: string; entryPoint?: 'edit' },
): Record<string, unknown> {
  const dashboardId = input.dashboardId ?? 'local';
  const gadgetId = input.gadgetId ?? gadgetIdOf(module);
  return {
    type: module.type,
    dashboard: { id: dashboardId },
    gadget: { id: gadgetId },
    gadgetConfiguration: new GadgetConfigs(db).get(dashboardId, gadgetId) ?? {},
    ...(input.entryPoint ? { entryPoint: input.entryPoint } : {}),
  };
}

const DashboardId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be lower-case letters, digits or dashes');
/** What `view.submit` sent: a JSON object Jira stores as is (a gadget's configuration is small). */
const SaveBody = z
  .object({ configuration: z.record(z.unknown()) })
  .strict()
  .refine((b) => JSON.stringify(b.configuration).length <= 32_768, { message: 'must be at most 32,768 characters as JSON' });

function invalid(error: z.ZodError): HttpError {
  const issue = firstIssue(error);
  return new HttpError(400, { ok: false, error: { code: 'INVALID_REQUEST', message: `${issue.path || 'body'}: ${issue.message}` } });
}

/** The host page's endpoints for dashboards: list a dashboard's gadgets, save one gadget's configuration. */
export function dashboardRoutes(db: Database, manifest: LocalManifest): Route[] {
  const configs = new GadgetConfigs(db);
  const dashboard = (raw: string): string => {
    const parsed = DashboardId.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error);
    return parsed.data;
  };
  return [
    {
      method: 'GET',
      pattern: '/local/dashboards/{dashboardId}/gadgets',
      handler: (req) => {
        const dashboardId = dashboard(pathParam(req, 'dashboardId'));
        const body = gadgetModules(manifest).map((m): GadgetSummary => {
          const edit = resourceOf(m, 'edit');
          return {
            gadgetId: gadgetIdOf(m),
            moduleKey: m.key,
            title: titleOf(m, manifest),
            titles: titlesOf(m, manifest),
            resourceUrl: `/static/${resourceOf(m, 'resource') ?? ''}/`,
            editResourceUrl: edit ? `/static/${edit}/` : null,
            configuration: configs.get(dashboardId, gadgetIdOf(m)),
          };
        });
        return { status: 200, body };
      },
    },
    {
      method: 'PUT',
      pattern: '/local/dashboards/{dashboardId}/gadgets/{gadgetId}/configuration',
      handler: (req) => {
        const dashboardId = dashboard(pathParam(req, 'dashboardId'));
        const gadgetId = pathParam(req, 'gadgetId');
        const module = gadgetModules(manifest).find((m) => gadgetIdOf(m) === gadgetId);
        if (!module)
          throw new HttpError(404, {
            ok: false,
            error: { code: 'GADGET_NOT_FOUND', message: `No gadget '${gadgetId}' on ${dashboardId}` },
          });
        const parsed = SaveBody.safeParse(req.body);
        if (!parsed.success) throw invalid(parsed.error);
        configs.set(dashboardId, gadgetId, module.key, parsed.data.configuration);
        return { status: 200, body: { gadgetId, configuration: parsed.data.configuration } };
      },
    },
  ];
}
