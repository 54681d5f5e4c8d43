import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { MAX_PUSH_BYTES, type KpiOutputKey } from '../../../src/webtriggers/kpi-actuals';
import { KPI_WEBTRIGGER_MODULE } from '../../../src/adapters/forge/kpi-webtrigger-url';
import { must } from '../../support/must';
import type { KpiWebTriggerBody } from './kpi-fixture';

interface Output {
  key: KpiOutputKey;
  statusCode: number;
  contentType?: string;
  body?: string;
}

/** Every key the handler may answer, with its status: a `Record` over the type, so a new key fails to compile here. */
const STATUSES: Record<KpiOutputKey, number> = {
  stored: 201,
  duplicate: 200,
  'bad-request': 400,
  'bad-body': 400,
  'unknown-field': 400,
  'bad-campaign': 400,
  'bad-kpi': 400,
  'bad-value': 400,
  'bad-at': 400,
  'bad-source': 400,
  'signature-missing': 401,
  'signature-mismatch': 401,
  'campaign-not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'too-large': 413,
  'unknown-kpi': 422,
};
const FIELD_OUTPUTS: Partial<Record<KpiOutputKey, string>> = {
  'bad-body': 'body',
  'unknown-field': 'body',
  'bad-campaign': 'campaign',
  'bad-kpi': 'kpi',
  'bad-value': 'value',
  'bad-at': 'at',
  'bad-source': 'source',
};

const manifest = parse(readFileSync(resolve(__dirname, '../../../manifest.yml'), 'utf8')) as {
  modules: { webtrigger: { key: string; response: { type: string; outputs: Output[] } }[] };
};
const outputs = manifest.modules.webtrigger.find((w) => w.key === KPI_WEBTRIGGER_MODULE)?.response.outputs ?? [];
const bodyOf = (key: KpiOutputKey): KpiWebTriggerBody =>
  JSON.parse(must(outputs.find((o) => o.key === key)?.body, `the body of output ${key}`)) as KpiWebTriggerBody;

describe('the KPI web trigger’s static outputs (manifest.yml)', () => {
  it('declares exactly the keys the handler answers, each with its status', () => {
    expect(Object.fromEntries(outputs.map((o) => [o.key, o.statusCode]))).toEqual(STATUSES);
    expect(new Set(outputs.map((o) => o.key)).size).toBe(outputs.length);
  });

  it('answers fixed JSON: success bodies say stored or duplicate, error bodies the code, the field and the problem', () => {
    for (const o of outputs) expect({ key: o.key, contentType: o.contentType }).toEqual({ key: o.key, contentType: 'application/json' });
    expect(bodyOf('stored')).toEqual({ ok: true, stored: true, duplicate: false });
    expect(bodyOf('duplicate')).toEqual({ ok: true, stored: false, duplicate: true });
    for (const o of outputs.filter((x) => x.statusCode >= 400)) {
      const body = bodyOf(o.key);
      expect({ key: o.key, ok: body.ok, code: typeof body.error.code, message: typeof body.error.message }).toEqual({
        key: o.key,
        ok: false,
        code: 'string',
        message: 'string',
      });
      const field = FIELD_OUTPUTS[o.key];
      if (field) {
        expect({ key: o.key, field: body.error.field, code: body.error.code }).toEqual({ key: o.key, field, code: 'INVALID_INPUT' });
        expect(body.error.message.startsWith(`${field}: `)).toBe(true);
      }
    }
    expect(bodyOf('too-large').error.message).toContain(`at most ${MAX_PUSH_BYTES} bytes`);
    expect(bodyOf('conflict').error).toMatchObject({ code: 'CONFLICT', field: 'value' });
    expect(bodyOf('unknown-kpi').error).toMatchObject({ code: 'UNKNOWN_KPI', field: 'kpi' });
    expect(bodyOf('campaign-not-found').error).toMatchObject({ code: 'NOT_FOUND', field: 'campaign' });
  });
});
