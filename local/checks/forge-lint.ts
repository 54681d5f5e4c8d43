import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * Runs `@forge/lint` in client-side mode offline, the way `forge lint` would after login: the permission
 * linter reads Atlassian's swaggers from local files (USE_LOCAL_SWAGGER) and reports every REST call whose
 * scope manifest.yml lacks. Needs the contracts folder (Jira v3, Confluence v1 and v2 specs).
 */
export interface LintProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  reference: string;
  level: 'error' | 'warning';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The manifest type of the `@forge/manifest` copy `@forge/lint` itself depends on. */
type LintManifest = Parameters<typeof import('@forge/lint').lint>[1];

export async function runForgeLint(appDir: string, contractsDir: string): Promise<LintProblem[]> {
  const empty = join(mkdtempSync(join(tmpdir(), 'cc-lint-')), 'empty-paths.json');
  writeFileSync(empty, JSON.stringify({ paths: {} }));
  Object.assign(process.env, {
    USE_LOCAL_SWAGGER: 'true',
    LOCAL_JIRA_SWAGGER: join(contractsDir, 'jira', 'swagger-v3.v3.json'),
    LOCAL_CONF_SWAGGER: join(contractsDir, 'confluence', 'swagger.v3.json'),
    LOCAL_CONF_V2_SWAGGER: join(contractsDir, 'confluence', 'openapi-v2.v3.json'),
    LOCAL_JSM_SWAGGER: empty,
    LOCAL_JSW_SWAGGER: empty,
    LOCAL_BB_SWAGGER: empty,
  });
  // The linter caches swaggers under HOME; give it a writable one that is ours.
  process.env.HOME = mkdtempSync(join(tmpdir(), 'cc-lint-home-'));
  // Loaded only now, after the environment above is set: the linter reads USE_LOCAL_SWAGGER and HOME when it loads.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const forgeLint = require('@forge/lint') as typeof import('@forge/lint');
  const { StatsigReader } = require('@forge/cli-shared/out/service/statsig-service') as {
    StatsigReader: new () => object;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  // No network: every feature gate answers "unknown", so the linters use their defaults.
  class OfflineStatsig extends StatsigReader {
    checkGate(): Promise<undefined> {
      return Promise.resolve(undefined);
    }
    getDynamicConfig(): Promise<undefined> {
      return Promise.resolve(undefined);
    }
  }
  // The YAML as `forge lint` hands it over, unvalidated: checking the manifest is the linter's own job.
  const manifest = parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')) as LintManifest;
  const logger = {
    info: (): void => undefined,
    warn: (): void => undefined,
    debug: (): void => undefined,
    error: (): void => undefined,
    trace: (): void => undefined,
  };
  const cwd = process.cwd();
  process.chdir(appDir);
  try {
    const files = sourceFiles(join(appDir, 'src')).map((f) => relative(appDir, f));
    const results = await forgeLint.lint(files, manifest, 'development', logger, new OfflineStatsig() as never, {
      linter: { mode: 'client-side' },
    });
    return results.flatMap((r) => [
      ...r.errors.map((e) => ({
        file: r.file,
        line: e.line,
        column: e.column,
        message: e.message,
        reference: e.reference,
        level: 'error' as const,
      })),
      ...r.warnings.map((e) => ({
        file: r.file,
        line: e.line,
        column: e.column,
        message: e.message,
        reference: e.reference,
        level: 'warning' as const,
      })),
    ]);
  } finally {
    process.chdir(cwd);
  }
}

if (require.main === module) {
  const appDir = join(__dirname, '..', '..');
  const contracts = process.env.CONTRACTS_DIR ?? join(appDir, '..', 'shared', 'contracts');
  runForgeLint(appDir, contracts)
    .then((problems) => {
      for (const p of problems) console.log(`${p.level} ${p.file}:${p.line}:${p.column} ${p.message} (${p.reference})`);
      console.log(problems.length === 0 ? 'forge lint (client-side): no problems' : `${problems.length} problem(s)`);
      process.exitCode = problems.some((p) => p.level === 'error') ? 1 : 0;
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
