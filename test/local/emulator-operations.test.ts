import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { confluenceRoutes } from '../../local/confluence/routes';
import { ATELIER_PRO_BRIEF_ID, MKT_HOMEPAGE_ID, MKT_SPACE_ID } from '../../local/confluence/seed';
import { CAMILLE } from '../../local/identity/demo-users';
import { jiraRoutes } from '../../local/jira/routes';
import type { Exchange } from '../../local/server/host';
import { startTestHost, type RestBody, type TestHost } from '../support/host';
import { contractFile, repoRoot } from '../support/contracts/contracts-dir';
import { describeWithContracts, loadContractValidator } from '../support/contracts/openapi-validator';
import { loadProducts } from '../support/contracts/product-contract';

/**
 * The operations the Jira and Confluence emulators serve, each named by method and spec path, each called once on
 * the seeded demo site. Adding a REST call to the app (src/ or static/) that is not listed here fails this file,
 * and so does a route served but not listed.
 */
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface Answer {
  status: number;
  body: RestBody;
}
/** Ids made by earlier calls (a created issue, link, attachment, property) for the calls that need them. */
type State = Record<string, string>;
interface Operation {
  method: Method;
  /** The route pattern, which is the spec path (Jira v3, Confluence v2, or Confluence v1 for search). */
  spec: string;
  run(call: Caller, state: State): Promise<Answer>;
}
type Caller = (method: Method, path: string, body?: unknown) => Promise<Answer>;

const op = (method: Method, spec: string, run: Operation['run']): Operation => ({ method, spec, run });
const V2 = '/wiki/api/v2';
const J = '/rest/api/3';
const PAGE = `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`;

