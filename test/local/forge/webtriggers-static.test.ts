import { resolve } from 'node:path';
import { startTestHost, type TestHost } from '../../support/host';
import type { WebTriggerCall } from '../../../local/forge/webtriggers/web-triggers';
import { lastWebTriggerCall, webTriggerReport } from './webtrigger-report';

const WEBTRIGGER_APP = resolve(__dirname, '../../fixtures/webtrigger-app');

/**
 * Static web trigger semantics on the local host, as on Forge: the function names one of the module's declared
 * outputs (`{outputKey}`) and the caller gets that output's status, content type and body, never anything the
 * function computed. An undeclared key, no key, or a dynamic-style answer is a 500; dynamic modules are not served.
 */
describe('static web triggers on the local host', () => {
  let th: TestHost;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    th = await startTestHost({ appDir: WEBTRIGGER_APP });
  });
  afterAll(async () => {
    await th.close();
    warn.mockRestore();
  });

  const call = async (
    answer: string,
    moduleKey = 'static-probe',
  ): Promise<{ status: number; contentType: string | null; text: string }> => {
    const res = await fetch(`${th.url}/local/webtriggers/${moduleKey}?answer=${answer}`, { method: 'POST', body: '{}' });
    return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
  };
  const lastCall = (): Promise<WebTriggerCall> => lastWebTriggerCall(th);

  it("answers with the named output's status, content type and body", async () => {
    expect(await call('ok')).toEqual({ status: 202, contentType: 'application/json', text: '{"fixed":true}' });
    expect(await lastCall()).toMatchObject({ moduleKey: 'static-probe', statusCode: 202, outputKey: 'ok' });
    const bare = await call('bare');
    expect({ status: bare.status, text: bare.text }).toEqual({ status: 204, text: '' });
  });

  it.each([
    ['unknown', "outputKey 'not-declared' is not one of the module's response.outputs (ok, bare)"],
    ['dynamic', 'the function did not answer {outputKey}'],
    ['mixed', 'answers only {outputKey}, not its own statusCode, headers or body'],
    ['nothing', 'the function did not answer {outputKey}'],
    ['throw', 'the function failed'],
  ])('answers 500 when the function answers %s, and sends nothing it computed', async (answer, reason) => {
    const res = await call(answer);
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('computed data');
    expect((await lastCall()).error).toContain(reason);
  });

  it('does not serve dynamic web triggers (declared, or dynamic by default) and says why', async () => {
    const report = await webTriggerReport(th);
    expect(report.webtriggers).toEqual([
      expect.objectContaining({
        moduleKey: 'static-probe',
        outputs: [
          { key: 'ok', statusCode: 202 },
          { key: 'bare', statusCode: 204 },
        ],
      }),
    ]);
    expect(report.skipped.map((s) => s.moduleKey)).toEqual(['dynamic-probe', 'default-probe']);
    for (const key of ['dynamic-probe', 'default-probe']) {
      const res = await call('dynamic', key);
      expect(res.status).toBe(404);
      expect(res.text).toContain('dynamic web triggers are not emulated');
    }
  });
});
