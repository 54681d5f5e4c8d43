import { z } from 'zod';
import { EPIC_ROW_ID } from '../../../src/domain/creation/issue-payloads';
import { plannedLinks } from '../../../src/domain/creation/links';
import { ROW_PROPERTY_KEY, RowProperty, SIGNOFF_PROPERTY_KEY } from '../../../src/domain/model';
import { CAMILLE } from '../../../local/identity/demo-users';
import type { SoakClient } from './client';
import type { CreationOutcome } from './creation-op';
import type { BurstOutcome } from './signoff-burst';

/** What the final checks found, summed over every campaign of the run. */
export interface Consistency {
  campaigns: number;
  rowsPlanned: number;
  /** Rows with more than one issue (each extra issue counts). */
  duplicateIssues: number;
  /** Rows with no issue once the last re-run finished. */
  missingIssues: number;
  /** Issues with the campaign's label but no row property of the request (created outside the idempotent path). */
  strayIssues: number;
  linksPlanned: number;
  duplicateLinks: number;
  missingLinks: number;
  jobsNotDone: number;
  decisionsPlanned: number;
  /** Acknowledged (ok:true) decisions missing from the record. */
  lostDecisions: number;
  /** Decisions refused as "already recorded" that the record does not hold after all. */
  lostUnacknowledged: number;
  /** (gate, approver) pairs recorded more than once. */
  duplicateDecisions: number;
  /** Planned decisions absent from the record at the end (all were re-sent until answered). */
  missingDecisions: number;
  mirrorsChecked: number;
  /** Mirrors the repair job found owed and rewrote. */
  mirrorsRebuilt: number;
  /** Mirrors still different from the record after the repair job. */
  mirrorsWrong: number;
  /** Decision comments (one per decision, marked with its entry id): missing and duplicated. */
  commentsMissing: number;
  commentsDuplicated: number;
  problems: string[];
}

const SearchPage = z.object({
  issues: z.array(
    z.object({
      key: z.string(),
      properties: z.record(z.unknown()).default({}),
      fields: z
        .object({
          issuelinks: z
            .array(
              z
                .object({ id: z.string(), type: z.object({ name: z.string() }), outwardIssue: z.object({ key: z.string() }).optional() })
                .passthrough(),
            )
            .default([]),
        })
        .passthrough()
        .default({}),
    }),
  ),
  nextPageToken: z.string().optional(),
});
type FoundIssue = z.infer<typeof SearchPage>['issues'][number];
/** An issue property as Jira answers it; only its value is read. */
const IssueProperty = z.object({ value: z.unknown() });
/** An issue's comments as Jira answers them; only their bodies are read. */
const CommentList = z.object({ comments: z.array(z.object({ id: z.string() })).default([]) });
/** The app's marker of a comment (`sign-off <entryId>`), kept in a comment property, never in its text. */
const CommentMarker = z.object({ value: z.object({ marker: z.string() }) });

interface RecordEntry {
  entryId: string;
  type: string;
  actorAccountId: string;
  decision?: string;
  comment?: string;
}
interface SignOffView {
  epicKey: string | null;
  gates: { gateId: string; state: string; record: RecordEntry[] }[];
}

