/**
 * The guard rails of `npm test` catch what they are there for: ESLint (typescript-eslint strict and type-checked,
 * react-hooks, size limits) and Prettier, run on deliberate violations with the project's own configuration, through
 * their command lines as `npm test` runs them (both load their configs as ES modules, which Jest's VM cannot). Probe files are written into src/ and static/ (so the rules that apply there apply to them)
 * and removed afterwards; `.gitignore` keeps a left-over probe out of a commit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '..', '..');
const SERVER_PROBE = join(ROOT, 'src', 'domain', 'guard.lint-probe.ts');
const UI_PROBE = join(ROOT, 'static', 'kit', 'guard.lint-probe.tsx');

const longFile = Array.from({ length: 301 }, (_, i) => `export const line${i} = ${i};`).join('\n');
const longFunction = [
  'export function tooLong(): number {',
  '  let n = 0;',
  ...Array.from({ length: 80 }, () => '  n += 1;'),
  '  return n;',
  '}',
].join('\n');

const SERVER_CODE = `export function loose(x: any): any {
  return x;
}

async function work(): Promise<number> {
  return Promise.resolve(1);
}

export function fireAndForget(): void {
  work();
}

${longFunction}
`;

const UI_CODE = `import { useEffect, useState } from 'react';

export function Broken({ on }: { on: boolean }) {
  if (on) {
    const [n] = useState(0);
    return <p>{n}</p>;
  }
  return null;
}

export function Stale({ id }: { id: string }) {
  const [v, setV] = useState('');
  useEffect(() => {
    setV(id);
  }, []);
  return <p>{v}</p>;
}
`;

const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

/** The rules ESLint reports on `file`, run as `npm run lint` runs it. */
function rulesBroken(file: string): string[] {
  const run = spawnSync(bin('eslint'), ['--format', 'json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 2 ** 20 });
  if (run.status !== 1) throw new Error(`eslint exited ${String(run.status)}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message)))].sort();
}

/** Prettier's verdict on `file` with the project's settings: true when formatted (probes are git-ignored, so only .prettierignore applies). */
const formatted = (file: string): boolean =>
  spawnSync(bin('prettier'), ['--check', '--ignore-path', '.prettierignore', file], { cwd: ROOT, encoding: 'utf8' }).status === 0;

describe('lint and format guard rails', () => {
  afterAll(() => {
    rmSync(SERVER_PROBE, { force: true });
    rmSync(UI_PROBE, { force: true });
  });

  it('ESLint refuses any, a floating promise and an 81-line function in src/, and a 301-line file', () => {
    writeFileSync(SERVER_PROBE, `${SERVER_CODE}\n${longFile}\n`);
    expect(rulesBroken(SERVER_PROBE)).toEqual(
      expect.arrayContaining([
        '@typescript-eslint/no-explicit-any',
        '@typescript-eslint/no-floating-promises',
        'max-lines',
        'max-lines-per-function',
      ]),
    );
  });

  it('ESLint refuses a conditional hook and a missing effect dependency in static/', () => {
    writeFileSync(UI_PROBE, UI_CODE);
    expect(rulesBroken(UI_PROBE)).toEqual(expect.arrayContaining(['react-hooks/exhaustive-deps', 'react-hooks/rules-of-hooks']));
  });

  it('Prettier refuses badly formatted code with the project’s settings, and accepts it once formatted', () => {
    writeFileSync(SERVER_PROBE, 'export const  x = {a:1,\n b : 2}\n');
    expect(formatted(SERVER_PROBE)).toBe(false);
    writeFileSync(SERVER_PROBE, 'export const x = { a: 1, b: 2 };\n');
    expect(formatted(SERVER_PROBE)).toBe(true);
  });

  it('runs in npm test: lint on the whole tree, format and boundary checks come before Jest', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const test = scripts.test ?? '';
    for (const step of ['npm run typecheck', 'npm run lint', 'npm run format:check', 'npm run check:boundaries'])
      expect(test.indexOf(step)).toBeGreaterThanOrEqual(0);
    expect(test.indexOf('npm run lint')).toBeLessThan(test.indexOf('jest'));
    expect(scripts.lint).toBe('eslint --max-warnings 0 src static local test bench');
    expect(scripts['format:check']).toBe('prettier --check .');
  });
});
