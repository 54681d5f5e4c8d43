import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestHost, type TestHost } from '../../support/host';
import { LEA } from '../../../local/identity/demo-users';

/**
 * The emulator's answers must have the shape of real Jira's: same keys at every level and same value types as
 * the responses recorded from a real site (shared/contracts/samples/jira).
 */
const contractsDir = process.env.CONTRACTS_DIR ?? path.resolve(__dirname, '../../../../shared/contracts');
const samplesDir = path.join(contractsDir, 'samples', 'jira');
const haveSamples = existsSync(samplesDir);
if (!haveSamples) console.warn(`Skipping recorded-sample shape tests: folder ${samplesDir} is missing.`);

type Shape = string | { [key: string]: Shape } | Shape[];

/** Recursive key sets and JSON value types; arrays are described by their first element. */
function shapeOf(v: unknown): Shape {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? [] : [shapeOf(v[0])];
  if (typeof v === 'object') {
    const out: Record<string, Shape> = {};
    for (const k of Object.keys(v).sort()) out[k] = shapeOf((v as Record<string, unknown>)[k]);
    return out;
  }
  return typeof v;
}

const sample = (name: string): unknown => JSON.parse(readFileSync(path.join(samplesDir, name), 'utf8'));

(haveSamples ? describe : describe.skip)('recorded Jira samples', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(async () => {
    await th.close();
  });

  test('/myself has the shape of the recorded user', async () => {
    const r = await th.call(LEA.email, 'GET', '/rest/api/3/myself');
    expect(shapeOf(r.body)).toEqual(shapeOf(sample('demisto-jirav3-user.cloud.response.json')));
  });

  test('GET issueLinkType has the shape and names of the recorded one', async () => {
    const r = await th.call(LEA.email, 'GET', '/rest/api/3/issueLinkType');
    const recorded = sample('demisto-jirav3-issue-link-types.response.json') as {
      issueLinkTypes: { name: string; inward: string; outward: string }[];
    };
    expect(shapeOf(r.body)).toEqual(shapeOf(recorded));
    const names = (x: { issueLinkTypes: { name: string; inward: string; outward: string }[] }) =>
      x.issueLinkTypes.map((t) => `${t.name}|${t.inward}|${t.outward}`).sort();
    expect(names(r.body)).toEqual(names(recorded));
  });

  test('POST comment (with visibility, renderedBody expanded) has the shape of the recorded one', async () => {
    const r = await th.call(LEA.email, 'POST', '/rest/api/3/issue/MKT-4/comment?expand=renderedBody', {
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ text: 'Terms approved by Legal.', type: 'text' }] }] },
      visibility: { type: 'role', value: 'Administrators', identifier: 'Administrators' },
    });
    expect(r.status).toBe(201);
    expect(shapeOf(r.body)).toEqual(shapeOf(sample('demisto-jirav3-create-comment.response.json')));
  });
});