const JIRA: Operation[] = [
  op('GET', `${J}/myself`, (c) => c('GET', `${J}/myself`)),
  op('GET', `${J}/user`, (c) => c('GET', `${J}/user?accountId=${CAMILLE.accountId}`)),
  op('GET', `${J}/user/search`, (c) => c('GET', `${J}/user/search?query=camille`)),
  op('GET', `${J}/users/search`, (c) => c('GET', `${J}/users/search?maxResults=50`)),
  op('GET', `${J}/user/bulk`, (c) => c('GET', `${J}/user/bulk?accountId=${CAMILLE.accountId}&maxResults=100`)),
  op('GET', `${J}/user/assignable/search`, (c) => c('GET', `${J}/user/assignable/search?project=MKT&maxResults=50`)),
  op('GET', `${J}/field`, (c) => c('GET', `${J}/field`)),
  op('GET', `${J}/issuetype`, (c) => c('GET', `${J}/issuetype`)),
  op('GET', `${J}/issueLinkType`, (c) => c('GET', `${J}/issueLinkType`)),
  op('GET', `${J}/project/{projectIdOrKey}`, (c) => c('GET', `${J}/project/MKT`)),
  op('GET', `${J}/mypermissions`, (c) => c('GET', `${J}/mypermissions?projectKey=MKT&permissions=BROWSE_PROJECTS,EDIT_ISSUES`)),
  op('POST', `${J}/permissions/check`, (c) =>
    c('POST', `${J}/permissions/check`, { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000, 10001] }] }),
  ),
  op('POST', `${J}/issue`, async (c, s) => {
    const r = await c('POST', `${J}/issue`, {
      fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary: 'Operations check' },
    });
    s.issue = r.body?.key;
    return r;
  }),
  op('POST', `${J}/issue/bulk`, (c) =>
    c('POST', `${J}/issue/bulk`, {
      issueUpdates: [{ fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary: 'Operations bulk' } }],
    }),
  ),
  op('GET', `${J}/issue/{issueIdOrKey}`, (c) => c('GET', `${J}/issue/MKT-1?fields=summary,status,parent`)),
  op('PUT', `${J}/issue/{issueIdOrKey}`, (c, s) => c('PUT', `${J}/issue/${s.issue}`, { fields: { summary: 'Operations check (edited)' } })),
  op('POST', `${J}/issue/bulkfetch`, (c) => c('POST', `${J}/issue/bulkfetch`, { issueIdsOrKeys: ['MKT-1', 'MKT-2'], fields: ['summary'] })),
  op('GET', `${J}/search/jql`, (c) => c('GET', `${J}/search/jql?jql=${encodeURIComponent('project = MKT ORDER BY key')}&fields=summary`)),
  op('POST', `${J}/search/jql`, (c) =>
    c('POST', `${J}/search/jql`, { jql: 'project = MKT ORDER BY key', fields: ['summary'], maxResults: 5 }),
  ),
  op('POST', `${J}/search/approximate-count`, (c) => c('POST', `${J}/search/approximate-count`, { jql: 'project = MKT' })),
  op('GET', `${J}/issue/{issueIdOrKey}/transitions`, async (c, s) => {
    const r = await c('GET', `${J}/issue/${s.issue}/transitions`);
    s.transition = r.body?.transitions?.[0]?.id;
    return r;
  }),
  op('POST', `${J}/issue/{issueIdOrKey}/transitions`, (c, s) =>
    c('POST', `${J}/issue/${s.issue}/transitions`, { transition: { id: s.transition } }),
  ),
  op('GET', `${J}/issue/{issueIdOrKey}/changelog`, (c, s) => c('GET', `${J}/issue/${s.issue}/changelog`)),
  op('POST', `${J}/changelog/bulkfetch`, (c, s) => c('POST', `${J}/changelog/bulkfetch`, { issueIdsOrKeys: [s.issue] })),
  op('PUT', `${J}/issue/{issueIdOrKey}/properties/{propertyKey}`, (c, s) =>
    c('PUT', `${J}/issue/${s.issue}/properties/ops.check`, { ok: true }),
  ),
  op('GET', `${J}/issue/{issueIdOrKey}/properties`, (c, s) => c('GET', `${J}/issue/${s.issue}/properties`)),
  op('GET', `${J}/issue/{issueIdOrKey}/properties/{propertyKey}`, (c, s) => c('GET', `${J}/issue/${s.issue}/properties/ops.check`)),
  op('DELETE', `${J}/issue/{issueIdOrKey}/properties/{propertyKey}`, (c, s) => c('DELETE', `${J}/issue/${s.issue}/properties/ops.check`)),
  op('POST', `${J}/issue/{issueIdOrKey}/comment`, async (c, s) => {
    const r = await c('POST', `${J}/issue/${s.issue}/comment`, {
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vu' }] }] },
      properties: [{ key: 'ops.check', value: { marker: 'ops' } }],
    });
    s.comment = r.body?.id;
    return r;
  }),
  op('GET', `${J}/comment/{commentId}/properties/{propertyKey}`, (c, s) => c('GET', `${J}/comment/${s.comment}/properties/ops.check`)),
  op('GET', `${J}/issue/{issueIdOrKey}/comment`, (c, s) => c('GET', `${J}/issue/${s.issue}/comment?orderBy=-created&maxResults=5`)),
  op('POST', `${J}/issue/{issueIdOrKey}/remotelink`, (c, s) =>
    c('POST', `${J}/issue/${s.issue}/remotelink`, { globalId: 'ops:check', object: { url: 'http://localhost/wiki/x', title: 'Brief' } }),
  ),
  op('GET', `${J}/issue/{issueIdOrKey}/remotelink`, (c, s) => c('GET', `${J}/issue/${s.issue}/remotelink`)),
  op('POST', `${J}/issueLink`, async (c, s) => {
    const r = await c('POST', `${J}/issueLink`, {
      type: { name: 'Relates' },
      inwardIssue: { key: s.issue },
      outwardIssue: { key: 'MKT-1' },
    });
    const issue = await c('GET', `${J}/issue/${s.issue}?fields=issuelinks`);
    s.link = issue.body?.fields?.issuelinks?.[0]?.id;
    return r;
  }),
  op('GET', `${J}/issueLink/{linkId}`, (c, s) => c('GET', `${J}/issueLink/${s.link}`)),
  op('DELETE', `${J}/issueLink/{linkId}`, (c, s) => c('DELETE', `${J}/issueLink/${s.link}`)),
  // Multipart: see `call` below; the answer lists the new attachment.
  op('POST', `${J}/issue/{issueIdOrKey}/attachments`, async (c, s) => {
    const r = await c('POST', `${J}/issue/${s.issue}/attachments`, { multipartFile: 'plan.txt' });
    s.attachment = r.body?.[0]?.id;
    return r;
  }),
  op('GET', `${J}/attachment/{id}`, (c, s) => c('GET', `${J}/attachment/${s.attachment}`)),
  op('DELETE', `${J}/attachment/{id}`, (c, s) => c('DELETE', `${J}/attachment/${s.attachment}`)),
  op('DELETE', `${J}/issue/{issueIdOrKey}`, (c, s) => c('DELETE', `${J}/issue/${s.issue}`)),
];

