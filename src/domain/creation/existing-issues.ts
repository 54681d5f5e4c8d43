import { z } from 'zod';
import { ROW_PROPERTY_KEY, RowProperty } from '../model';

const LinkedIssue = z.object({ key: z.string() }).passthrough();

/** One issue of `search/jql` with `fields=key,issuelinks` and `properties=campaignControlRow`. */
export const FoundIssue = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z
      .object({
        issuelinks: z
          .array(
            z
              .object({
                type: z.object({ name: z.string() }).passthrough(),
                inwardIssue: LinkedIssue.optional(),
                outwardIssue: LinkedIssue.optional(),
              })
              .passthrough(),
          )
          .default([]),
      })
      .passthrough()
      .default({}),
    properties: z.record(z.unknown()).default({}),
  })
  .passthrough();
export type FoundIssue = z.infer<typeof FoundIssue>;

/** "`from` blocks `to`", by issue key. */
export interface ExistingLink {
  type: string;
  fromKey: string;
  toKey: string;
}

export interface ExistingCampaign {
  /** rowId (including `epic`) → issue key. When a row exists twice, the oldest (lowest id) wins. */
  keyByRow: Record<string, string>;
  /** Keys of issues that carry this request's property more than once for the same row (should not happen). */
  duplicates: string[];
  links: ExistingLink[];
}

/** Reads which rows already exist (by their row property) and which links join them. */
export function readExisting(requestId: string, issues: readonly FoundIssue[]): ExistingCampaign {
  const keyByRow: Record<string, string> = {};
  const duplicates: string[] = [];
  const sorted = [...issues].sort((a, b) => Number(a.id) - Number(b.id));
  const links = new Map<string, ExistingLink>();
  for (const issue of sorted) {
    const prop = RowProperty.safeParse(issue.properties[ROW_PROPERTY_KEY]);
    if (!prop.success || prop.data.requestId !== requestId) continue;
    if (keyByRow[prop.data.rowId]) duplicates.push(issue.key);
    else keyByRow[prop.data.rowId] = issue.key;
    for (const l of issue.fields.issuelinks) {
      // On an issue, `outwardIssue: X` reads "this issue <outward verb> X"; `inwardIssue: X` reads "X <outward verb> this issue".
      const link = l.outwardIssue
        ? { type: l.type.name, fromKey: issue.key, toKey: l.outwardIssue.key }
        : l.inwardIssue
          ? { type: l.type.name, fromKey: l.inwardIssue.key, toKey: issue.key }
          : undefined;
      if (link) links.set(`${link.type}|${link.fromKey}|${link.toKey}`, link);
    }
  }
  return { keyByRow, duplicates, links: [...links.values()] };
}
