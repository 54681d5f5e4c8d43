import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { runsOnAtlassianProblems } from '../../local/checks/runs-on-atlassian';

const MANIFEST = resolve(__dirname, '..', '..', 'manifest.yml');
type Manifest = { modules: Record<string, unknown[]>; permissions: Record<string, unknown>; [k: string]: unknown };
/** A fresh parsed copy each time, so a mutation never leaks into another case. */
const manifest = (): Manifest => parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
const messages = (m: unknown): string[] => runsOnAtlassianProblems(m).map((p) => `${p.where}: ${p.message}`);

describe('manifest.yml is eligible for Runs on Atlassian', () => {
  it('has no egress, no remotes, no providers, and only static web triggers with outputs', () => {
    expect(messages(manifest())).toEqual([]);
    const webtriggers = manifest().modules.webtrigger as { key: string; response?: { type?: string; outputs?: unknown[] } }[];
    expect(webtriggers.length).toBeGreaterThan(0);
    for (const w of webtriggers)
      expect({ key: w.key, type: w.response?.type, hasOutputs: (w.response?.outputs?.length ?? 0) > 0 }).toEqual({
        key: w.key,
        type: 'static',
        hasOutputs: true,
      });
  });

  it('fails, naming it, when a dynamic web trigger is added (declared, or dynamic by default)', () => {
    const m = manifest();
    m.modules.webtrigger!.push(
      { key: 'export-everything', function: 'kpi-actuals', response: { type: 'dynamic' } },
      { key: 'no-response-given', function: 'kpi-actuals' },
    );
    const found = messages(m);
    expect(found).toEqual([
      expect.stringContaining("'export-everything' is dynamic"),
      expect.stringContaining("'no-response-given' is dynamic (the default)"),
    ]);
  });

  it('fails when a static web trigger declares no outputs', () => {
    const m = manifest();
    m.modules.webtrigger!.push({ key: 'empty-static', function: 'kpi-actuals', response: { type: 'static', outputs: [] } });
    expect(messages(m)).toEqual([expect.stringContaining("static web trigger 'empty-static' declares no response.outputs")]);
  });

  it('fails, naming the domain, when a fetch egress domain is added (backend or client)', () => {
    const m = manifest();
    m.permissions.external = { fetch: { backend: ['example.com'], client: [{ address: 'https://hooks.slack.com' }] } };
    expect(messages(m)).toEqual([
      'permissions.external.fetch.backend[0]: egress to example.com: only analytics entries with inScopeEUD: false are allowed',
      'permissions.external.fetch.client[0]: egress to https://hooks.slack.com: only analytics entries with inScopeEUD: false are allowed',
    ]);
  });

  it('allows analytics egress only with inScopeEUD: false', () => {
    const withAnalytics = (inScopeEUD: boolean | undefined): Manifest => {
      const m = manifest();
      m.permissions.external = {
        fetch: {
          backend: [{ address: 'https://api.segment.io', category: 'analytics', ...(inScopeEUD === undefined ? {} : { inScopeEUD }) }],
        },
      };
      return m;
    };
    expect(messages(withAnalytics(false))).toEqual([]);
    expect(messages(withAnalytics(true))).toEqual([
      expect.stringContaining(
        'permissions.external.fetch.backend[0]: analytics egress to https://api.segment.io must declare inScopeEUD: false',
      ),
    ]);
    expect(messages(withAnalytics(undefined))).toHaveLength(1);
  });

  it('fails on any other external resource, customer-managed egress, remotes, providers and Remote endpoints', () => {
    const m = manifest();
    m.permissions.external = { images: ['*.giphy.com'], configurable: { enabled: true } };
    m.remotes = [{ key: 'campaign-backend', baseUrl: 'https://backend.example.com' }];
    m.providers = { auth: [{ key: 'google', name: 'Google' }] };
    m.modules.webtrigger!.push({
      key: 'remote-hook',
      endpoint: 'remote-endpoint',
      response: { type: 'static', outputs: [{ key: 'ok', statusCode: 200 }] },
    });
    expect(messages(m)).toEqual([
      'permissions.external.images[0]: egress to *.giphy.com: only analytics entries with inScopeEUD: false are allowed',
      'permissions.external.configurable: customer-managed egress is enabled',
      "remotes: remote 'campaign-backend' is compute or storage outside Atlassian",
      "providers.auth: provider 'google' authenticates with an outside service",
      "modules.webtrigger 'remote-hook': calls Forge Remote endpoint 'remote-endpoint'",
    ]);
  });
});
