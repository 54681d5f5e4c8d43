/**
 * The soak harness talks to the host process over HTTP only, as a browser or a script would. A request whose
 * connection dies (the host was killed) is reported as `lost`: the harness cannot know whether it took effect.
 */
export type ResolverAnswer<T> =
  { kind: 'ok'; data: T } | { kind: 'refused'; code: string; message: string; field?: string } | { kind: 'lost'; reason: string };

interface InvokeEnvelope {
  ok: boolean;
  result?: { ok: boolean; data?: unknown; error?: { code: string; message: string; field?: string } };
  error?: { code: string; message: string };
}

export class SoakClient {
  /** Resolver calls sent, re-sends and polls included. */
  invocations = 0;

  constructor(private readonly baseUrl: () => string) {}

  /** Runs a resolver through `POST /local/invoke`, as the panel's `invoke` would. */
  async invoke<T>(
    accountId: string,
    functionKey: string,
    payload: unknown,
    where: { moduleKey: string; issueKey?: string },
  ): Promise<ResolverAnswer<T>> {
    let envelope: InvokeEnvelope;
    this.invocations += 1;
    try {
      const res = await fetch(`${this.baseUrl()}/local/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          moduleKey: where.moduleKey,
          functionKey,
          payload,
          accountId,
          projectKey: 'MKT',
          ...(where.issueKey ? { issueKey: where.issueKey } : {}),
        }),
      });
      envelope = (await res.json()) as InvokeEnvelope;
    } catch (e) {
      return { kind: 'lost', reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
    // The platform's own failure (e.g. FUNCTION_TIMEOUT) or the resolver's refusal.
    if (!envelope.ok || !envelope.result)
      return { kind: 'refused', code: envelope.error?.code ?? 'PLATFORM', message: envelope.error?.message ?? 'no result' };
    if (!envelope.result.ok) {
      const err = envelope.result.error ?? { code: 'INTERNAL', message: 'no error' };
      return { kind: 'refused', code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) };
    }
    return { kind: 'ok', data: envelope.result.data as T };
  }

  /** A Jira REST call with Basic auth, like any script (used for setup and the final checks, with faults off). */
  async rest(email: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.baseUrl()}${path}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${email}:soak`).toString('base64')}`,
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** The host's own endpoints (`/local/faults`, `/local/queues`, ...). */
  async local<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl()}${path}`, {
      method,
      headers: body !== undefined ? { 'Content-Type': 'application/json' } : {},
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  }
}
