import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

/** Runs the project's boundary rules (the same config `npm test` runs) on a tree of probe files. */
function cruise(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-boundaries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'tsconfig.tools.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node' } }));
  return new Promise((done) => {
    execFile(
      DEPCRUISE,
      ['src', 'static', 'local', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'],
      { cwd: dir },
      (_error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        done(`${stdout}${stderr}`);
      },
    );
  });
}

const BASE = {
  'src/adapters/jira.ts': 'export const read = 1;\n',
  'src/domain/plan.ts': 'export const plan = 1;\n',
  'src/contracts/panel.ts': 'export const schema = 1;\n',
  'src/wording/en.ts': 'export const en = 1;\n',
  'src/index.ts': "export { read } from './adapters/jira';\n",
  'static/kit/invoke.ts': 'export const invoke = 1;\n',
  'static/panel/app.ts':
    "import { invoke } from '../kit/invoke';\nimport { schema } from '../../src/contracts/panel';\nimport { en } from '../../src/wording/en';\nexport const app = [invoke, schema, en];\n",
  'local/host.ts': "import { read } from '../src/index';\nexport const host = read;\n",
};

describe('the layer rules of ARCHITECTURE.md (.dependency-cruiser.cjs)', () => {
  it('accept a tree that keeps them', async () => {
    expect(await cruise(BASE)).toMatch(/no dependency violations found/);
  }, 60_000);

  it.each([
    ['domain-is-pure', 'src/domain/bad.ts', "import { read } from '../adapters/jira';\nexport const bad = read;\n"],
    ['usecases-use-ports', 'src/usecases/bad.ts', "import { read } from '../adapters/jira';\nexport const bad = read;\n"],
    [
      'static-imports-contracts-and-wording-only',
      'static/panel/bad.ts',
      "import { plan } from '../../src/domain/plan';\nexport const bad = plan;\n",
    ],
    ['static-apps-do-not-import-each-other', 'static/planner/bad.ts', "import { app } from '../panel/app';\nexport const bad = app;\n"],
    [
      'local-reaches-src-through-entry-and-contracts',
      'local/bad.ts',
      "import { plan } from '../src/domain/plan';\nexport const bad = plan;\n",
    ],
    ['forge-io-only-in-adapters', 'src/resolvers/bad.ts', "import { storage } from '@forge/kvs';\nexport const bad = storage;\n"],
    ['src-never-imports-local', 'src/adapters/bad.ts', "import { host } from '../../local/host';\nexport const bad = host;\n"],
  ])(
    'fail on %s',
    async (rule, path, text) => {
      const out = await cruise({ ...BASE, [path]: text });
      expect(out).toContain(`error ${rule}: ${path}`);
    },
    60_000,
  );
});
