import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import type { QueueStore } from './queue-store';

/**
 * The platform side of @forge/events: `Queue.push`, `getStats` and `cancel` POST to these paths through
 * `__requestAtlassianAsApp` (stargate). The `{...}` placeholders arrive literally; the platform fills them in.
 */
const PUSH = '/webhook/queue/publish/';
const STATS = '/webhook/queue/stats/';
const CANCEL = '/webhook/queue/cancel/';

const MAX_EVENTS = 50;
const MAX_PAYLOAD_BYTES = 200 * 1024;
const QUEUE_NAME = /^[a-zA-Z0-9-_]+$/;

const PushRequest = z.object({
  queueName: z.string().regex(QUEUE_NAME, 'may only contain letters, digits, - and _'),
  jobId: z.string().min(1),
  type: z.string().optional(),
  schema: z.string().optional(),
  payload: z
    .array(
      z.object({
        body: z.record(z.unknown()),
        delayInSeconds: z.number().min(0).max(900).optional(),
        concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
      }),
    )
    .min(1, 'No events pushed.'),
  time: z.string().optional(),
});

const JobRequest = z.object({ queueName: z.string().regex(QUEUE_NAME), jobId: z.string().min(1), time: z.string().optional() });

const json = (status: number, body?: unknown): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const invalid = (error: z.ZodError): Response => {
  const issue = firstIssue(error);
  return json(400, { code: 'INVALID_REQUEST', message: `${issue.path || 'body'}: ${issue.message}` });
};

export interface PushCaller {
  /** The user of the invocation that pushed, passed on to the consumer. */
  accountId?: string;
  now: number;
  /** Milliseconds per second of `delayInSeconds`. */
  msPerSecond: number;
}

/** Answers one stargate call of @forge/events, or undefined when the path is not a queue path. */
export function answerQueueApi(
  store: QueueStore,
  path: string,
  init: RequestInit | undefined,
  caller: PushCaller,
  onPush: (queue: string) => void,
): Response | undefined {
  const kind = path.startsWith(PUSH) ? 'push' : path.startsWith(STATS) ? 'stats' : path.startsWith(CANCEL) ? 'cancel' : undefined;
  if (!kind) return undefined;
  if ((init?.method ?? 'GET').toUpperCase() !== 'POST') return json(405, { message: 'Method not allowed' });
  const raw = typeof init?.body === 'string' ? init.body : '';
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return json(400, { code: 'INVALID_REQUEST', message: 'body: not JSON' });
  }
  if (kind === 'push') {
    const parsed = PushRequest.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    const { queueName, jobId, payload } = parsed.data;
    if (payload.length > MAX_EVENTS)
      return json(400, { code: 'INVALID_REQUEST', message: `This push contains more than the ${MAX_EVENTS} events allowed.` });
    if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES)
      return json(413, { errorMessage: 'The maximum payload size is 200KB.' });
    store.push(queueName, jobId, payload, caller.accountId, caller.now, caller.msPerSecond);
    onPush(queueName);
    return json(201, {});
  }
  const parsed = JobRequest.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  if (kind === 'stats') {
    const stats = store.jobStats(parsed.data.jobId);
    return stats ? json(200, stats) : json(404, { message: `The job ${parsed.data.jobId} was not found.` });
  }
  return store.cancelJob(parsed.data.jobId)
    ? new Response(null, { status: 204 })
    : json(404, { message: `The job ${parsed.data.jobId} was not found.` });
}
