/**
 * Site-wide settings (the portfolio's collision window, sign-off limit and blackout windows) are no project's: Jira's
 * global ADMINISTER permission decides them, asked of Jira as the acting user (`mypermissions`, no project), never
 * inferred from project grants or the payload. Reading them is open to everyone signed in (the portfolio words its
 * collisions with them).
 */
export interface SiteActor {
  accountId: string;
  /** Jira's global ADMINISTER permission. */
  siteAdmin: boolean;
}

export const SITE_ACTIONS = ['portfolio.settings.view', 'portfolio.settings.edit'] as const;
export type SiteAction = (typeof SITE_ACTIONS)[number];

export type SiteDecision = { allowed: true } | { allowed: false; code: 'FORBIDDEN'; reason: 'needs_site_admin'; action: SiteAction };

export function mayOnSite(actor: SiteActor, action: SiteAction): SiteDecision {
  if (action === 'portfolio.settings.view' || actor.siteAdmin) return { allowed: true };
  return { allowed: false, code: 'FORBIDDEN', reason: 'needs_site_admin', action };
}
