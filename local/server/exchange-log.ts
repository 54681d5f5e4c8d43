import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { Exchange } from './host';

/**
 * One line per Jira/Confluence request the host answered, appended with a synchronous write so that a SIGKILL
 * loses nothing already answered. The soak reads it back after the run to count calls, faults and retries.
 */
export const ExchangeLine = z.object({
  /** Epoch ms when answered. */
  t: z.number(),
  m: z.string(),
  /** The route pattern (OpenAPI path), else the raw path. */
  p: z.string(),
  s: z.number().int(),
  /** Hash of method, path, query and body: the same request sent again has the same `h`. */
  h: z.string(),
  c: z.enum(['app', 'platform', 'script']),
  /** `RateLimit-Reason` of a 429. */
  rr: z.string().optional(),
  /** Issues a bulk fetch reported in `issueErrors` (the emulator's retriable fault). */
  ie: z.number().int().optional(),
});
export type ExchangeLine = z.infer<typeof ExchangeLine>;

const PRODUCT = /^\/(rest|wiki)\//;

const header = (headers: Record<string, string>, name: string): string | undefined =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];

function issueErrorsOf(ex: Exchange): number | undefined {
  if (ex.pattern !== '/rest/api/3/issue/bulkfetch' || ex.status !== 200) return undefined;
  try {
    const body = JSON.parse(ex.responseBody) as { issueErrors?: unknown[] };
    return Array.isArray(body.issueErrors) && body.issueErrors.length > 0 ? body.issueErrors.length : undefined;
  } catch {
    return undefined;
  }
}

export function lineOf(ex: Exchange, now = Date.now()): ExchangeLine {
  const h = createHash('sha1').update(`${ex.method} ${ex.path}${ex.query}\n${ex.requestBody}`).digest('hex').slice(0, 16);
  const rr = ex.status === 429 ? header(ex.responseHeaders, 'ratelimit-reason') : undefined;
  const ie = issueErrorsOf(ex);
  return {
    t: now,
    m: ex.method,
    p: ex.pattern ?? ex.path,
    s: ex.status,
    h,
    c: ex.caller ?? 'script',
    ...(rr ? { rr } : {}),
    ...(ie ? { ie } : {}),
  };
}

/** An `onExchange` hook appending product exchanges to `file`. */
export function exchangeLogWriter(file: string): { onExchange: (ex: Exchange) => void; close: () => void } {
  const fd = openSync(file, 'a');
  return {
    onExchange: (ex) => {
      if (!PRODUCT.test(ex.path)) return;
      writeSync(fd, `${JSON.stringify(lineOf(ex))}\n`);
    },
    close: () => closeSync(fd),
  };
}

/** Every complete line of the log (a kill can cut at most the last one short). */
export function readExchangeLog(file: string): ExchangeLine[] {
  if (!existsSync(file)) return [];
  const lines: ExchangeLine[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    try {
      const parsed = ExchangeLine.safeParse(JSON.parse(raw));
      if (parsed.success) lines.push(parsed.data);
    } catch {
      // a line cut short by a kill
    }
  }
  return lines;
}
