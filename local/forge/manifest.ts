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
});

export type ManifestModule = z.infer<typeof ModuleSchema> & { type: string };
export type LocalManifest = z.infer<typeof ManifestSchema>;

export function readManifest(appDir: string): LocalManifest {
  const raw: unknown = parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8'));
  return ManifestSchema.parse(raw);
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

export function titleOf(module: ManifestModule): string {
  if (typeof module.title === 'string') return module.title;
  return module.title?.default ?? module.key;
}
