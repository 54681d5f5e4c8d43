/** Resolves a field reference (as written in the query) to what can search and sort it. */
import type { FieldRef, Operand, Operator } from './ast';
import type { JqlIssueView } from './index';
import { compileClause, type FieldSpec, type Predicate } from './evaluate';
import { JqlCompileError, unknownField } from './errors';
import { dayOf, parseStoredDate } from './dates';
import { customFieldSpec, customSortValue, propertySpec } from './dynamic-fields';
import { dateSpec, keySpec, nameSpec, parseKey, statusCategorySpec, textSpec, userSpec } from './system-fields';

/** Sort keys compare element by element; undefined means "no value" (sorted last). */
export type SortValue = (string | number)[] | undefined;

export interface FieldEntry {
  label: string;
  clause(operator: Operator, operand: Operand, negated: boolean): Predicate;
  /** Absent when the field cannot be sorted on. */
  sort?: (issue: JqlIssueView) => SortValue;
}

const CATEGORY_RANK: Record<JqlIssueView['statusCategory'], number> = { new: 0, indeterminate: 1, done: 2 };

function entry<T, U>(spec: FieldSpec<T, U>, sort?: (issue: JqlIssueView) => SortValue): FieldEntry {
  return { label: spec.label, clause: (op, operand, negated) => compileClause(spec, op, operand, negated), sort };
}

const lower = (s: string | undefined): SortValue => (s === undefined || s === '' ? undefined : [s.toLowerCase()]);
const dateSort = (s: string | undefined, byDay = false): SortValue => {
  const ms = s === undefined ? undefined : parseStoredDate(s);
  return ms === undefined ? undefined : [byDay ? dayOf(ms) : ms];
};
export const keySort = (issue: JqlIssueView): SortValue => {
  const k = parseKey(issue.key);
  return k ? [k.project, k.num] : [issue.key.toUpperCase(), 0];
};

/** System fields by lower-cased JQL name; aliases share a builder so messages use the name as typed. */
const SYSTEM: Record<string, (label: string) => FieldEntry> = {
  project: (l) =>
    entry(
      nameSpec(l, (i) => i.projectKey),
      (i) => lower(i.projectKey),
    ),
  key: (l) => entry(keySpec(l), keySort),
  issuekey: (l) => entry(keySpec(l), keySort),
  id: (l) => entry(keySpec(l), keySort),
  // Rank is a lexorank in Jira; the emulator ranks issues in key order.
  rank: (l) => ({ label: l, clause: notSearchable(l), sort: keySort }),
  parent: (l) =>
    entry(
      nameSpec(l, (i) => i.parentKey),
      (i) => lower(i.parentKey),
    ),
  issuetype: (l) =>
    entry(
      nameSpec(l, (i) => i.issueType),
      (i) => lower(i.issueType),
    ),
  type: (l) =>
    entry(
      nameSpec(l, (i) => i.issueType),
      (i) => lower(i.issueType),
    ),
  // Jira orders statuses by their position in the workflow; the emulator uses category, then name.
  status: (l) =>
    entry(
      nameSpec(l, (i) => i.status),
      (i) => [CATEGORY_RANK[i.statusCategory], i.status.toLowerCase()],
    ),
  statuscategory: (l) => entry(statusCategorySpec(l), (i) => [CATEGORY_RANK[i.statusCategory]]),
  labels: (l) => entry(nameSpec(l, (i) => i.labels)),
  assignee: (l) =>
    entry(
      userSpec(l, (i) => i.assigneeAccountId),
      (i) => lower(i.assigneeAccountId),
    ),
  reporter: (l) =>
    entry(
      userSpec(l, (i) => i.reporterAccountId),
      (i) => lower(i.reporterAccountId),
    ),
  duedate: (l) =>
    entry(
      dateSpec(l, (i) => i.dueDate, 'day'),
      (i) => dateSort(i.dueDate, true),
    ),
  due: (l) =>
    entry(
      dateSpec(l, (i) => i.dueDate, 'day'),
      (i) => dateSort(i.dueDate, true),
    ),
  created: (l) =>
    entry(
      dateSpec(l, (i) => i.created, 'minute'),
      (i) => dateSort(i.created),
    ),
  createddate: (l) =>
    entry(
      dateSpec(l, (i) => i.created, 'minute'),
      (i) => dateSort(i.created),
    ),
  updated: (l) =>
    entry(
      dateSpec(l, (i) => i.updated, 'minute'),
      (i) => dateSort(i.updated),
    ),
  updateddate: (l) =>
    entry(
      dateSpec(l, (i) => i.updated, 'minute'),
      (i) => dateSort(i.updated),
    ),
  resolved: (l) =>
    entry(
      dateSpec(l, (i) => i.resolved, 'minute'),
      (i) => dateSort(i.resolved),
    ),
  resolutiondate: (l) =>
    entry(
      dateSpec(l, (i) => i.resolved, 'minute'),
      (i) => dateSort(i.resolved),
    ),
  summary: (l) =>
    entry(
      textSpec(l, (i) => [i.summary]),
      (i) => lower(i.summary),
    ),
  // `text` searches the summary and every text-valued custom field (the emulator has no description index).
  text: (l) => entry(textSpec(l, textOf, ['~', '!~'])),
  // Known to Jira but not carried by JqlIssueView: searching is an error, sorting is a no-op.
  priority: (l) => ({ label: l, clause: notSearchable(l), sort: () => [0] }),
};

function textOf(issue: JqlIssueView): string[] {
  const texts = [issue.summary];
  for (const [k, v] of Object.entries(issue.customFields)) {
    // Custom fields are stored twice (id and name); read the id copy only.
    if (k.startsWith('customfield_') && typeof v === 'string') texts.push(v);
  }
  return texts;
}

function notSearchable(label: string): FieldEntry['clause'] {
  return () => {
    throw new JqlCompileError(`Searching on the field '${label}' is not supported by the Jira emulator.`);
  };
}

function customEntry(label: string, lookupKey: string): FieldEntry {
  return entry(customFieldSpec(label, lookupKey), (i) => customSortValue(i, lookupKey));
}

export function resolveField(ref: FieldRef): FieldEntry {
  if (ref.kind === 'cf') return customEntry(`cf[${ref.id}]`, `customfield_${ref.id}`);
  if (ref.kind === 'property') {
    const label = `issue.property[${ref.key}]${ref.path.map((p) => `.${p}`).join('')}`;
    return { ...entry(propertySpec(label, ref.key, ref.path)), sort: undefined };
  }
  const name = ref.name.trim();
  const key = name.toLowerCase();
  const system = SYSTEM[key] ?? (ref.quoted ? SYSTEM[key.replace(/\s+/g, '')] : undefined);
  if (system) return system(name);
  const cf = /^customfield_(\d+)$/.exec(key);
  if (cf) return customEntry(name, `customfield_${cf[1]}`);
  // A quoted name may be any custom field's name: the engine cannot know them, so it simply looks it up.
  if (ref.quoted && name !== '') return customEntry(name, key);
  throw unknownField(name);
}
