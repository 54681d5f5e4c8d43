import { z } from 'zod';
import type { Database } from '../../db/sqlite';
import { HttpError, type Route } from '../../http/types';
import { findUser } from '../../identity/permissions';
import { firstIssue } from '../../shared/zod-issue';
import { InvokeError, type ForgeInvoker } from '../invoke';
import { LOCAL_CLOUD_ID, LOCAL_INSTALLATION_ID } from '../runtime';
import { readRovoModules, type RovoActionModule, type RovoAgentModule } from './rovo-modules';

/**
 * A stand-in for Rovo Chat, driven by a scripted model as the `@forge/llm` stand-in is: a test or a demo says which
 * actions the "model" calls with which inputs and what it replies (`POST /local/rovo/script`), then a chat message
 * (`POST /local/rovo/chat`) runs those actions' functions through the real runtime, as the user who chats, with
 * Rovo's payload (the inputs beside `context`: the cloud and, on an issue, `jira.issueKey`/`projectKey`). The
 * transcript keeps the question, each action with its inputs and answer, and the reply.
 * `enabled` is what `rovo.isEnabled()` answers in Custom UI (on by default, as on a site with Rovo; off shows what
 * a site without Rovo sees).
 */

const Call = z.object({ action: z.string().min(1), inputs: z.record(z.unknown()).default({}) }).strict();
const Turn = z.object({ calls: z.array(Call).max(10).default([]), reply: z.string().max(20_000).default('') }).strict();
const ScriptRequest = z.object({ agentKey: z.string().optional(), turns: z.array(Turn).max(50) }).strict();
const ChatRequest = z
  .object({
    accountId: z.string().min(1),
    message: z.string().min(1).max(4000),
    agentKey: z.string().optional(),
    context: z
      .object({
        issueKey: z
          .string()
          .regex(/^[A-Z][A-Z0-9_]+-\d+$/)
          .optional(),
        projectKey: z
          .string()
          .regex(/^[A-Z][A-Z0-9_]+$/)
          .optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
const EnabledRequest = z.object({ enabled: z.boolean() }).strict();
const OpenRequest = z
  .object({
    accountId: z.string().min(1),
    agentKey: z.string().optional(),
    agentName: z.string().optional(),
    prompt: z.string().max(4000).optional(),
    issueKey: z.string().optional(),
  })
  .strict();

type Turn = z.infer<typeof Turn>;

export interface ActionCallRecord {
  action: string;
  actionVerb: RovoActionModule['actionVerb'];
  inputs: Record<string, unknown>;
  answer: unknown;
  ms: number;
}

export interface ChatExchange {
  at: string;
  agentKey: string;
  accountId: string;
  question: string;
  context: { issueKey?: string; projectKey?: string };
  calls: ActionCallRecord[];
  reply: string;
}

const badRequest = (message: string, code = 'INVALID_REQUEST'): HttpError => new HttpError(400, { ok: false, error: { code, message } });
function parsed<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, body: unknown): T {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const issue = firstIssue(r.error);
    throw badRequest(`${issue.path || 'body'}: ${issue.message}`);
  }
  return r.data;
}

export interface LocalRovoOptions {
  appDir: string;
  db: Database;
  invoker: ForgeInvoker;
  /** What `rovo.isEnabled()` answers at start (default true). */
  enabled?: boolean;
}

export class LocalRovo {
  private enabled: boolean;
  private readonly agents: RovoAgentModule[];
  private turns: Turn[] = [];
  readonly transcript: ChatExchange[] = [];
  /** Each `rovo.open()` the bridge passed on: which agent, which prompt, for whom. */
  readonly opened: { at: string; accountId: string; agentKey?: string; prompt?: string; issueKey?: string }[] = [];

  constructor(private readonly options: LocalRovoOptions) {
    this.enabled = options.enabled ?? true;
    this.agents = readRovoModules(options.appDir);
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  private agent(agentKey?: string): RovoAgentModule {
    const agent = agentKey ? this.agents.find((a) => a.key === agentKey) : this.agents[0];
    if (!agent) throw new HttpError(404, { ok: false, error: { code: 'AGENT_NOT_FOUND', message: `No rovo:agent '${agentKey ?? ''}'` } });
    return agent;
  }

  /** The model's next turns, one per chat message; every action named must be one the agent may call. */
  script(input: { agentKey?: string; turns: Turn[] }): void {
    const agent = this.agent(input.agentKey);
    for (const t of input.turns)
      for (const c of t.calls)
        if (!agent.actions.some((a) => a.key === c.action)) throw badRequest(`turns: agent '${agent.key}' has no action '${c.action}'`);
    this.turns = [...input.turns];
  }

  state() {
    return {
      enabled: this.enabled,
      agents: this.agents,
      pendingTurns: this.turns.length,
      transcript: this.transcript.slice(-50),
      opened: this.opened.slice(-20),
    };
  }

  /** One action's function, as Rovo calls it: `(payload, context)` with the user as the invocation's principal. */
  private async runAction(action: RovoActionModule, accountId: string, inputs: Record<string, unknown>, where: ChatExchange['context']) {
    const jira = where.issueKey || where.projectKey ? { jira: { ...where } } : {};
    const started = Date.now();
    let answer: unknown;
    try {
      answer = await this.options.invoker.runPlainFunction({
        functionKey: action.functionKey,
        moduleKey: action.key,
        accountId,
        event: { ...inputs, context: { cloudId: LOCAL_CLOUD_ID, moduleKey: action.key, ...jira } },
        context: {
          principal: { accountId },
          installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`,
          installation: { id: LOCAL_INSTALLATION_ID },
          license: undefined,
        },
        timeoutMs: action.timeoutMs,
        limitName: "Forge's Rovo action limit",
      });
    } catch (e) {
      // Rovo tells the model the action failed; the transcript keeps why.
      answer = { actionFailed: e instanceof InvokeError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e) };
    }
    return { action: action.key, actionVerb: action.actionVerb, inputs, answer, ms: Date.now() - started };
  }

  /** A chat message: the next scripted turn's actions run in order, then its reply. */
  async chat(raw: unknown): Promise<ChatExchange> {
    const req = parsed(ChatRequest, raw);
    if (!this.enabled) throw new HttpError(403, { ok: false, error: { code: 'ROVO_DISABLED', message: 'Rovo is off on this site.' } });
    if (!findUser(this.options.db, req.accountId)) throw badRequest(`accountId: no user '${req.accountId}' on this site`);
    const agent = this.agent(req.agentKey);
    const turn = this.turns.shift();
    if (!turn)
      throw new HttpError(409, {
        ok: false,
        error: { code: 'NO_SCRIPTED_TURN', message: 'The scripted model has no turn left: POST /local/rovo/script first.' },
      });
    const where = { ...req.context };
    if (where.issueKey && !where.projectKey) where.projectKey = where.issueKey.split('-')[0];
    const calls: ActionCallRecord[] = [];
    for (const c of turn.calls) {
      const action = agent.actions.find((a) => a.key === c.action);
      if (action) calls.push(await this.runAction(action, req.accountId, c.inputs, where));
    }
    const exchange: ChatExchange = {
      at: new Date().toISOString(),
      agentKey: agent.key,
      accountId: req.accountId,
      question: req.message,
      context: where,
      calls,
      reply: turn.reply,
    };
    this.transcript.push(exchange);
    return exchange;
  }

  /** `rovo.open()` from a Custom UI frame: false where Rovo is off (the bridge then throws, as Forge's does). */
  open(raw: unknown): { opened: boolean; chatUrl?: string } {
    const req = parsed(OpenRequest, raw);
    if (!this.enabled) return { opened: false };
    const agent = this.agent(req.agentKey);
    if (req.agentName !== undefined && req.agentName !== agent.name)
      throw badRequest(`agentName: agent '${agent.key}' is named '${agent.name}'`);
    this.opened.push({ at: new Date().toISOString(), ...req });
    const q = new URLSearchParams({ agentKey: agent.key, accountId: req.accountId });
    if (req.prompt) q.set('prompt', req.prompt);
    if (req.issueKey) q.set('issueKey', req.issueKey);
    return { opened: true, chatUrl: `/rovo?${q.toString()}` };
  }

  routes(): Route[] {
    return [
      { method: 'GET', pattern: '/local/rovo', handler: () => ({ status: 200, body: this.state() }) },
      {
        method: 'POST',
        pattern: '/local/rovo',
        handler: (req) => {
          this.setEnabled(parsed(EnabledRequest, req.body).enabled);
          return { status: 200, body: { enabled: this.enabled } };
        },
      },
      {
        method: 'POST',
        pattern: '/local/rovo/script',
        handler: (req) => {
          this.script(parsed(ScriptRequest, req.body));
          return { status: 200, body: { pendingTurns: this.turns.length } };
        },
      },
      { method: 'POST', pattern: '/local/rovo/chat', handler: async (req) => ({ status: 200, body: await this.chat(req.body) }) },
      { method: 'POST', pattern: '/local/bridge/rovo/enabled', handler: () => ({ status: 200, body: { enabled: this.enabled } }) },
      { method: 'POST', pattern: '/local/bridge/rovo/open', handler: (req) => ({ status: 200, body: this.open(req.body) }) },
    ];
  }
}