const CONFLUENCE: Operation[] = [
  op('GET', `${V2}/spaces`, (c) => c('GET', `${V2}/spaces?keys=MKT`)),
  op('GET', `${V2}/spaces/{id}`, (c) => c('GET', `${V2}/spaces/${MKT_SPACE_ID}`)),
  op('GET', `${V2}/spaces/{id}/pages`, (c) =>
    c('GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?depth=all&status=current&sort=-modified-date&limit=2&body-format=storage`),
  ),
  op('GET', `${V2}/pages`, (c) => c('GET', `${V2}/pages?space-id=${MKT_SPACE_ID}&status=current&limit=10`)),
  op('POST', `${V2}/pages`, async (c, s) => {
    const r = await c('POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      status: 'current',
      title: 'Operations check',
      body: { representation: 'storage', value: '<p>un</p>' },
    });
    s.page = r.body?.id;
    return r;
  }),
  op('GET', `${V2}/pages/{id}`, (c) => c('GET', `${PAGE}?body-format=atlas_doc_format`)),
  op('PUT', `${V2}/pages/{id}`, (c, s) =>
    c('PUT', `${V2}/pages/${s.page}`, {
      id: s.page,
      status: 'current',
      title: 'Operations check',
      body: { representation: 'storage', value: '<p>deux</p>' },
      version: { number: 2, message: 'v2' },
    }),
  ),
  op('GET', `${V2}/pages/{id}/children`, (c) => c('GET', `${V2}/pages/${MKT_HOMEPAGE_ID}/children?limit=2`)),
  op('GET', `${V2}/pages/{id}/direct-children`, (c) => c('GET', `${V2}/pages/${MKT_HOMEPAGE_ID}/direct-children?sort=title`)),
  op('GET', `${V2}/pages/{id}/versions`, (c, s) => c('GET', `${V2}/pages/${s.page}/versions?body-format=storage`)),
  op('GET', `${V2}/pages/{page-id}/versions/{version-number}`, (c, s) => c('GET', `${V2}/pages/${s.page}/versions/1`)),
  op('POST', `${V2}/pages/{page-id}/properties`, async (c, s) => {
    const r = await c('POST', `${V2}/pages/${s.page}/properties`, { key: 'ops.check', value: { n: 1 } });
    s.property = r.body?.id;
    return r;
  }),
  op('GET', `${V2}/pages/{page-id}/properties`, (c, s) => c('GET', `${V2}/pages/${s.page}/properties?key=ops.check`)),
  op('GET', `${V2}/pages/{page-id}/properties/{property-id}`, (c, s) => c('GET', `${V2}/pages/${s.page}/properties/${s.property}`)),
  op('PUT', `${V2}/pages/{page-id}/properties/{property-id}`, (c, s) =>
    c('PUT', `${V2}/pages/${s.page}/properties/${s.property}`, { key: 'ops.check', value: { n: 2 }, version: { number: 2 } }),
  ),
  op('DELETE', `${V2}/pages/{page-id}/properties/{property-id}`, (c, s) => c('DELETE', `${V2}/pages/${s.page}/properties/${s.property}`)),
  op('DELETE', `${V2}/pages/{id}`, (c, s) => c('DELETE', `${V2}/pages/${s.page}`)),
  op('GET', '/wiki/rest/api/search', (c) =>
    c(
      'GET',
      `/wiki/rest/api/search?cql=${encodeURIComponent('type = page AND space = MKT AND label = campaign-brief ORDER BY lastmodified DESC')}&limit=2`,
    ),
  ),
];

