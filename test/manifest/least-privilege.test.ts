import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runForgeLint, type LintProblem } from '../../local/checks/forge-lint';
import { contractsDir, describeWithContracts } from '../support/contracts/contracts-dir';

const APP_DIR = resolve(__dirname, '..', '..');

/**
 * Scopes no REST call reveals, so the linter cannot find them: each is justified by what the source imports.
 * A scope missing from this table and from the linter's findings is one nothing uses.
 */
const NON_REST_SCOPES: Record<string, { why: string; usedBy: RegExp }> = {
  'storage:app': { why: 'app storage through @forge/kvs', usedBy: /from '@forge\/kvs'/ },
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const declaredScopes = (manifestText: string): string[] =>
  (parse(manifestText) as { permissions?: { scopes?: string[] } }).permissions?.scopes ?? [];

/** The scopes the linter says the code's REST calls need, found by linting a copy of the app that declares none. */
async function scopesTheCodeNeeds(): Promise<{ scopes: Set<string>; problems: LintProblem[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-least-privilege-'));
  cpSync(join(APP_DIR, 'src'), join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ include: ['src/**/*'] }));
  const manifest = parse(readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8')) as { permissions: { scopes: string[] } };
  manifest.permissions.scopes = [];
  writeFileSync(join(dir, 'manifest.yml'), JSON.stringify(manifest));
  const problems = (await runForgeLint(dir, contractsDir())).filter((p) => p.reference === 'permission-scope-required');
  const scopes = new Set(problems.flatMap((p) => [...p.message.matchAll(/requires ["']([^"']+)["'] scope/g)].map((m) => m[1] as string)));
  return { scopes, problems };
}

describeWithContracts('least privilege: manifest.yml declares exactly the scopes the code uses', () => {
  let needed: { scopes: Set<string>; problems: LintProblem[] };
  let source: string;
  beforeAll(async () => {
    needed = await scopesTheCodeNeeds();
    source = sources(join(APP_DIR, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
  }, 120_000);

  it('finds the REST scopes through the linter (it names at least the Jira read scope)', () => {
    expect(needed.scopes.has('read:jira-work')).toBe(true);
  });

  /** Declared scopes that neither a REST call nor a non-REST use needs. */
  const unused = (declared: string[]): string[] =>
    declared.filter((scope) => !needed.scopes.has(scope) && !(NON_REST_SCOPES[scope]?.usedBy.test(source) ?? false));

  it('declares no scope that neither a REST call nor a non-REST use needs', () => {
    expect(unused(declaredScopes(readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8')))).toEqual([]);
  });

  it('declares every scope the code needs', () => {
    const declared = new Set(declaredScopes(readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8')));
    const nonRest = Object.entries(NON_REST_SCOPES)
      .filter(([, s]) => s.usedBy.test(source))
      .map(([scope]) => scope);
    expect([...needed.scopes, ...nonRest].filter((s) => !declared.has(s))).toEqual([]);
  });

  it('would catch a scope declared but unused', () => {
    const padded = declaredScopes(readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8')).concat('delete:jira-work');
    expect(unused(padded)).toEqual(['delete:jira-work']);
  });
});
