import type { Database } from '../../../db/sqlite';
import { findField, issueTypeById, listFields, projectById, statusById } from '../../store/catalog';
import { childrenOf, extraOf, issueById, labelsOf } from '../../store/issues';
import { linksOfIssue } from '../../store/links';
import { allProperties, listPropertyKeys } from '../../store/properties';
import { listComments } from '../../store/comments';
import { listAttachments } from '../../store/attachments';
import { attachmentJson } from '../attachments/attachment-json';
import { listHistories } from '../../store/changelog';
import { findLinkType } from '../../store/catalog';
import type { FieldRow, IssueRow } from '../../store/rows';
import { jiraDateTime } from '../params';
import { issueTypeJson, linkTypeJson, projectRefJson, statusJson, fieldSchemaOf } from './config';
import { userRef } from './users';
import { commentJson } from './comments';
import { historyJson } from './changelog';
import { selectProperties, wantsField, type FieldSelection } from './field-selection';
import { originalSeconds, remainingSeconds, timeTrackingJson } from '../edit/time-tracking';

export const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

export interface IssueRenderOptions {
  fields: FieldSelection;
  properties?: string[];
  expand?: string[];
}

export interface IssueJson {
  expand?: string;
  id: string;
  self?: string;
  key?: string;
  fields?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  names?: Record<string, string>;
  changelog?: unknown;
}

export const issueSelf = (baseUrl: string, id: number): string => `${baseUrl}/rest/api/3/issue/${id}`;

/** `{id,key,self,fields:{summary,status,issuetype}}` as Jira nests parents, subtasks and linked issues. */
export function issueStub(db: Database, baseUrl: string, row: IssueRow) {
  return {
    id: String(row.id),
    key: row.key,
    self: issueSelf(baseUrl, row.id),
    fields: {
      summary: row.summary,
      status: statusJson(baseUrl, statusById(db, row.status_id)),
      issuetype: issueTypeJson(baseUrl, issueTypeById(db, row.issue_type_id)),
    },
  };
}

export const RESOLUTION_DONE = { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' };

function resolutionJson(baseUrl: string, resolution: string | null) {
  if (resolution === null) return null;
  return { self: `${baseUrl}/rest/api/3/resolution/${RESOLUTION_DONE.id}`, ...RESOLUTION_DONE };
}

function issueLinksJson(db: Database, baseUrl: string, row: IssueRow) {
  return linksOfIssue(db, row.id).flatMap((link) => {
    const type = findLinkType(db, { id: link.type_id });
    const otherId = link.inward_issue_id === row.id ? link.outward_issue_id : link.inward_issue_id;
    const other = issueById(db, otherId);
    if (!type || !other) return [];
    // The outward issue is the link's "from" side: on it the other issue shows as `outwardIssue` ("blocks X").
    const side = link.outward_issue_id === row.id ? 'outwardIssue' : 'inwardIssue';
    return [
      {
        id: String(link.id),
        self: `${baseUrl}/rest/api/3/issueLink/${link.id}`,
        type: linkTypeJson(baseUrl, type),
        [side]: issueStub(db, baseUrl, other),
      },
    ];
  });
}

export function customFieldJson(baseUrl: string, field: FieldRow, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (fieldSchemaOf(field).type === 'option' && typeof value === 'object') {
    const opt = value as { id: string; value: string };
    return { self: `${baseUrl}/rest/api/3/customFieldOption/${opt.id}`, value: opt.value, id: opt.id };
  }
  return value;
}

type FieldRenderer = (db: Database, baseUrl: string, row: IssueRow) => unknown;

const SYSTEM_RENDERERS: Record<string, FieldRenderer> = {
  summary: (_db, _b, r) => r.summary,
  description: (_db, _b, r) => extraOf(r).description ?? null,
  issuetype: (db, b, r) => issueTypeJson(b, issueTypeById(db, r.issue_type_id)),
  project: (db, b, r) => projectRefJson(b, projectById(db, r.project_id)),
  status: (db, b, r) => statusJson(b, statusById(db, r.status_id)),
  statuscategorychangedate: (_db, _b, r) => jiraDateTime(r.status_changed),
  assignee: (db, b, r) => userRef(db, b, r.assignee_account_id),
  reporter: (db, b, r) => userRef(db, b, r.reporter_account_id),
  creator: (db, b, r) => userRef(db, b, r.creator_account_id),
  labels: (_db, _b, r) => labelsOf(r),
  duedate: (_db, _b, r) => r.due_date,
  created: (_db, _b, r) => jiraDateTime(r.created),
  updated: (_db, _b, r) => jiraDateTime(r.updated),
  resolution: (_db, b, r) => resolutionJson(b, r.resolution),
  resolutiondate: (_db, _b, r) => (r.resolved ? jiraDateTime(r.resolved) : null),
  timetracking: (_db, _b, r) => timeTrackingJson(extraOf(r)),
  timeoriginalestimate: (_db, _b, r) => originalSeconds(extraOf(r)),
  timeestimate: (_db, _b, r) => remainingSeconds(extraOf(r)),
  subtasks: (db, b, r) =>
    childrenOf(db, r.id)
      .filter((c) => issueTypeById(db, c.issue_type_id).subtask === 1)
      .map((c) => issueStub(db, b, c)),
  issuelinks: (db, b, r) => issueLinksJson(db, b, r),
  attachment: (db, b, r) => listAttachments(db, r.id).map((a) => attachmentJson(db, b, a)),
  comment: (db, b, r) => {
    const comments = listComments(db, r.id).map((c) => commentJson(db, b, r.id, c, false));
    return { comments, self: `${issueSelf(b, r.id)}/comment`, maxResults: comments.length, total: comments.length, startAt: 0 };
  },
};

/** Renders an issue bean honouring `fields`, `properties` and `expand` (names, changelog). */
export function issueJson(db: Database, baseUrl: string, row: IssueRow, opts: IssueRenderOptions): IssueJson {
  const sel = opts.fields;
  const out: IssueJson = { expand: ISSUE_EXPAND, id: String(row.id), self: issueSelf(baseUrl, row.id), key: row.key };
  const fields: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const extra = extraOf(row);
  for (const f of listFields(db)) {
    if (!wantsField(sel, f.id, f.navigable === 1)) continue;
    if (f.id === 'parent') {
      if (row.parent_id !== null) {
        const parent = issueById(db, row.parent_id);
        if (parent) fields.parent = issueStub(db, baseUrl, parent);
      }
    } else if (f.custom === 1) fields[f.id] = customFieldJson(baseUrl, f, extra[f.id]);
    else {
      const render = SYSTEM_RENDERERS[f.id];
      if (!render) continue;
      fields[f.id] = render(db, baseUrl, row);
    }
    names[f.id] = f.name;
  }
  out.fields = fields;
  if (opts.properties && opts.properties.length > 0) {
    const keys = selectProperties(opts.properties, listPropertyKeys(db, row.id));
    const all = allProperties(db, row.id);
    out.properties = Object.fromEntries(keys.map((k) => [k, all[k]]));
  }
  const expand = opts.expand ?? [];
  if (expand.includes('names')) out.names = names;
  if (expand.includes('changelog')) {
    const histories = listHistories(db, row.id)
      .reverse()
      .map((h) => historyJson(db, baseUrl, h));
    out.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
  }
  return out;
}

/** Field ids accepted by `fields` that are known (used to keep unknown names out of `names`). */
export const isKnownField = (db: Database, id: string): boolean => findField(db, id) !== undefined;
