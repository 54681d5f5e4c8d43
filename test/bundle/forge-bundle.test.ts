import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BundleReport } from '../../local/bundle/bundle-app';
import { findDemoCampaign, seedDemoCampaign } from '../../local/seed/demo-campaign';
import { CAMILLE, LEA } from '../../local/identity/demo-users';
import { startTestHost, type TestHost } from '../support/host';
import { campaignPanelOf, invokeResolver } from '../support/invoke';
import { post, sign, storedKeys } from '../app/kpi/kpi-fixture';
import { bundleInChild, copyOfApp, manifestHandlers, removeDir, ROOT, tempDir } from './bundle-support';

const BUNDLE_MS = 180_000;

/**
 * What `forge deploy` ships: the functions bundled by Atlassian's `@forge/bundler`, offline, from the app root.
 * The same bundle then runs a whole campaign on the local host: creation, panel, sign-off, a KPI push.
 */
describe('the app bundled offline by @forge/bundler', () => {
  let outDir: string;
  let report: BundleReport;

  beforeAll(async () => {
    outDir = tempDir('cc-bundle-');
    report = await bundleInChild(ROOT, outDir);
  }, BUNDLE_MS);
  afterAll(() => removeDir(outDir));

  it('uses the bundler version @forge/cli 13.3 pins', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/@forge/bundler/package.json'), 'utf8')) as { version: string };
    expect(pkg.devDependencies['@forge/bundler']).toBe('7.1.0');
    expect(installed.version).toBe('7.1.0');
  });

  it('bundles with no error and no warning, with the runtime wrapper stand-in beside the code', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
    const names = report.files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['index.cjs', '__forge__.cjs', '__forge_wrapper__.cjs', 'runtime.json']));
    const indexBytes = report.files.find((f) => f.name === 'index.cjs')?.bytes ?? 0;
    console.log(`@forge/bundler output: index.cjs ${(indexBytes / 1024).toFixed(0)} KiB, all .cjs ${(report.bytes / 1024).toFixed(0)} KiB`);
    expect(indexBytes).toBeGreaterThan(0);
  });

  it('exports every function handler manifest.yml names, through the bundle entry', () => {
    // The bundle exists only once the test has built it: loaded by path at run time, as the Forge runtime does.
    const entry = createRequire(__filename)(join(outDir, '__forge__.cjs')) as { loadHandler: (reference: string) => unknown };
    const handlers = manifestHandlers();
    expect(handlers.length).toBeGreaterThan(3);
    for (const handler of handlers) expect([handler, typeof entry.loadHandler(handler)]).toEqual([handler, 'function']);
    expect(report.handlers.map((h) => `${h.module}.${h.func}`).sort()).toEqual([...handlers].sort());
  });

  it(
    'fails on a type error, naming it',
    async () => {
      const copy = copyOfApp();
      const out = tempDir('cc-bundle-broken-');
      try {
        appendFileSync(join(copy, 'src/domain/metrics/random.ts'), "\nexport const typeErrorProbe: number = 'not a number';\n");
        const broken = await bundleInChild(copy, out);
        expect(broken.ok).toBe(false);
        expect(broken.errors.join('\n')).toMatch(/TS2322|Type 'string' is not assignable to type 'number'/);
      } finally {
        removeDir(copy);
        removeDir(out);
      }
    },
    BUNDLE_MS,
  );

  describe('a whole campaign on the local host, run from that bundle', () => {
    let th: TestHost;
    let epicKey: string;
    beforeAll(async () => {
      th = await startTestHost({ queueMsPerSecond: 1, bundleDir: outDir });
    });
    afterAll(() => th.close());

    it('runs the functions from the bundle, on Node 24', async () => {
      expect(process.version).toMatch(/^v24\./);
      const app = (await th.call(null, 'GET', '/local/app')).body;
      expect(app).toEqual({ node: process.version, runtime: 'nodejs24.x', functions: 'bundle', dir: outDir });
    });

    it('creates the demo campaign through the bundled resolvers and its creation job', async () => {
      epicKey = await seedDemoCampaign(th.host, new Date('2026-11-24T09:00:00Z'));
      expect(await findDemoCampaign(th.host)).toBe(epicKey);
      const issues = await th.call(
        CAMILLE.email,
        'GET',
        `/rest/api/3/search/jql?jql=${encodeURIComponent(`parent = ${epicKey}`)}&maxResults=100&fields=summary`,
      );
      expect(issues.body.issues.length).toBeGreaterThan(10);
    });

    it('loads the panel', async () => {
      const panel = await invokeResolver(th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey }, { moduleKey: 'campaign-panel' });
      expect(panel.ok).toBe(true);
      expect(panel.data).toMatchObject({ mode: 'epic', campaign: { epicKey, budget: { amount: 140000, currency: 'EUR' } } });
      expect(campaignPanelOf(panel).budget.actual).toBeGreaterThan(0);
    });

    it('signs off: Léa approves the legal gate, the record and the mirror follow', async () => {
      const decided = await invokeResolver(
        th,
        LEA.accountId,
        'decideSignOff',
        { issueKey: epicKey, gateId: 'legal', decision: 'approve', comment: 'Mentions légales vérifiées.' },
        { moduleKey: 'campaign-panel', issueKey: epicKey },
      );
      expect(decided.ok).toBe(true);
      expect(decided.data.commentPosted).toBe(true);
      const signOff = await invokeResolver(
        th,
        CAMILLE.accountId,
        'getSignOff',
        { issueKey: epicKey },
        { moduleKey: 'campaign-panel', issueKey: epicKey },
      );
      expect(signOff.data.gates.find((g: { gateId: string }) => g.gateId === 'legal')).toMatchObject({ state: 'approved' });
    });

    it('takes a signed KPI push through the bundled web trigger, stored once', async () => {
      const connector = await invokeResolver(
        th,
        CAMILLE.accountId,
        'getKpiConnector',
        { epicKey },
        { moduleKey: 'campaign-panel', issueKey: epicKey },
      );
      expect(connector.ok).toBe(true);
      const kpiId = connector.data.kpis[0]!.kpiId;
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const body = JSON.stringify({ campaign: epicKey, kpi: kpiId, value: 42, at: `${yesterday}T10:00:00Z`, source: 'bundle-test' });
      const pushed = await post(connector.data.url, body, { [connector.data.signatureHeader]: sign(connector.data.secret, body) });
      expect(pushed.status).toBe(201);
      const replay = await post(connector.data.url, body, { [connector.data.signatureHeader]: sign(connector.data.secret, body) });
      expect(replay.status).toBe(200);
      // The demo's KPI windows open at launch, so the panel does not count this point yet: the store shows it.
      expect(storedKeys(th, `kpi-push:${epicKey}:${kpiId}:`)).toHaveLength(1);
      const unsigned = await post(connector.data.url, body, { [connector.data.signatureHeader]: sign('wrong-secret', body) });
      expect(unsigned.status).toBe(401);
    });
  });
});
