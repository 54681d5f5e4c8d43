import type { CampaignRecord } from '../../../src/domain/model';
import type { ProjectGrants } from '../../../src/domain/policy';
import type { CampaignRecordsPort } from '../../../src/usecases/ports/campaign-records';
import type { Clock } from '../../../src/usecases/ports/clock';
import type { ProjectGrantsPort } from '../../../src/usecases/ports/project-grants';

/** In-memory ports the use-case tests share: no host, no Forge. */
export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

export function recordsOf(...records: CampaignRecord[]): CampaignRecordsPort & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async get(epicKey) {
      asked.push(epicKey);
      return records.find((r) => r.epicKey === epicKey);
    },
  };
}

const NONE: ProjectGrants = { browse: false, createIssues: false, editIssues: false, administer: false };

/** Grants by person: what Jira would answer the acting user; `projects` records which projects were asked about. */
export function grantsOf(grants: Partial<ProjectGrants>): ProjectGrantsPort & { projects: string[] } {
  const projects: string[] = [];
  return {
    projects,
    async grantsIn(projectKey) {
      projects.push(projectKey);
      return { ...NONE, ...grants };
    },
  };
}

export const VIEWER: Partial<ProjectGrants> = { browse: true };
export const EDITOR: Partial<ProjectGrants> = { browse: true, createIssues: true, editIssues: true };
export const ADMIN: Partial<ProjectGrants> = { ...EDITOR, administer: true };
export const OUTSIDER: Partial<ProjectGrants> = {};
