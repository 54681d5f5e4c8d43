import type { FaultState } from '../../local/server/faults';
import type { StatsSnapshot } from '../../local/server/stats';
import type { ScheduledRun } from '../../local/forge/scheduled/scheduled-triggers';
import type { TriggersReport } from '../../local/forge/triggers/event-triggers';
import { CAMILLE } from '../../local/identity/demo-users';
import type { TestHost } from '../support/host';
import { must } from '../support/must';

/**
 * The parts of Jira and Confluence REST answers the app tests read, and the host's own `/local/*` reports. These are
 * Atlassian's shapes (the test host checks every exchange against the published specs), typed here only so a test
 * reads them without `any`. An issue holds only the fields its request asked for.
 */
export interface IssueLink {
  id: string;
  type: { name: string };
  outwardIssue?: { key: string; fields: { issuetype: { name: string } } };
  inwardIssue?: { key: string; fields: { issuetype: { name: string } } };
}

/** The `campaignControlRow` issue property the creation job writes on every issue it makes. */
export interface RowProperty {
  requestId: string;
  rowId: string;
  kind: string;
  milestoneRowId?: string;
}

export interface JiraIssue {
  id: string;
  key: string;
  fields: {
    summary: string;
    issuetype: { name: string };
    parent: { key: string };
    duedate: string | null;
    labels: string[];
    assignee: { accountId: string } | null;
    reporter: { accountId: string };
    /** Jira's category keys (its 'undefined' category never appears on these projects). */
    status: { name: string; statusCategory: { key: 'new' | 'indeterminate' | 'done' } };
    issuelinks: IssueLink[];
    /** Custom fields, by id (`customfield_…`). */
    [field: string]: unknown;
  };
  /** Only on issues the app made (and when the request asked for it). */
  properties: { campaignControlRow?: RowProperty };
}

export interface JiraField {
  id: string;
  key: string;
  name: string;
  schema?: { custom?: string };
}

export interface RemoteLink {
  id: number;
  globalId?: string;
  relationship?: string;
  object: { url: string; title: string };
}

export interface Transition {
  id: string;
  to: { name: string; statusCategory: { key: string } };
}

export interface JiraComment {
  id: string;
  author: { accountId: string };
  /** Atlassian Document Format. */
  body: unknown;
}

export interface ConfluencePage {
  id: string;
  spaceId: string;
  title: string;
  _links: { base: string; webui: string };
  version: { number: number };
  body: { storage: { value: string } };
}

/** Every issue `jql` finds, page by page, with the row property; `fields` as Jira's `fields` parameter. */
export async function searchIssues(th: TestHost, jql: string, fields = 'key', email = CAMILLE.email): Promise<JiraIssue[]> {
  const out: JiraIssue[] = [];
  let token: string | undefined;
  do {
    const q = new URLSearchParams({
      jql,
      fields,
      properties: 'campaignControlRow',
      maxResults: '100',
      ...(token ? { nextPageToken: token } : {}),
    });
    const res = await th.call(email, 'GET', `/rest/api/3/search/jql?${q}`);
    expect(res.status).toBe(200);
    const page: { issues: JiraIssue[]; nextPageToken?: string } = res.body;
    out.push(...page.issues);
    token = page.nextPageToken;
  } while (token);
  return out;
}

/** The issue a search found for plan row `rowId`. */
export function issueOfRow(issues: JiraIssue[], rowId: string): JiraIssue {
  return must(
    issues.find((i) => i.properties.campaignControlRow?.rowId === rowId),
    `an issue for row ${rowId}`,
  );
}

/** The first issue that passes `test`, failing the test with `what` when none does. */
export function findIssue(issues: JiraIssue[], test: (issue: JiraIssue) => boolean, what: string): JiraIssue {
  return must(issues.find(test), what);
}

/** Jira's fields, the app's custom fields among them. */
export async function listFields(th: TestHost): Promise<JiraField[]> {
  const fields: JiraField[] = (await th.call(CAMILLE.email, 'GET', '/rest/api/3/field')).body;
  return fields;
}

