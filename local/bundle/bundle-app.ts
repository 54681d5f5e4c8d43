import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getEntryPoints, getNodeBundler, LocalWrapperProvider } from '@forge/bundler';
import type { Logger } from '@forge/cli-shared';

type BundlerArgs = Parameters<typeof getNodeBundler>;
/**
 * `@forge/cli-shared` as the bundler itself resolves it: the bundler pins its own version (as `@forge/cli` does),
 * which may differ from the copy other tools here bring, so its reader and manifest types are the bundler's.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a copy found by path at run time, which `import` cannot name.
const cliShared = require(
  require.resolve('@forge/cli-shared', { paths: [dirname(require.resolve('@forge/bundler'))] }),
) as typeof import('@forge/cli-shared');

/**
 * Bundles the app's functions exactly as `forge deploy` does: `@forge/bundler` (the version `@forge/cli` pins),
 * handlers read from `manifest.yml` by `@forge/cli-shared`'s own `ConfigFile`, compiled with the root
 * `tsconfig.json`. Offline: the runtime wrapper comes from `local/forge/runtime-wrapper` (FORGE_RUNTIME_PATH)
 * instead of Atlassian's CDN.
 *
 * Run it with the app root as the working directory (the bundler resolves `src/` from there):
 *   tsx local/bundle/bundle-app.ts --out <dir>
 * It writes the bundle to <dir> (`index.cjs`, `__forge__.cjs`, `__forge_wrapper__.cjs`, source maps) and prints a
 * summary, or with `--json` one JSON line `{ok, outDir, files, bytes, handlers, warnings, errors}`; exit 1 when
 * bundling failed.
 */
export interface BundleReport {
  ok: boolean;
  outDir: string;
  /** Files of the bundle with their sizes in bytes. */
  files: { name: string; bytes: number }[];
  /** Total size of the `.cjs` files (what runs), in bytes. */
  bytes: number;
  handlers: { module: string; func: string }[];
  warnings: string[];
  errors: string[];
}

export const RUNTIME_WRAPPER_DIR = resolve(__dirname, '../forge/runtime-wrapper');

function collectingLogger(warnings: string[]): Logger {
  return {
    traceEnabled: false,
    debugEnabled: false,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: (message) => warnings.push(message),
    error: (error) => warnings.push(error.message),
  };
}

/** The default bundler never asks these; `forge deploy` passes its feature-flag client here. */
const NO_FEATURE_FLAGS = {
  isTypescriptBundlerEnabled: (): Promise<boolean> => Promise.resolve(false),
} as unknown as BundlerArgs[3];

function listFiles(dir: string, prefix = ''): { name: string; bytes: number }[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    const name = prefix ? `${prefix}/${entry}` : entry;
    return statSync(path).isDirectory() ? listFiles(path, name) : [{ name, bytes: statSync(path).size }];
  });
}

export async function bundleApp(appDirectory: string, outDir: string): Promise<BundleReport> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const reader = new cliShared.FileSystemReader();
  const config = new cliShared.ConfigFile(reader, new cliShared.FileSystemWriter());
  const handlers = await config.getAppHandlers();
  const report: BundleReport = { ok: false, outDir, files: [], bytes: 0, handlers, warnings, errors: [] };
  try {
    const wrapper = new LocalWrapperProvider(
      reader as unknown as ConstructorParameters<typeof LocalWrapperProvider>[0],
      RUNTIME_WRAPPER_DIR,
    );
    const bundler = getNodeBundler(logger, wrapper, config as unknown as BundlerArgs[2], NO_FEATURE_FLAGS);
    const output = await bundler.bundle({ appDirectory, entryPoints: getEntryPoints(handlers) });
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    cpSync(output.outputDir, outDir, { recursive: true });
    rmSync(output.outputDir, { recursive: true, force: true }); // the bundler's own temporary folder
    for (const [name, content] of output.additionalOutputs ?? new Map<string, string | Buffer>()) {
      const target = join(outDir, name);
      mkdirSync(dirname(target), { recursive: true });
      // Generated files come as bytes; a string is the path of a file to copy (the i18n resource bundle).
      if (typeof content === 'string') cpSync(content, target);
      else writeFileSync(target, content);
    }
    report.files = listFiles(outDir);
    report.bytes = report.files.filter((f) => f.name.endsWith('.cjs')).reduce((sum, f) => sum + f.bytes, 0);
    report.ok = true;
  } catch (error) {
    report.errors.push(error instanceof Error ? error.message : String(error));
  }
  return report;
}

function summary(report: BundleReport): string {
  if (!report.ok) return `Bundling failed:\n${report.errors.join('\n')}`;
  const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
  const files = report.files.filter((f) => f.name.endsWith('.cjs')).map((f) => `${f.name} ${kib(f.bytes)}`);
  const warnings = report.warnings.length ? `\n${report.warnings.length} warning(s):\n${report.warnings.join('\n')}` : '';
  return `Bundled ${report.handlers.length} handlers with @forge/bundler into ${report.outDir}: ${files.join(', ')}${warnings}`;
}

if (require.main === module) {
  const i = process.argv.indexOf('--out');
  const outDir = resolve(i >= 0 ? (process.argv[i + 1] ?? '') : '.data/bundle');
  process.env.FORGE_RUNTIME_PATH = RUNTIME_WRAPPER_DIR;
  bundleApp(process.cwd(), outDir).then(
    (report) => {
      console.log(process.argv.includes('--json') ? JSON.stringify(report) : summary(report));
      process.exit(report.ok ? 0 : 1);
    },
    (error: unknown) => {
      console.log(JSON.stringify({ ok: false, outDir, errors: [error instanceof Error ? error.message : String(error)] }));
      process.exit(1);
    },
  );
}
