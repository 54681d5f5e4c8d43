import { router } from '@forge/bridge';
import type { MouseEvent, ReactNode } from 'react';

/** The planner's project page (`jira:projectPage`), whose "Campaigns" tab re-plans a campaign and lists its leveling proposals. */
export const PLANNER_MODULE = 'campaign-planner';

/**
 * A link to the planner of a campaign's project: Jira opens the app's project page through the bridge's router (the
 * `module` target); the `href` is the local host's address of that page, for a new tab and for reading.
 */
export function PlannerLink({ projectKey, testId, children }: { projectKey: string; testId?: string; children: ReactNode }) {
  const open = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    void router.navigate({ target: 'module', moduleKey: PLANNER_MODULE, projectKey });
  };
  return (
    <a href={`/projects/${projectKey}/apps/campaigns`} onClick={open} data-testid={testId}>
      {children}
    </a>
  );
}