/** The id of the app's custom field of module key `module` (e.g. `planned-cost`). */
export function customFieldId(fields: JiraField[], module: string): string {
  return must(
    fields.find((f) => f.key.endsWith(`__${module}`)),
    `the ${module} custom field`,
  ).id;
}

export async function remoteLinks(th: TestHost, key: string): Promise<RemoteLink[]> {
  const links: RemoteLink[] = (await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/remotelink`)).body;
  return links;
}

export async function transitionsOf(th: TestHost, key: string): Promise<Transition[]> {
  const answer: { transitions: Transition[] } = (await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/transitions`)).body;
  return answer.transitions;
}

/** An issue's comments, oldest first, as Camille reads them. */
export async function commentsOf(th: TestHost, key: string): Promise<JiraComment[]> {
  const answer: { comments: JiraComment[] } = (await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/comment`)).body;
  return answer.comments;
}

/** The marker the app keeps in a comment's `campaign-control.comment` property (never in its text), or undefined. */
export async function commentMarkerOf(th: TestHost, commentId: string): Promise<string | undefined> {
  const res = await th.call(CAMILLE.email, 'GET', `/rest/api/3/comment/${commentId}/properties/campaign-control.comment`);
  const found: { value: { marker: string } } | undefined = res.status === 200 ? res.body : undefined;
  return found?.value.marker;
}

/** The comments of issue `key` that the app marked `marker` (`sign-off <entryId>`, `reminder <date>`). */
export async function commentsMarked(th: TestHost, key: string, marker: string): Promise<JiraComment[]> {
  const all = await commentsOf(th, key);
  const markers = await Promise.all(all.map((c) => commentMarkerOf(th, c.id)));
  return all.filter((_, i) => markers[i] === marker);
}

export async function confluencePage(th: TestHost, id: string): Promise<ConfluencePage> {
  const page: ConfluencePage = (await th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${id}?body-format=storage`)).body;
  return page;
}

export async function localStats(th: TestHost): Promise<StatsSnapshot> {
  const stats: StatsSnapshot = (await th.call(null, 'GET', '/local/stats')).body;
  return stats;
}

export async function localFaults(th: TestHost): Promise<FaultState> {
  const faults: FaultState = (await th.call(null, 'GET', '/local/faults')).body;
  return faults;
}

export async function triggersReport(th: TestHost): Promise<TriggersReport> {
  const report: TriggersReport = (await th.call(null, 'GET', '/local/triggers')).body;
  return report;
}

/** Runs scheduled trigger `moduleKey` now and answers how the run went. */
export async function runScheduled(th: TestHost, moduleKey: string): Promise<ScheduledRun> {
  const answer: { run: ScheduledRun } = (await th.call(null, 'POST', `/local/scheduled/${moduleKey}/run`)).body;
  return answer.run;
}

/** Waits until the host has delivered every Jira event to the app's triggers, and checks none failed. */
export async function settleTriggers(th: TestHost): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const report = await triggersReport(th);
    if (report.pending === 0 && report.running === 0) {
      if (report.failed !== 0) throw new Error(`trigger deliveries failed: ${JSON.stringify(report.recentFailures)}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('trigger deliveries did not settle');
}

/** Moves an issue to a status by name, as Camille. */
export async function moveTo(th: TestHost, key: string, status: string): Promise<void> {
  const t = (await transitionsOf(th, key)).find((x) => x.to.name === status);
  if (!t) throw new Error(`${key} has no transition to ${status}`);
  const res = await th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: t.id } });
  if (res.status !== 204) throw new Error(`transition of ${key} answered ${res.status}`);
}

/** A number field's value on an issue (a cost field, by id), null when it is empty. */
export function numberField(issue: JiraIssue, fieldId: string): number | null {
  const value = issue.fields[fieldId];
  return typeof value === 'number' ? value : null;
}
