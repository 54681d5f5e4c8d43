/**
 * Where the benchmark instances live: env BENCHMARKS_DIR, else `../shared/benchmarks` beside the repository (never
 * copied into it). CI always has that folder, so a suite that needs it FAILS when it is missing rather than skipping.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..');

export function benchmarksDir(): string {
  const fromEnv = process.env.BENCHMARKS_DIR;
  return fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(repoRoot, '..', 'shared', 'benchmarks');
}

/** A benchmark sub-folder (e.g. `psplib-j30`), resolved under benchmarksDir(). */
export const benchmarkPath = (...parts: string[]): string => resolve(benchmarksDir(), ...parts);

/**
 * `describe` for suites that read the benchmarks: runs `body` when `folder` exists under benchmarksDir(), and otherwise
 * registers one failing test that says where the folder was looked for and how to point at it.
 */
export function describeWithBenchmarks(name: string, folder: string, body: (dir: string) => void): void {
  const dir = benchmarkPath(folder);
  if (existsSync(dir)) {
    describe(name, () => body(dir));
    return;
  }
  describe(name, () => {
    it(`needs the benchmark folder ${dir}`, () => {
      throw new Error(`benchmark folder missing: ${dir} (set BENCHMARKS_DIR to the folder that holds ${folder}/)`);
    });
  });
}
