import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';

/** The manifest's `jira:customField` modules, as far as installing them needs (the local manifest reader drops `type`/`schema`). */
const CustomFieldModule = z.object({
  key: z.string().min(1),
  name: z.union([z.string(), z.object({ default: z.string() }).passthrough()]),
  type: z.enum(['string', 'number', 'user', 'group', 'object', 'datetime', 'date']),
  collection: z.enum(['none', 'list']).optional(),
  schema: z.record(z.unknown()).optional(),
});
export type CustomFieldModule = z.infer<typeof CustomFieldModule>;

const Manifest = z.object({
  app: z
    .object({ id: z.string().regex(/^ari:cloud:ecosystem::app\/[0-9a-zA-Z-]+$/, 'must be ari:cloud:ecosystem::app/<uuid>') })
    .passthrough(),
  modules: z.object({ 'jira:customField': z.array(CustomFieldModule).default([]) }).passthrough(),
});

export interface AppCustomFields {
  appUuid: string;
  fields: CustomFieldModule[];
}

export function readCustomFieldModules(appDir: string): AppCustomFields {
  const parsed = Manifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`manifest.yml: ${issue.path}: ${issue.message}`);
  }
  return { appUuid: parsed.data.app.id.slice(parsed.data.app.id.lastIndexOf('/') + 1), fields: parsed.data.modules['jira:customField'] };
}

export const nameOf = (m: CustomFieldModule): string => (typeof m.name === 'string' ? m.name : m.name.default);
