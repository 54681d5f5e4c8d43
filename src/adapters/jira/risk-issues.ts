import { route } from '@forge/api';
import { z } from 'zod';
import {
  RISK_PROPERTY_KEY,
  RiskProperty,
  riskCreateDetails,
  riskIssueTypeOf,
  riskMirrorFields,
  riskProperty,
  type RiskIssue,
  type RiskIssueType,
} from '../../domain/risks/jira-register';
import type { StoredRisk } from '../../domain/risks/register';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import { applyTransition, listTransitions } from './issue-transitions';
import { createIssueLink } from './links';
import { requestJira } from './request';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;
/** A register holds 50 risks at most: one page of 100 reads it; a few more pages tolerate duplicates made by hand. */
const PAGE_SIZE = 100;
const MAX_PAGES = 5;

const ProjectTypes = z
  .object({
    issueTypes: z
      .array(
        z
          .object({ id: z.string(), name: z.string(), subtask: z.boolean().optional(), hierarchyLevel: z.number().optional() })
          .passthrough(),
      )
      .default([]),
  })
  .passthrough();

/**
 * The project's "Risk" issue type, or undefined when it has none. Read as the app (the register's home is the
 * campaign's, whoever looks at it); a project the app cannot see has no type for it.
 */
export async function findRiskIssueType(projectKey: string, retry: RetryGate): Promise<RiskIssueType | undefined> {
  if (!PROJECT_KEY.test(projectKey)) return undefined;
  try {
    const project = await requestJira(route`/rest/api/3/project/${projectKey}`, { as: 'app', schema: ProjectTypes, retry });
    return riskIssueTypeOf(project.issueTypes);
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return undefined;
    throw e;
  }
}

const SearchPage = z
  .object({
    issues: z
      .array(
        z
          .object({
            key: z.string(),
            fields: z
              .object({
                status: z
                  .object({ statusCategory: z.object({ key: z.string() }).passthrough() })
                  .passthrough()
                  .optional(),
              })
              .passthrough()
              .default({}),
            properties: z.record(z.unknown()).default({}),
          })
          .passthrough(),
      )
      .default([]),
    nextPageToken: z.string().optional(),
  })
  .passthrough();

/**
 * The risk issues of a campaign, found by the property they were created with (`issue.property[campaignRisk].epicKey`,
 * indexed by the manifest), oldest first. Read as the app; a read, so safe to retry.
 */
export async function searchRiskIssues(projectKey: string, epicKey: string, retry: RetryGate): Promise<RiskIssue[]> {
  if (!PROJECT_KEY.test(projectKey) || !ISSUE_KEY.test(epicKey)) throw new Error(`unsafe key for JQL: ${projectKey} ${epicKey}`);
  const jql = `project = "${projectKey}" AND issue.property[${RISK_PROPERTY_KEY}].epicKey = "${epicKey}" ORDER BY created ASC, key ASC`;
  const out: RiskIssue[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await requestJira(route`/rest/api/3/search/jql`, {
      as: 'app',
      schema: SearchPage,
      method: 'POST',
      body: {
        jql,
        fields: ['status'],
        properties: [RISK_PROPERTY_KEY],
        maxResults: PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      },
      retry,
      idempotent: true,
    });
    for (const issue of answer.issues) {
      const parsed = RiskProperty.safeParse(issue.properties[RISK_PROPERTY_KEY]);
      if (!parsed.success) console.error(`[campaign-control] unreadable risk property on ${issue.key}`);
      out.push({
        key: issue.key,
        statusCategory: issue.fields.status?.statusCategory.key ?? 'new',
        property: parsed.success ? parsed.data : undefined,
      });
    }
    nextPageToken = answer.nextPageToken;
    if (!nextPageToken) return out;
  }
  throw new AppError('UPSTREAM', { key: 'errors.riskRegisterTooLarge', params: { epicKey, max: MAX_PAGES * PAGE_SIZE } });
}

const Created = z.object({ id: z.string(), key: z.string() }).passthrough();
const Ignored = z.unknown();

/**
 * Creates the risk's issue with its property in one call, as the acting user (Jira enforces their permissions and
 * makes them the reporter): the risk exists with all its data, or not at all. Not idempotent: a lost answer throws
 * TRY_AGAIN, and the next save finds the issue by its property before creating anything.
 */
export async function createRiskIssue(
  projectKey: string,
  type: RiskIssueType,
  epicKey: string,
  risk: StoredRisk,
  retry: RetryGate,
): Promise<string> {
  const body = riskCreateDetails(projectKey, type, epicKey, risk);
  const created = await requestJira(route`/rest/api/3/issue`, { as: 'user', schema: Created, method: 'POST', body, retry });
  return created.key;
}

/** Edits the risk's issue: its mirrored fields and its property in one call, as the acting user (a PUT: retried safely). */
export async function updateRiskIssue(issueKey: string, epicKey: string, risk: StoredRisk, retry: RetryGate): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${issueKey}`, {
    as: 'user',
    schema: Ignored,
    method: 'PUT',
    body: { fields: riskMirrorFields(risk), properties: [{ key: RISK_PROPERTY_KEY, value: riskProperty(epicKey, risk) }] },
    retry,
  });
}

/** Links a risk issue of a higher-level type to its epic: risk "relates to" epic. */
export async function relateRiskToEpic(issueKey: string, epicKey: string, retry: RetryGate): Promise<void> {
  await createIssueLink('Relates', issueKey, epicKey, retry);
}

/**
 * Moves the risk's issue to a status of `category` (the first such transition, skipping review steps), as the user;
 * false when the workflow offers none (the risk's own status, in its property, still stands).
 */
export async function moveRiskIssue(issueKey: string, category: string, retry: RetryGate): Promise<boolean> {
  const transitions = await listTransitions(issueKey, 'user', retry);
  const fitting = transitions.filter((t) => t.to.statusCategory?.key === category);
  const chosen = fitting.find((t) => !/review/i.test(t.to.name)) ?? fitting[0];
  if (!chosen) return false;
  await applyTransition(issueKey, chosen.id, 'user', retry);
  return true;
}
