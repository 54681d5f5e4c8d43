import { route } from '@forge/api';
import { z } from 'zod';
import { ROW_PROPERTY_KEY } from '../../domain/model';
import { isRegisterRiskIssue, RISK_PROPERTY_KEY } from '../../domain/risks/jira-register';
import { JiraCampaignIssue, SNAPSHOT_SYSTEM_FIELDS, type ChangeCheckPage, type CostFieldIds } from '../../domain/snapshot';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import { costFieldList } from './campaign-cost-fields';
import { requestJira, type Actor } from './request';

export const FIELD_PAGE_SIZE = 100;
export const BULK_FETCH_SIZE = 100;
export const BULK_FETCH_CONCURRENCY = 4;
/** Throughput history: 12 weeks of the project's done issues, at most this many pages of 100. */
const MAX_THROUGHPUT_PAGES = 10;
/** A campaign read stops past this many pages of 100 (20,000 issues). */
const MAX_CAMPAIGN_PAGES = 200;
/** Read with the snapshot's fields on a cold build only: the epic's project and security level (see EpicAccess). */
const EPIC_ACCESS_FIELDS = ['project', 'security'];

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;

function safeKey(key: string, pattern: RegExp, field: string): string {
  if (!pattern.test(key)) throw new AppError('INVALID_INPUT', { key: 'errors.badSearchKey', params: { field, key } }, field);
  return key;
}

const CampaignPage = z.object({ issues: z.array(JiraCampaignIssue).default([]), nextPageToken: z.string().optional() }).passthrough();

/**
 * The epic and every child of it the caller can see, with the snapshot's fields and properties, in ONE pass of
 * `search/jql` (pages of 100): each issue is paid once (n + ceil(n/100) points). The risk register's own issues are
 * left out, as in bulkFetchCampaignIssues.
 */
export async function readCampaignIssues(epicKey: string, costFields: CostFieldIds, retry: RetryGate): Promise<JiraCampaignIssue[]> {
  const jql = `parent = ${safeKey(epicKey, ISSUE_KEY, 'epicKey')} OR key = ${epicKey}`;
  const fields = [...snapshotFieldList(costFields), ...EPIC_ACCESS_FIELDS];
  const issues: JiraCampaignIssue[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_CAMPAIGN_PAGES; page++) {
    const answer = await requestJira(route`/rest/api/3/search/jql`, {
      as: 'user',
      schema: CampaignPage,
      method: 'POST',
      body: {
        jql,
        fields,
        properties: [ROW_PROPERTY_KEY, RISK_PROPERTY_KEY],
        maxResults: FIELD_PAGE_SIZE,
        ...(nextPageToken ? { nextPageToken } : {}),
      },
      retry,
      idempotent: true,
    });
    issues.push(...answer.issues);
    nextPageToken = answer.nextPageToken;
    if (!nextPageToken) return issues.filter((i) => !isRegisterRiskIssue(i.properties));
  }
  throw new AppError('UPSTREAM', { key: 'errors.campaignTooLarge', params: { epicKey, max: MAX_CAMPAIGN_PAGES * FIELD_PAGE_SIZE } });
}

const BulkFetchAnswer = z
  .object({
    issues: z.array(JiraCampaignIssue).default([]),
    issueErrors: z.array(z.object({ id: z.string().optional(), errorMessage: z.string().optional() }).passthrough()).default([]),
  })
  .passthrough();

export const snapshotFieldList = (costFields: CostFieldIds): string[] => [...SNAPSHOT_SYSTEM_FIELDS, ...costFieldList(costFields)];

