import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';

/** The manifest's `jira:customField` modules, as far as installing them needs (the local manifest reader drops `type`/`schema`). */
const CustomFieldModule = z.object({
  key: z.string().min(1),
  name: z.union([z.string(), z.object({ default: z.string() }).passthrough(), z.object({ i18n: z.string().min(1) }).strict()]),
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
  translations: z
    .object({ resources: z.array(z.object({ key: z.string(), path: z.string() })), fallback: z.object({ default: z.string() }) })
    .optional(),
});

/** A dotted key (`fields.planned-cost.name`) in a translation file's nested object. */
function lookUp(tree: unknown, key: string): string | undefined {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  return typeof found === 'string' ? found : undefined;
}

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
  // Jira stores a field under the name of the manifest's default language; `{i18n: key}` is looked up there.
  const t = parsed.data.translations;
  const file = t?.resources.find((r) => r.key === t.fallback.default);
  const defaults: unknown = file ? JSON.parse(readFileSync(join(appDir, file.path), 'utf8')) : {};
  const fields = parsed.data.modules['jira:customField'].map((m) => {
    const key = typeof m.name === 'object' && 'i18n' in m.name && typeof m.name.i18n === 'string' ? m.name.i18n : undefined;
    if (key === undefined) return m;
    const name = lookUp(defaults, key);
    if (!name)
      throw new Error(`manifest.yml: jira:customField ${m.key}: no translation for ${key} in ${file?.path ?? 'the default language'}`);
    return { ...m, name };
  });
  return { appUuid: parsed.data.app.id.slice(parsed.data.app.id.lastIndexOf('/') + 1), fields };
}

/** The field's name as installed (readCustomFieldModules has already looked `{i18n}` names up). */
export const nameOf = (m: CustomFieldModule): string =>
  typeof m.name === 'string' ? m.name : 'default' in m.name && typeof m.name.default === 'string' ? m.name.default : m.key;
