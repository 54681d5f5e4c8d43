import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Database } from '../../db/sqlite';
import { replacePropertyAliases, type PropertyAlias } from '../../jira/store/property-aliases';
import { firstIssue } from '../../shared/zod-issue';

/** The manifest's `jira:entityProperty` modules, as far as JQL needs them (the indexed paths and their aliases). */
const EntityPropertyModule = z.object({
  key: z.string().min(1),
  entityType: z.string().default('issue'),
  propertyKey: z.string().min(1),
  values: z.array(z.object({ path: z.string().min(1), type: z.string(), searchAlias: z.string().min(1).optional() })),
});

const Manifest = z.object({
  modules: z.object({ 'jira:entityProperty': z.array(EntityPropertyModule).default([]) }).passthrough(),
});

/** The search aliases the app's issue properties declare. */
export function readPropertyAliases(appDir: string): PropertyAlias[] {
  const parsed = Manifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`manifest.yml: ${issue.path}: ${issue.message}`);
  }
  return parsed.data.modules['jira:entityProperty']
    .filter((m) => m.entityType === 'issue')
    .flatMap((m) => m.values.flatMap((v) => (v.searchAlias ? [{ alias: v.searchAlias, propertyKey: m.propertyKey, path: v.path }] : [])));
}

/**
 * Like `forge install`: the app's indexed issue properties become searchable by their aliases
 * (`campaignChannel = email`); `issue.property[key].path` needs no install. Idempotent.
 */
export function installEntityProperties(db: Database, appDir: string): PropertyAlias[] {
  const aliases = readPropertyAliases(appDir);
  replacePropertyAliases(db, aliases);
  return aliases;
}