async function bulkFetchChunk(
  ids: readonly string[],
  fields: string[],
  as: Actor,
  retry: RetryGate,
): Promise<z.infer<typeof BulkFetchAnswer>> {
  const body = { issueIdsOrKeys: ids, fields, properties: [ROW_PROPERTY_KEY, RISK_PROPERTY_KEY], fieldsByKeys: false };
  // A read, so safe to retry; the literal method on each call keeps @forge/lint able to see it.
  return as === 'user'
    ? requestJira(route`/rest/api/3/issue/bulkfetch`, {
        as: 'user',
        schema: BulkFetchAnswer,
        method: 'POST',
        body,
        retry,
        idempotent: true,
      })
    : requestJira(route`/rest/api/3/issue/bulkfetch`, {
        as: 'app',
        schema: BulkFetchAnswer,
        method: 'POST',
        body,
        retry,
        idempotent: true,
      });
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  // One iterator shared by the workers: each takes the next item as soon as it is free.
  const queue = items.entries();
  const worker = async (): Promise<void> => {
    for (const [i, item] of queue) out[i] = await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Details of issues by id or key: `issue/bulkfetch` in chunks of 100, four at a time, only the snapshot's fields and
 * the row property. Ids Jira reports in `issueErrors` (retriable by its docs) are asked for once more; issues the
 * caller cannot see are simply absent, and so are the risk register's own issues (type Risk under the epic): they are
 * the campaign's risks, not its work.
 */
export async function bulkFetchCampaignIssues(
  idsOrKeys: readonly string[],
  costFields: CostFieldIds,
  as: Actor,
  retry: RetryGate,
): Promise<JiraCampaignIssue[]> {
  const fields = snapshotFieldList(costFields);
  const chunks: string[][] = [];
  for (let i = 0; i < idsOrKeys.length; i += BULK_FETCH_SIZE) chunks.push(idsOrKeys.slice(i, i + BULK_FETCH_SIZE));
  const answers = await mapBounded(chunks, BULK_FETCH_CONCURRENCY, (chunk) => bulkFetchChunk(chunk, fields, as, retry));
  const issues = answers.flatMap((a) => a.issues);
  const failed = answers.flatMap((a) => a.issueErrors.flatMap((e) => (e.id ? [e.id] : [])));
  if (failed.length > 0) {
    const retried = await mapBounded(
      Array.from({ length: Math.ceil(failed.length / BULK_FETCH_SIZE) }, (_, i) =>
        failed.slice(i * BULK_FETCH_SIZE, (i + 1) * BULK_FETCH_SIZE),
      ),
      BULK_FETCH_CONCURRENCY,
      (chunk) => bulkFetchChunk(chunk, fields, as, retry),
    );
    issues.push(...retried.flatMap((a) => a.issues));
    const still = retried.flatMap((a) => a.issueErrors);
    if (still.length > 0) throw new AppError('TRY_AGAIN', { key: 'errors.issuesMissing', params: { count: still.length } });
  }
  return issues.filter((i) => !isRegisterRiskIssue(i.properties));
}

const ResolvedPage = z
  .object({
    issues: z
      .array(z.object({ fields: z.object({ resolutiondate: z.string().nullable().optional() }).passthrough().default({}) }).passthrough())
      .default([]),
    nextPageToken: z.string().optional(),
  })
  .passthrough();

/** Resolution days of the project's issues done in the last 12 weeks: the team's throughput history. */
export async function readThroughputDays(projectKey: string, retry: RetryGate): Promise<string[]> {
  const jql = `project = ${safeKey(projectKey, PROJECT_KEY, 'projectKey')} AND statusCategory = Done AND resolved >= -12w`;
  const days: string[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_THROUGHPUT_PAGES; page++) {
    const answer = await requestJira(route`/rest/api/3/search/jql`, {
      as: 'user',
      schema: ResolvedPage,
      method: 'POST',
      body: { jql, fields: ['resolutiondate'], maxResults: FIELD_PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
      retry,
      idempotent: true,
    });
    for (const i of answer.issues) if (i.fields.resolutiondate) days.push(i.fields.resolutiondate.slice(0, 10));
    nextPageToken = answer.nextPageToken;
    if (!nextPageToken) break;
  }
  return days.sort();
}

const IssueRef = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z
      .object({
        issuetype: z.object({ name: z.string() }).passthrough(),
        parent: z.object({ key: z.string() }).passthrough().optional(),
        project: z.object({ id: z.string(), key: z.string() }).passthrough().optional(),
      })
      .passthrough(),
  })
  .passthrough();
export type IssueRef = z.infer<typeof IssueRef>;

/** The issue as the user sees it (type, parent and project only): undefined when it does not exist or they cannot browse it. */
export async function lookupIssueAsUser(issueKey: string, retry: RetryGate): Promise<IssueRef | undefined> {
  try {
    return await requestJira(route`/rest/api/3/issue/${issueKey}?fields=issuetype,parent,project`, { as: 'user', schema: IssueRef, retry });
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return undefined;
    throw e;
  }
}

/**
 * One search, as the user, listing the campaign issues updated in the last `minutes` (relative JQL dates, so no
 * time-zone guessing), most recent first, with the snapshot's fields: what changed arrives in this same call. With
 * `withEpic`, the epic is listed too, which proves the user can see it (when the view's context did not).
 */
export async function checkCampaignChanges(
  epicKey: string,
  minutes: number,
  costFields: CostFieldIds,
  options: { withEpic: boolean },
  retry: RetryGate,
): Promise<ChangeCheckPage> {
  const window = Math.max(1, Math.ceil(minutes));
  const epic = safeKey(epicKey, ISSUE_KEY, 'epicKey');
  const changed = `parent = ${epic} AND updated >= "-${window}m"`;
  const jql = `${options.withEpic ? `key = ${epic} OR (${changed})` : changed} ORDER BY updated DESC`;
  const answer = await requestJira(route`/rest/api/3/search/jql`, {
    as: 'user',
    schema: CampaignPage,
    method: 'POST',
    body: { jql, fields: snapshotFieldList(costFields), properties: [ROW_PROPERTY_KEY, RISK_PROPERTY_KEY], maxResults: FIELD_PAGE_SIZE },
    retry,
    idempotent: true,
  });
  return {
    seen: answer.issues.map((i) => ({ key: i.key, updated: i.fields.updated })),
    more: answer.nextPageToken !== undefined,
    issues: answer.issues.filter((i) => !isRegisterRiskIssue(i.properties)),
  };
}
