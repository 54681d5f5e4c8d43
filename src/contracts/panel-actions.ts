import { z } from 'zod';

/** One action a panel surface offers: whether the acting user may take it, and why not (in their locale). */
export const PanelAction = z.object({ allowed: z.boolean(), reason: z.string().optional() }).strict();
export type PanelAction = z.infer<typeof PanelAction>;

/**
 * The actions of the panel's surfaces the acting user may take, decided on the server by the policy
 * (`src/domain/policy`); a surface shows only the allowed ones, or says why not. `role` is the user's strongest role
 * in the campaign (`viewer` reads a read-only panel).
 */
export const PanelActions = z
  .object({
    role: z.enum(['pm', 'project_admin', 'approver', 'editor', 'contributor', 'viewer', 'outsider']),
    /** Publish the status (or post-campaign) report to Confluence. */
    publishReport: PanelAction,
    /** Export the sign-off record as CSV. */
    exportData: PanelAction,
    /** Connect a marketing tool (the KPI connector and its secret). */
    connectTool: PanelAction,
    /** Import a channel report (CSV) of KPI actuals and spend. */
    importCsv: PanelAction,
    /** Add, edit and close risks in the register. */
    editRisks: PanelAction,
    /** Re-plan the campaign. */
    replan: PanelAction,
  })
  .strict();
export type PanelActions = z.infer<typeof PanelActions>;
