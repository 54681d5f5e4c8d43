import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { BundleReport } from '../../local/bundle/bundle-app';

export const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/**
 * Runs `local/bundle/bundle-app.ts` in a child process with `appDir` as its working directory, as `forge deploy`
 * runs the bundler from the app root, and returns its JSON report.
 */
export function bundleInChild(appDir: string, outDir: string): Promise<BundleReport> {
  return new Promise((done, fail) => {
    execFile(
      TSX,
      [join(ROOT, 'local/bundle/bundle-app.ts'), '--out', outDir, '--json'],
      { cwd: appDir, maxBuffer: 16 * 1024 * 1024, timeout: 180_000 },
      (error, stdout) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          done(JSON.parse(line) as BundleReport);
        } catch {
          fail(error ?? new Error(`the bundler printed no report: ${stdout}`));
        }
      },
    );
  });
}

/** A throwaway folder under the OS temp dir; remove it with `rmSync(dir, {recursive: true, force: true})`. */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** A copy of the app (manifest, package.json, tsconfig, src) sharing this checkout's node_modules and static builds. */
export function copyOfApp(): string {
  const dir = tempDir('cc-app-copy-');
  for (const file of ['manifest.yml', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, file), join(dir, file));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'static'), join(dir, 'static'));
  return dir;
}

export const removeDir = (dir: string | undefined): void => {
  if (dir) rmSync(dir, { recursive: true, force: true });
};

/** `function[].handler` of manifest.yml, e.g. `index.handler`. */
export function manifestHandlers(): string[] {
  const manifest = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')) as { modules: { function: { handler: string }[] } };
  return manifest.modules.function.map((f) => f.handler);
}
