import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { validate } from '@forge/manifest';
import { runForgeLint } from '../../local/checks/forge-lint';
import { contractsDir, describeWithContracts } from '../support/contracts/contracts-dir';

const APP_DIR = resolve(__dirname, '..', '..');

describe('manifest.yml', () => {
  it('passes @forge/manifest validate() in full mode', async () => {
    // Full mode checks handler files and resource folders: the static build must exist (npm test builds it first).
    expect(existsSync(resolve(APP_DIR, 'static/issue-panel/build/index.html'))).toBe(true);
    const cwd = process.cwd();
    process.chdir(APP_DIR);
    try {
      const result = await validate(false, resolve(APP_DIR, 'manifest.yml'));
      expect(result.errors ?? []).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it("names Forge's recommended runtime, nodejs24.x (nodejs20.x deploys are blocked since 2026-05-06)", () => {
    expect(readFileSync(resolve(APP_DIR, 'manifest.yml'), 'utf8')).toMatch(/^\s+runtime:\n\s+name: nodejs24\.x$/m);
  });

  it('@forge/manifest checks the runtime name: nodejs18.x is refused', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-manifest-runtime-'));
    writeFileSync(
      resolve(dir, 'manifest.yml'),
      readFileSync(resolve(APP_DIR, 'manifest.yml'), 'utf8').replace('name: nodejs24.x', 'name: nodejs18.x'),
    );
    const result = await validate(true, resolve(dir, 'manifest.yml'));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.errors)).toMatch(/runtime|nodejs/);
  });
});

describeWithContracts('@forge/lint (client-side, local swaggers)', () => {
  it('reports no missing scope and no other problem for src/', async () => {
    const problems = await runForgeLint(APP_DIR, contractsDir());
    expect(problems).toEqual([]);
  }, 120_000);

  it('names the call and the scope when manifest.yml lacks one', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cc-lint-app-'));
    cpSync(resolve(APP_DIR, 'src'), resolve(dir, 'src'), { recursive: true });
    writeFileSync(resolve(dir, 'tsconfig.json'), JSON.stringify({ include: ['src/**/*'] }));
    const manifest = readFileSync(resolve(APP_DIR, 'manifest.yml'), 'utf8').replace(/^\s*- read:jira-user\n/m, '');
    writeFileSync(resolve(dir, 'manifest.yml'), manifest);
    const problems = await runForgeLint(dir, contractsDir());
    const messages = problems.filter((p) => p.reference === 'permission-scope-required').map((p) => p.message);
    expect(messages).toContain('Jira endpoint: GET /rest/api/3/myself requires "read:jira-user" scope');
    expect(messages.every((m) => m.endsWith('requires "read:jira-user" scope'))).toBe(true);
  }, 120_000);
});
