import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { HttpError, type Route } from '../../http/types';
import { requestBodyText } from '../request-body';

/**
 * A scripted stand-in for Forge LLMs, answering the real `@forge/llm` package: it calls
 * `global.__forge_fetch__({type:'llm'}, 'https://llm')` to list models and
 * `__forge_fetch__({type:'llm', model}, 'https://llm/<model>', {method:'POST', body: {messages, ..., stream:false}})` to chat.
 * Off by default (the site offers no LLM, as on a site without Forge LLMs); tests and demos switch it on and
 * script the replies, which are returned as the model's message content verbatim.
 */
export const LOCAL_MODEL = 'claude-local-stand-in';

export interface LlmCall {
  model: string;
  body: unknown;
}

export type LlmReply = string | ((body: unknown) => string);

const ScriptRequest = z
  .object({
    available: z.boolean().optional(),
    /** Replies used in order, one per chat call; the last one repeats. */
    replies: z.array(z.string().max(200_000)).max(50).optional(),
  })
  .strict();

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export class LocalLlm {
  private available = false;
  private replies: LlmReply[] = [];
  readonly calls: LlmCall[] = [];

  /** Switches the site's LLM on or off; replies are used in order, the last one repeats. */
  script(options: { available: boolean; replies?: LlmReply[] }): void {
    this.available = options.available;
    if (options.replies) this.replies = [...options.replies];
    this.calls.length = 0;
  }

  state(): { available: boolean; model: string; pendingReplies: number; calls: number } {
    return { available: this.available, model: LOCAL_MODEL, pendingReplies: this.replies.length, calls: this.calls.length };
  }

  /** Answers one `__forge_fetch__` call with target `{type:'llm'}`. */
  async answer(path: string, init: RequestInit | undefined): Promise<Response> {
    const url = new URL(path);
    if (url.host !== 'llm') return json(400, { code: 'INVALID_PATH', message: `Forge LLMs are reached at https://llm, not ${url.origin}` });
    if (!this.available)
      return json(403, { code: 'LLM_NOT_AVAILABLE', message: 'Forge LLMs are not available for this app on this site.' });
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method === 'GET' && url.pathname === '/') return json(200, { models: [{ model: LOCAL_MODEL, status: 'active' }] });
    const model = decodeURIComponent(url.pathname.slice(1));
    if (method !== 'POST' || !model) return json(404, { code: 'NOT_FOUND', message: `No LLM endpoint ${method} ${url.pathname}` });
    if (model !== LOCAL_MODEL) return json(404, { code: 'MODEL_NOT_FOUND', message: `Model '${model}' is not offered` });
    let body: unknown;
    try {
      body = JSON.parse(await requestBodyText(init?.body));
    } catch {
      return json(400, { code: 'INVALID_REQUEST', message: 'body is not JSON' });
    }
    this.calls.push({ model, body });
    const reply = this.replies.length > 1 ? this.replies.shift() : this.replies[0];
    if (reply === undefined) return json(500, { code: 'NO_SCRIPTED_REPLY', message: 'The local LLM stand-in has no reply scripted.' });
    const content = typeof reply === 'function' ? reply(body) : reply;
    return json(200, {
      choices: [{ finish_reason: 'stop', index: 0, message: { role: 'assistant', content } }],
      usage: { input_tokens: 0, output_tokens: content.length, total_tokens: content.length },
    });
  }

  /** `GET /local/llm` (state) and `POST /local/llm` `{available, replies?}` to script it from outside a test process. */
  routes(): Route[] {
    return [
      { method: 'GET', pattern: '/local/llm', handler: () => ({ status: 200, body: this.state() }) },
      {
        method: 'POST',
        pattern: '/local/llm',
        handler: (req) => {
          const parsed = ScriptRequest.safeParse(req.body ?? {});
          if (!parsed.success) {
            const issue = firstIssue(parsed.error);
            throw new HttpError(400, {
              ok: false,
              error: { code: 'INVALID_REQUEST', message: `${issue.path || 'body'}: ${issue.message}` },
            });
          }
          this.script({ available: parsed.data.available ?? this.available, replies: parsed.data.replies });
          return { status: 200, body: this.state() };
        },
      },
    ];
  }
}