async function search(client: SoakClient, jql: string, fields: string[], properties: string[]): Promise<FoundIssue[]> {
  const out: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  do {
    const res = await client.rest(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql,
      fields,
      properties,
      maxResults: 100,
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    if (res.status !== 200) throw new Error(`search "${jql}" answered ${res.status}: ${JSON.stringify(res.body)}`);
    const page = SearchPage.parse(res.body);
    out.push(...page.issues);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return out;
}

async function mirrorOf(client: SoakClient, key: string): Promise<unknown> {
  const res = await client.rest(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/properties/${SIGNOFF_PROPERTY_KEY}`);
  return res.status === 200 ? IssueProperty.parse(res.body).value : null;
}

/** The mirror without its timestamp: what it says. */
const said = (mirror: unknown): string =>
  JSON.stringify(mirror === null || typeof mirror !== 'object' ? mirror : { ...(mirror as Record<string, unknown>), updatedAt: undefined });

const MIRROR_STATUS: Record<string, string> = {
  open: 'pending',
  waiting: 'waiting',
  approved: 'approved',
  declined: 'declined',
  changes_requested: 'changes_requested',
};

/** Checks one campaign in Jira and in the app's record, with faults off; adds what it finds to `c`. */
async function checkCampaign(
  client: SoakClient,
  creation: CreationOutcome,
  burst: BurstOutcome | undefined,
  c: Consistency,
): Promise<void> {
  const { plan, requestId } = creation;
  c.campaigns += 1;
  c.rowsPlanned += plan.rows.length + 1;
  if (creation.state !== 'done') c.jobsNotDone += 1;

  // Issues and links, by the row property each issue is born with.
  const issues = await search(
    client,
    `issue.property[${ROW_PROPERTY_KEY}].requestId = "${requestId}" ORDER BY key ASC`,
    ['issuelinks'],
    [ROW_PROPERTY_KEY],
  );
  const keysByRow = new Map<string, string[]>();
  for (const issue of issues) {
    const prop = RowProperty.safeParse(issue.properties[ROW_PROPERTY_KEY]);
    if (!prop.success) continue;
    keysByRow.set(prop.data.rowId, [...(keysByRow.get(prop.data.rowId) ?? []), issue.key]);
  }
  for (const rowId of [EPIC_ROW_ID, ...plan.rows.map((r) => r.rowId)]) {
    const keys = keysByRow.get(rowId) ?? [];
    if (keys.length === 0) {
      c.missingIssues += 1;
      c.problems.push(`${requestId}: row ${rowId} has no issue`);
    }
    if (keys.length > 1) {
      c.duplicateIssues += keys.length - 1;
      c.problems.push(`${requestId}: row ${rowId} has ${keys.length} issues (${keys.join(', ')})`);
    }
  }
  const labelled = await search(client, `labels = "${plan.campaignLabel}"`, ['key'], []);
  const withProperty = new Set(issues.map((i) => i.key));
  const stray = labelled.filter((i) => !withProperty.has(i.key));
  c.strayIssues += stray.length;
  if (stray.length > 0) c.problems.push(`${requestId}: issues without their row property: ${stray.map((i) => i.key).join(', ')}`);

  const linkIds = new Map<string, Set<string>>();
  for (const issue of issues)
    for (const l of issue.fields.issuelinks)
      if (l.outwardIssue) {
        const pair = `${l.type.name}|${issue.key}|${l.outwardIssue.key}`;
        linkIds.set(pair, (linkIds.get(pair) ?? new Set()).add(l.id));
      }
  const keyOf = (rowId: string): string | undefined => keysByRow.get(rowId)?.[0];
  for (const link of plannedLinks(plan)) {
    c.linksPlanned += 1;
    const from = keyOf(link.fromRowId);
    const to = keyOf(link.toRowId);
    const ids = from && to ? linkIds.get(`${link.type}|${from}|${to}`) : undefined;
    if (!ids) {
      c.missingLinks += 1;
      c.problems.push(`${requestId}: link ${link.fromRowId} → ${link.toRowId} missing`);
    } else if (ids.size > 1) {
      c.duplicateLinks += ids.size - 1;
      c.problems.push(`${requestId}: link ${link.fromRowId} → ${link.toRowId} exists ${ids.size} times`);
    }
  }

  // The sign-off record, the mirrors and the decision comments.
  const epicKey = keyOf(EPIC_ROW_ID);
  if (!epicKey || plan.gates.length === 0) return;
  const gatedKeys = [...new Set(plan.gates.map((g) => keyOf(g.milestoneRowId)).filter((k): k is string => k !== undefined))];
  const before = new Map<string, unknown>();
  for (const key of gatedKeys) before.set(key, await mirrorOf(client, key));
  // The repair job (every five minutes when deployed), run now: owed comments and mirrors of killed decisions.
  await client.local('POST', '/local/scheduled/campaign-signoff-repair/run');
  const view = await client.invoke<SignOffView>(
    CAMILLE.accountId,
    'getSignOff',
    { issueKey: epicKey },
    { moduleKey: 'campaign-panel', issueKey: epicKey },
  );
  if (view.kind !== 'ok') {
    c.problems.push(`${requestId}: getSignOff answered ${JSON.stringify(view)}`);
    return;
  }
  const recorded = new Map<string, RecordEntry[]>();
  for (const gate of view.data.gates)
    for (const e of gate.record)
      if (e.type === 'decision')
        recorded.set(`${gate.gateId}|${e.actorAccountId}`, [...(recorded.get(`${gate.gateId}|${e.actorAccountId}`) ?? []), e]);
  for (const [pair, entries] of recorded)
    if (entries.length > 1) {
      c.duplicateDecisions += entries.length - 1;
      c.problems.push(`${requestId}: decision ${pair} recorded ${entries.length} times`);
    }
  if (burst) {
    c.decisionsPlanned += burst.decisions.length;
    const holds = (d: { gateId: string; approverAccountId: string; comment: string }): boolean =>
      (recorded.get(`${d.gateId}|${d.approverAccountId}`) ?? []).some((e) => e.comment === d.comment);
    for (const d of burst.acked)
      if (!holds(d)) {
        c.lostDecisions += 1;
        c.problems.push(`${requestId}: acknowledged decision ${d.gateId} by ${d.approverAccountId} is not in the record`);
      }
    for (const d of burst.alreadyRecorded)
      if (!holds(d)) {
        c.lostUnacknowledged += 1;
        c.problems.push(`${requestId}: decision ${d.gateId} by ${d.approverAccountId} refused as recorded, but the record lacks it`);
      }
    c.missingDecisions += burst.decisions.filter((d) => !holds(d)).length;
  }

  const stateOf = new Map(view.data.gates.map((g) => [g.gateId, g.state]));
  for (const key of gatedKeys) {
    const after = await mirrorOf(client, key);
    c.mirrorsChecked += 1;
    if (said(after) !== said(before.get(key))) c.mirrorsRebuilt += 1;
    const gates = plan.gates.filter((g) => keyOf(g.milestoneRowId) === key);
    const mirror = after as { gates?: { gateId: string; status: string }[] } | null;
    const agrees = gates.every(
      (g) => mirror?.gates?.find((m) => m.gateId === g.gateId)?.status === MIRROR_STATUS[stateOf.get(g.gateId) ?? ''],
    );
    if (!agrees) {
      c.mirrorsWrong += 1;
      c.problems.push(`${requestId}: the mirror of ${key} still differs from the record: ${JSON.stringify(after)}`);
    }
    const comments = await client.rest(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/comment?maxResults=100`);
    const markers = await Promise.all(
      CommentList.parse(comments.body).comments.map(async (x) => {
        const res = await client.rest(CAMILLE.email, 'GET', `/rest/api/3/comment/${x.id}/properties/campaign-control.comment`);
        return res.status === 200 ? CommentMarker.parse(res.body).value.marker : null;
      }),
    );
    for (const g of gates)
      for (const e of view.data.gates.find((v) => v.gateId === g.gateId)?.record ?? [])
        if (e.type === 'decision') {
          const n = markers.filter((m) => m === `sign-off ${e.entryId}`).length;
          if (n === 0) c.commentsMissing += 1;
          if (n > 1) c.commentsDuplicated += n - 1;
          if (n !== 1) c.problems.push(`${requestId}: decision ${e.entryId} has ${n} comments on ${key}`);
        }
  }
}

export async function checkConsistency(
  client: SoakClient,
  campaigns: readonly { creation: CreationOutcome; burst?: BurstOutcome }[],
): Promise<Consistency> {
  const c: Consistency = {
    campaigns: 0,
    rowsPlanned: 0,
    duplicateIssues: 0,
    missingIssues: 0,
    strayIssues: 0,
    linksPlanned: 0,
    duplicateLinks: 0,
    missingLinks: 0,
    jobsNotDone: 0,
    decisionsPlanned: 0,
    lostDecisions: 0,
    lostUnacknowledged: 0,
    duplicateDecisions: 0,
    missingDecisions: 0,
    mirrorsChecked: 0,
    mirrorsRebuilt: 0,
    mirrorsWrong: 0,
    commentsMissing: 0,
    commentsDuplicated: 0,
    problems: [],
  };
  for (const { creation, burst } of campaigns) await checkCampaign(client, creation, burst, c);
  return c;
}
