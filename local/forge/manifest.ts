import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** The parts of manifest.yml the local host needs; `@forge/manifest` validates the whole file in tests. */
const ModuleSchema = z
  .object({
    key: z.string(),
    title: z.union([z.string(), z.record(z.string())]).optional(),
    resource: z.string().optional(),
    resolver: z.object({ function: z.string() }).optional(),
    function: z.string().optional(),
    handler: z.string().optional(),
  })
  .passthrough();

const ManifestSchema = z.object({
  app: z.object({ id: z.string(), runtime: z.object({ name: z.string() }).passthrough().optional() }).passthrough(),
  modules: z.record(z.array(ModuleSchema)),
  resources: z.array(z.object({ key: z.string(), path: z.string() }).passthrough()).default([]),
  permissions: z
    .object({ scopes: z.array(z.string()).default([]) })
    .passthrough()
    .optional(),
  translations: z
    .object({
      resources: z.array(z.object({ key: z.string(), path: z.string() })),
      fallback: z.object({ default: z.string() }).passthrough(),
    })
    .optional(),
});

export type ManifestModule = z.infer<typeof ModuleSchema> & { type: string };
export type LocalManifest = z.infer<typeof ManifestSchema> & { appDir?: string };

export function readManifest(appDir: string): LocalManifest {
  const raw: unknown = parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8'));
  return { ...ManifestSchema.parse(raw), appDir };
}

export function allModules(manifest: LocalManifest): ManifestModule[] {
  return Object.entries(manifest.modules).flatMap(([type, list]) => list.map((m) => ({ ...m, type })));
}

export function findModule(manifest: LocalManifest, moduleKey: string): ManifestModule | undefined {
  return allModules(manifest).find((m) => m.key === moduleKey);
}

/** `handler: index.handler` means export `handler` of `src/index` (Forge bundles from `src/`). */
export function resolveHandler(manifest: LocalManifest, functionKey: string): { file: string; exportName: string } {
  const fn = manifest.modules.function?.find((f) => f.key === functionKey);
  if (!fn?.handler) throw new Error(`manifest.yml has no function '${functionKey}' with a handler`);
  const dot = fn.handler.lastIndexOf('.');
  return { file: fn.handler.slice(0, dot), exportName: fn.handler.slice(dot + 1) };
}

type Translations = Record<string, unknown>;
const translationFiles = new Map<string, Translations>();

/** A translation file of `translations.resources` (Forge's nested JSON), read once. */
function translationsOf(manifest: LocalManifest, code: string): Translations | undefined {
  const resource = manifest.translations?.resources.find((r) => r.key === code);
  if (!resource || !manifest.appDir) return undefined;
  const file = join(manifest.appDir, resource.path);
  let table = translationFiles.get(file);
  if (!table) translationFiles.set(file, (table = JSON.parse(readFileSync(file, 'utf8')) as Translations));
  return table;
}

/** `modules.panel.title` looked up in a nested translation table. */
function lookUp(table: Translations | undefined, key: string): string | undefined {
  let node: unknown = table;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Forge's locale code (`fr-FR`) of a user locale (`fr_FR`); a language alone takes its file's region. */
function localeCode(manifest: LocalManifest, locale: string): string | undefined {
  const tag = locale.replace('_', '-');
  const codes = manifest.translations?.resources.map((r) => r.key) ?? [];
  return codes.find((c) => c.toLowerCase() === tag.toLowerCase()) ?? codes.find((c) => c.slice(0, 2) === tag.slice(0, 2).toLowerCase());
}

/**
 * A module's title as Jira shows it: a plain string, or `{i18n: key}` from the translation file of `locale` (a
 * user's, `fr_FR`), else of the fallback default; without a locale, the default's (URL slugs are made from it).
 */
export function titleOf(module: ManifestModule, manifest?: LocalManifest, locale?: string): string {
  if (typeof module.title === 'string') return module.title;
  const key = module.title?.i18n;
  if (key && manifest?.translations) {
    const code = locale ? localeCode(manifest, locale) : undefined;
    const found =
      (code ? lookUp(translationsOf(manifest, code), key) : undefined) ??
      lookUp(translationsOf(manifest, manifest.translations.fallback.default), key);
    if (found) return found;
  }
  return module.title?.default ?? module.key;
}

/** The title in each language the translation files hold, for the host page to pick the user's. */
export function titlesOf(module: ManifestModule, manifest: LocalManifest): Record<string, string> {
  return Object.fromEntries((manifest.translations?.resources ?? []).map((r) => [r.key, titleOf(module, manifest, r.key)]));
}

const PageSchema = z.object({ route: z.string(), title: z.union([z.string(), z.record(z.string())]) }).passthrough();

/**
 * A page module's sidebar pages (`pages[]`, or every section's `pages[]`), each with its route and its title in each
 * language, as Jira's sidebar shows them.
 */
export function pagesOf(
  module: ManifestModule,
  manifest: LocalManifest,
): { route: string; title: string; titles: Record<string, string> }[] {
  const raw = module as Record<string, unknown>;
  const sections = z.array(z.object({ pages: z.array(PageSchema) }).passthrough()).safeParse(raw.sections);
  const pages = z.array(PageSchema).safeParse(raw.pages);
  const list = [...(pages.success ? pages.data : []), ...(sections.success ? sections.data.flatMap((s) => s.pages) : [])];
  return list.map((page) => {
    const asModule: ManifestModule = { key: page.route, title: page.title, type: 'page' };
    return { route: page.route, title: titleOf(asModule, manifest), titles: titlesOf(asModule, manifest) };
  });
}
