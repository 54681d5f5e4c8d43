import type { Exchange } from '../../local/server/host';
import { startLocalHost, type LocalHostOptions, type RunningLocalHost } from '../../local/forge/local-host';
import { loadContractValidator } from './contracts/openapi-validator';

/**
 * A Jira/Confluence REST answer as the emulator sent it. These are Atlassian's shapes, not the app's contract: every
 * exchange is checked against Atlassian's published OpenAPI specs at run time (see `close()`), and resolver answers
 * go through the typed helpers in invoke.ts. Typing each REST read here would only restate those specs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- external REST JSON, checked against Atlassian's specs (above)
export type RestBody = any;

export interface TestHost {
  host: RunningLocalHost;
  /** Base URL, e.g. http://localhost:43123 */
  url: string;
  /** Every request/response that reached the emulator during this test file. */
  exchanges: Exchange[];
  /** Contract mismatches found so far (request or response not matching Atlassian's spec for that operation). */
  violations: string[];
  /** `Authorization` header value for a demo user, as a real script would send it. */
  basic(email: string): string;
  /** fetch() against the host as a demo user (JSON helpers included). */
  call(email: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: RestBody; headers: Headers }>;
  close(): Promise<void>;
}

/**
 * Starts a fresh local host on an in-memory database with the demo site, and validates every exchange against
 * Atlassian's published specs (when `CONTRACTS_DIR` is present). Call `close()` in afterAll; it throws when any
 * exchange broke the contract, so a test file cannot pass with a mismatch.
 */
export async function startTestHost(options: Partial<LocalHostOptions> = {}): Promise<TestHost> {
  const validator = loadContractValidator();
  const exchanges: Exchange[] = [];
  const violations: string[] = [];
  const host = await startLocalHost({
    dbFile: ':memory:',
    ...options,
    onExchange: (ex) => {
      exchanges.push(ex);
      if (validator) violations.push(...validator.validate(ex));
      options.onExchange?.(ex);
    },
  });
  const basic = (email: string): string => `Basic ${Buffer.from(`${email}:local-api-token`).toString('base64')}`;
  return {
    host,
    url: host.baseUrl,
    exchanges,
    violations,
    basic,
    async call(email, method, path, body) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (email) headers.Authorization = basic(email);
      let payload: string | undefined;
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        payload = typeof body === 'string' ? body : JSON.stringify(body);
      }
      const res = await fetch(`${host.baseUrl}${path}`, { method, headers, body: payload });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    async close() {
      await host.close();
      if (violations.length > 0) {
        throw new Error(`Contract violations (${violations.length}):\n${violations.slice(0, 30).join('\n')}`);
      }
    },
  };
}