const OPERATIONS = [...JIRA, ...CONFLUENCE];
const key = (method: string, spec: string): string => `${method} ${spec}`;
/** `/pages/{id}` and `/pages/${pageId}` compare equal: only the literal segments matter. */
const shape = (path: string): string => path.replace(/\$\{[^}]*\}|\{[^}]*\}/g, '{}');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(name) && !/\.test\./.test(name) ? [full] : [];
  });
}

/** The text of the call's arguments after `from`, up to the `)` that closes the call (for its `method:`). */
function restOfCall(text: string, from: number): string {
  let depth = 1;
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '(' || text[i] === '{' || text[i] === '[') depth += 1;
    if (text[i] === ')' || text[i] === '}' || text[i] === ']') depth -= 1;
    if (depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

/** Every product call in the app: `route\`...\`` in src/ (Forge functions) and requestJira/requestConfluence('...') in static/ (Custom UI). */
function appCalls(): { method: string; path: string; file: string }[] {
  const pattern = /route`([^`]*)`|request(?:Jira|Confluence)\(\s*'([^']*)'/g;
  return [...sourceFiles(join(repoRoot, 'src')), ...sourceFiles(join(repoRoot, 'static'))].flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(pattern)].map((m) => {
      const path = (m[1] ?? m[2])!.split('?')[0]!;
      const method = /\bmethod:\s*'([A-Z]+)'/.exec(restOfCall(text, m.index + m[0].length))?.[1] ?? 'GET';
      return { method, path, file: file.slice(repoRoot.length + 1) };
    });
  });
}

describe('the operations the emulator serves', () => {
  it('lists each once, and exactly the routes the Jira and Confluence emulators register', () => {
    const listed = OPERATIONS.map((o) => key(o.method, o.spec));
    expect(new Set(listed).size).toBe(listed.length);
    const served = [...jiraRoutes(), ...confluenceRoutes()].map((r) => key(r.method, r.pattern));
    expect([...listed].sort()).toEqual([...served].sort());
  });

  it('covers every REST call the app makes', () => {
    const calls = appCalls();
    // The scan must see the app's calls at all (a broken regex would pass the next check vacuously).
    expect(calls.length).toBeGreaterThan(30);
    expect(calls).toContainEqual(expect.objectContaining({ method: 'PUT', path: '/wiki/api/v2/pages/${page.id}' }));
    expect(calls).toContainEqual(expect.objectContaining({ method: 'POST', path: '/rest/api/3/issue/bulkfetch' }));
    const listed = new Set(OPERATIONS.map((o) => key(o.method, shape(o.spec))));
    const missing = calls.filter((c) => !listed.has(key(c.method, shape(c.path)))).map((c) => `${c.method} ${c.path} (${c.file})`);
    expect(missing).toEqual([]);
  });
});

describeWithContracts('each operation on the demo site', () => {
  let th: TestHost;
  const state: State = {};
  const validator = loadContractValidator();
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const call: Caller = async (method, path, body) => {
    const file = (body as { multipartFile?: string } | undefined)?.multipartFile;
    if (!file) return th.call(CAMILLE.email, method, path, body);
    const form = new FormData();
    form.append('file', new Blob(['Plan'], { type: 'text/plain' }), file);
    const res = await fetch(`${th.url}${path}`, {
      method,
      headers: { Authorization: th.basic(CAMILLE.email), 'X-Atlassian-Token': 'no-check', Accept: 'application/json' },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  };

  it.each(OPERATIONS.map((o) => [key(o.method, o.spec), o] as const))('%s answers 2xx and matches its spec', async (_name, operation) => {
    const products = loadProducts(contractFile);
    const product = [products.jira, products.confluence, products.confluenceV1].find(
      (p) => p && operation.spec.startsWith(`${p.urlPrefix}/`),
    );
    expect(product?.lookup(operation.spec, operation.method).ok).toBe(true);

    const before = th.exchanges.length;
    const answer = await operation.run(call, state);
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.status).toBeLessThan(300);
    const mine: Exchange[] = th.exchanges.slice(before).filter((ex) => ex.pattern === operation.spec && ex.method === operation.method);
    expect(mine).toHaveLength(1);
    expect(validator?.validate(mine[0]!)).toEqual([]);
    expect(th.violations).toEqual([]);
  });
});
