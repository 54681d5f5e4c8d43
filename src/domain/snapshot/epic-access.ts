import { z } from 'zod';

/**
 * What a snapshot records of its epic so that a panel view can tell, without a REST call, whether the Forge context
 * already proves the viewer sees the epic: its project, and whether it carries an issue security level.
 */
export const EpicAccess = z
  .object({
    projectKey: z.string(),
    /** Jira's id of the project (the portfolio's permission check takes ids). */
    projectId: z.string().optional(),
    /** The epic has an issue security level: seeing its project is not enough to see it. */
    secured: z.boolean(),
  })
  .strict();
export type EpicAccess = z.infer<typeof EpicAccess>;

const EpicFields = z
  .object({
    key: z.string(),
    fields: z
      .object({
        project: z.object({ id: z.string(), key: z.string() }).passthrough().optional(),
        security: z.object({ id: z.string() }).passthrough().nullable().optional(),
      })
      .passthrough(),
  })
  .passthrough();

/** The project key of an issue key (`MKT-12` → `MKT`). */
export const projectKeyOfIssue = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));

/** The epic's access facts from the issue the cold read returned (with the `project` and `security` fields). */
export function epicAccessOf(epic: unknown): EpicAccess | undefined {
  const parsed = EpicFields.safeParse(epic);
  if (!parsed.success) return undefined;
  const { key, fields } = parsed.data;
  const project = fields.project;
  return {
    projectKey: project?.key ?? projectKeyOfIssue(key),
    ...(project ? { projectId: project.id } : {}),
    // Jira leaves `security` out (or null) when the issue has no level.
    secured: fields.security !== undefined && fields.security !== null,
  };
}

/**
 * Whether a viewer who can see an issue of `viewedProjectKey` can see the epic too: Jira lets anyone who sees one
 * issue of a project browse it, so an epic of that same project without a security level is visible to them. Unknown
 * facts (a snapshot stored before they were recorded) prove nothing.
 */
export function viewProvesEpic(access: EpicAccess | undefined, viewedProjectKey: string | undefined): boolean {
  return access !== undefined && !access.secured && viewedProjectKey !== undefined && access.projectKey === viewedProjectKey;
}
