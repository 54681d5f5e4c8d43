import { readFileSync } from 'node:fs';
import type { Exchange } from '../../../local/server/host';
import { contractFile } from './contracts-dir';
import { describeWithContracts, loadContractValidator, validateAdf, type ContractValidator } from './openapi-validator';

const sample = (...parts: string[]): string => readFileSync(contractFile(...parts), 'utf8');

function exchange(method: string, pattern: string, status: number, responseBody: unknown, requestBody?: unknown, path = pattern): Exchange {
  return {
    method,
    path,
    query: '',
    pattern,
    requestContentType: requestBody === undefined ? undefined : 'application/json',
    requestBody: requestBody === undefined ? '' : typeof requestBody === 'string' ? requestBody : JSON.stringify(requestBody),
    status,
    responseContentType: 'application/json;charset=UTF-8',
    responseBody: typeof responseBody === 'string' ? responseBody : JSON.stringify(responseBody),
    responseHeaders: {},
  };
}

const adfDoc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Go' }] }] };

describeWithContracts('OpenAPI contract validator', () => {
  let validator: ContractValidator;
  beforeAll(() => {
    const v = loadContractValidator();
    if (!v) throw new Error('validator did not load although the contracts folder exists');
    validator = v;
  });

  it('accepts recorded real Jira responses', () => {
    const myself = exchange('GET', '/rest/api/3/myself', 200, sample('samples', 'jira', 'demisto-jirav3-user.cloud.response.json'));
    const linkTypes = exchange(
      'GET',
      '/rest/api/3/issueLinkType',
      200,
      sample('samples', 'jira', 'demisto-jirav3-issue-link-types.response.json'),
    );
    const comment = exchange(
      'POST',
      '/rest/api/3/issue/{issueIdOrKey}/comment',
      201,
      sample('samples', 'jira', 'demisto-jirav3-create-comment.response.json'),
      { body: adfDoc },
      '/rest/api/3/issue/MKT-1/comment',
    );
    expect(validator.validate(myself)).toEqual([]);
    expect(validator.validate(linkTypes)).toEqual([]);
    expect(validator.validate(comment)).toEqual([]);
  });

  it('rejects a Jira response with a wrongly typed field', () => {
    const issue = { id: 10001, key: 'MKT-1', self: 'http://localhost/rest/api/3/issue/10001', fields: {} };
    const problems = validator.validate(
      exchange('GET', '/rest/api/3/issue/{issueIdOrKey}', 200, issue, undefined, '/rest/api/3/issue/MKT-1'),
    );
    expect(problems).toContain('GET /rest/api/3/issue/MKT-1 → 200: /id must be string');
  });

  it('rejects a Jira response that misses a required property or adds an unknown one', () => {
    const provider = { name: 'JIRA provided time tracking' };
    expect(validator.validate(exchange('GET', '/rest/api/3/configuration/timetracking', 200, provider))).toEqual([
      "GET /rest/api/3/configuration/timetracking → 200: / must have required property 'key'",
    ]);
    // CreatedIssue requires nothing, but forbids unknown properties.
    const created = { issues: [{ id: '10001', key: 'MKT-1', self: 'http://localhost/rest/api/3/issue/10001', summary: 'x' }], errors: [] };
    expect(validator.validate(exchange('POST', '/rest/api/3/issue/bulk', 201, created, { issueUpdates: [] }))).toEqual([
      "POST /rest/api/3/issue/bulk → 201: /issues/0 must NOT have additional properties 'summary'",
    ]);
  });

  it('rejects a wrong request body but not when the emulator refused it with 400', () => {
    const bad = { body: adfDoc, visibility: { type: 'planet', value: 'x' } };
    const ok = JSON.parse(sample('samples', 'jira', 'demisto-jirav3-create-comment.response.json')) as unknown;
    const accepted = exchange('POST', '/rest/api/3/issue/{issueIdOrKey}/comment', 201, ok, bad, '/rest/api/3/issue/MKT-1/comment');
    expect(validator.validate(accepted)).toEqual([
      expect.stringMatching(
        /^POST \/rest\/api\/3\/issue\/MKT-1\/comment → 201: request \/visibility\/type must be equal to one of the allowed values/,
      ),
    ]);
    const refused = { ...accepted, status: 400, responseBody: JSON.stringify({ errorMessages: ['bad visibility'], errors: {} }) };
    expect(validator.validate(refused)).toEqual([]);
  });

  it('flags operations the spec does not have, naming the spec parameter names when they differ', () => {
    expect(validator.validate(exchange('GET', '/rest/api/3/campaign', 200, {}))[0]).toMatch(/no operation GET \/rest\/api\/3\/campaign/);
    const renamed = validator.validate(exchange('GET', '/wiki/api/v2/pages/{page-id}', 200, {}, undefined, '/wiki/api/v2/pages/1'));
    expect(renamed[0]).toMatch(/the spec names it \/wiki\/api\/v2\/pages\/\{id\}/);
  });

  it('accepts undocumented error statuses only with the generic error shape', () => {
    const jira429 = exchange('GET', '/rest/api/3/myself', 429, { errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(validator.validate(jira429)).toEqual([]);
    expect(validator.validate({ ...jira429, responseBody: '{"message":"slow down"}' })).toHaveLength(1);
    const conf403 = exchange(
      'GET',
      '/wiki/api/v2/pages/{id}',
      403,
      { errors: [{ status: 403, code: 'FORBIDDEN', title: 'no', detail: null }] },
      undefined,
      '/wiki/api/v2/pages/1',
    );
    expect(validator.validate(conf403)).toEqual([]);
    expect(validator.validate(exchange('GET', '/wiki/api/v2/pages/{id}', 418, {}, undefined, '/wiki/api/v2/pages/1'))).toHaveLength(1);
  });

  it('validates Confluence responses against the v2 spec', () => {
    const page = { id: '1', status: 'current', title: 'T', spaceId: '2', version: { number: 'one' } };
    expect(validator.validate(exchange('GET', '/wiki/api/v2/pages/{id}', 200, page, undefined, '/wiki/api/v2/pages/1'))).toEqual([
      'GET /wiki/api/v2/pages/1 → 200: /version/number must be integer',
    ]);
    expect(
      validator.validate(
        exchange('GET', '/wiki/api/v2/pages/{id}', 200, { ...page, version: { number: 1 } }, undefined, '/wiki/api/v2/pages/1'),
      ),
    ).toEqual([]);
  });
});

describeWithContracts('OpenAPI contract validator: Confluence v1 search', () => {
  it('checks /wiki/rest/api/search against the v1 spec', () => {
    const validator = loadContractValidator() as ContractValidator;
    const answer = {
      results: [],
      start: 0,
      limit: 25,
      size: 0,
      totalSize: 0,
      cqlQuery: 'type = page',
      searchDuration: 1,
      _links: { base: 'http://x/wiki' },
    };
    expect(validator.validate(exchange('GET', '/wiki/rest/api/search', 200, answer))).toEqual([]);
    const { cqlQuery: _dropped, ...incomplete } = answer;
    expect(validator.validate(exchange('GET', '/wiki/rest/api/search', 200, incomplete))).toEqual([
      "GET /wiki/rest/api/search → 200: / must have required property 'cqlQuery'",
    ]);
  });
});

describeWithContracts('ADF validation', () => {
  it('accepts a rich real ADF document', () => {
    expect(validateAdf(JSON.parse(sample('samples', 'adf', 'jira-cli-md.adf.json')))).toEqual([]);
  });

  it("rejects Atlassian's deliberately invalid fixture", () => {
    expect(validateAdf(JSON.parse(sample('adf', 'unsupported-content.invalid-fixture.json'))).length).toBeGreaterThan(0);
  });
});
