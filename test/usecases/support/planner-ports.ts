import { DomainError } from '../../../src/domain/errors';
import type { CampaignRecord, CampaignTemplate } from '../../../src/domain/model';
import type { ProjectGrants } from '../../../src/domain/policy';
import type { ActingUser } from '../../../src/usecases/acting-user';
import type { Clock } from '../../../src/usecases/ports/clock';
import type { IssueDates } from '../../../src/usecases/ports/issue-dates';
import type { ProjectGrantsPort } from '../../../src/usecases/ports/project-grants';
import type { TemplateStorePort } from '../../../src/usecases/ports/template-store';

/** In-memory ports for the campaign planner's use cases: what one acting user may do and see. */
export const CAMILLE: ActingUser = { accountId: 'acc-camille', locale: 'fr_FR' };

const NONE: ProjectGrants = { browse: false, createIssues: false, editIssues: false, administer: false };
export const GRANTS = {
  admin: { browse: true, createIssues: true, editIssues: true, administer: true },
  editor: { browse: true, createIssues: true, editIssues: true, administer: false },
  contributor: { browse: true, createIssues: true, editIssues: false, administer: false },
  viewer: { browse: true, createIssues: false, editIssues: false, administer: false },
  outsider: NONE,
} satisfies Record<string, ProjectGrants>;

/** The user's grants in each project (absent projects read as Jira's 404), and which projects were asked about. */
export function grantsPort(byProject: Record<string, ProjectGrants>): ProjectGrantsPort & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async grantsIn(projectKey) {
      asked.push(projectKey);
      const grants = byProject[projectKey];
      if (!grants) throw new DomainError('NOT_FOUND', `Project ${projectKey} not found`);
      return grants;
    },
  };
}

export const fixedClock = (iso = '2026-11-24T09:00:00.000Z'): Clock => ({ now: () => new Date(iso) });

export function templateStore(initial: CampaignTemplate[] = []): TemplateStorePort & { saved: CampaignTemplate[] } {
  const saved: CampaignTemplate[] = [];
  const byId = new Map(initial.map((t) => [t.id, t]));
  return {
    saved,
    list: async () => [...byId.values()],
    get: async (id) => byId.get(id),
    async save(template, expected) {
      const current = byId.get(template.id);
      if ((current?.version ?? undefined) !== expected) throw new DomainError('INVALID_INPUT', 'basedOnVersion: stale', 'basedOnVersion');
      byId.set(template.id, template);
      saved.push(template);
    },
  };
}

/** Campaign records and the issues one user can read (their due dates and done-ness). */
export function campaignWorld(records: CampaignRecord[], issues: IssueDates[]) {
  const byEpic = new Map(records.map((r) => [r.epicKey, r]));
  const byKey = new Map(issues.map((i) => [i.key, i]));
  const updates: { issueKey: string; fields: Record<string, unknown> }[] = [];
  const saved: CampaignRecord[] = [];
  return {
    updates,
    saved,
    records: { get: async (epicKey: string) => byEpic.get(epicKey) },
    index: { all: async () => [...byEpic.values()] },
    recordWriter: {
      async save(r: CampaignRecord) {
        byEpic.set(r.epicKey, r);
        saved.push(r);
      },
    },
    dates: {
      read: async (keys: readonly string[]) =>
        new Map(keys.flatMap((k) => (byKey.has(k) ? [[k, byKey.get(k) as IssueDates] as const] : []))),
    },
    fields: {
      async update(issueKey: string, fields: Record<string, unknown>) {
        updates.push({ issueKey, fields });
        const issue = byKey.get(issueKey);
        if (issue && typeof fields.duedate === 'string') byKey.set(issueKey, { ...issue, dueDate: fields.duedate });
      },
    },
  };
}
