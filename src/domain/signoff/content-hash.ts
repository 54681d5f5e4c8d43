import { createHash } from 'node:crypto';
import type { ChangedField } from './types';

export interface GatedContent {
  summary: string;
  /** The description as Jira stores it (ADF JSON), or null. */
  description: unknown;
  /** Attachment file names, in any order. */
  attachments: readonly string[];
}

/** JSON with object keys sorted, so the same ADF hashes the same whatever order Jira serialises its keys in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 (hex) of the gated content: summary, description (ADF) and sorted attachment names. */
export function contentHash(content: GatedContent): string {
  const attachments = [...content.attachments].sort();
  return createHash('sha256')
    .update(canonicalJson({ summary: content.summary, description: content.description ?? null, attachments }))
    .digest('hex');
}

const CHANGELOG_FIELDS: Record<string, ChangedField> = {
  summary: 'summary',
  description: 'description',
  attachment: 'attachments',
  attachments: 'attachments',
};

/** The gated-content fields a Jira changelog touches (`summary`, `description`, `Attachment`), in a stable order. */
export function changedFieldsOf(items: readonly { field: string }[]): ChangedField[] {
  const found = new Set(items.flatMap((i) => CHANGELOG_FIELDS[i.field.toLowerCase()] ?? []));
  return (['summary', 'description', 'attachments'] as const).filter((f) => found.has(f));
}
