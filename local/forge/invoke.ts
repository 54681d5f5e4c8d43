import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from '../db/sqlite';
import { z } from 'zod';
import { firstIssue } from '../shared/zod-issue';
import type { ForgeUiContext, InvokeResponse } from './bridge-protocol';
import { GADGET_MODULE, gadgetExtension } from './dashboard/gadgets';
import { MACRO_MODULE, macroExtension } from './macro/macros';
import { findModule, resolveHandler, type LocalManifest, type ManifestModule } from './manifest';
import { installForgeGlobals, invocations, type Invocation, LOCAL_CLOUD_ID, LOCAL_ENVIRONMENT_ID, LOCAL_INSTALLATION_ID } from './runtime';
import { forgeLocalAuthorization, PLATFORM_HEADER } from '../server/auth';
import { findUser, hasJiraPermission } from '../identity/permissions';
import type { InvocationInfo, InvocationKind } from '../server/stats';

/** Forge's limit for a resolver invocation. */
export const RESOLVER_TIMEOUT_MS = 25_000;

export const InvokeRequestSchema = z
  .object({
    moduleKey: z.string().min(1),
    functionKey: z.string().min(1),
    payload: z.unknown().optional(),
    accountId: z.string().min(1),
    issueKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must look like MKT-1')
      .optional(),
    projectKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]+$/, 'must look like MKT')
      .optional(),
    locale: z.string().optional(),
    theme: z.enum(['light', 'dark']).optional(),
    /** A Confluence macro's page and the macro's local id there. */
    contentId: z.string().regex(/^\d+$/).optional(),
    macroLocalId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type InvokeRequestInput = z.infer<typeof InvokeRequestSchema>;

type Handler = (event: unknown, runtimePayload: unknown) => Promise<unknown>;

/** Answers a stargate (platform) call for the invocation's user. */
export type StargateHandler = (path: string, init: RequestInit | undefined, caller: { accountId?: string }) => Promise<Response>;

export interface RunFunctionInput {
  /** The manifest `function` key whose handler runs. */
  functionKey: string;
  moduleKey: string;
  /** The principal; undefined for invocations without a user. */
  accountId?: string;
  call: { functionKey: string; payload: unknown; jobId?: string };
  context: object;
  timeoutMs: number;
  /** Named in the timeout message, e.g. "Forge's resolver limit". */
  limitName: string;
  /** What runs, for `/local/stats` (default: a resolver for runFunction, a plain function for runPlainFunction). */
  kind?: InvocationKind;
}

export interface InvokerOptions {
  appDir: string;
  /**
   * A bundle built by `@forge/bundler` (`npm run bundle`): handlers are loaded from its `__forge__.cjs` entry, the
   * same files `forge deploy` uploads. Without it they are loaded from `src/` (through tsx or ts-jest).
   */
  bundleDir?: string;
  manifest: LocalManifest;
  db: Database;
  /** Loopback URL of the emulator. */
  productBaseUrl: () => string;
  timeoutMs?: number;
}

interface IssueRef {
  id: string;
  key: string;
  typeName: string;
  typeId: string;
  project: { id: string; key: string; type: string };
}

const IssueRefResponse = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    issuetype: z.object({ id: z.string(), name: z.string() }),
    project: z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }),
  }),
});

const ProjectRefResponse = z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() });

function loadSourceHandler(appDir: string, file: string, exportName: string): Handler {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known at run time, loaded synchronously through the caller's require (Jest's transform in tests).
  const mod = require(join(appDir, 'src', file)) as Record<string, unknown>;
  const handler = mod[exportName];
  if (typeof handler !== 'function') throw new Error(`src/${file} does not export a function '${exportName}'`);
  return handler as Handler;
}

/** Through the bundle's runtime entry (`__forge__.cjs`, the wrapper stand-in in local/forge/runtime-wrapper). */
function loadBundledHandler(bundleDir: string, reference: string): Handler {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built file found at run time; `import()` would make handler loading async.
  const entry = require(join(bundleDir, '__forge__.cjs')) as { loadHandler?: (reference: string) => unknown };
  if (typeof entry.loadHandler !== 'function')
    throw new Error(`${bundleDir}/__forge__.cjs is not a bundle built with the local runtime wrapper (npm run bundle)`);
  return entry.loadHandler(reference) as Handler;
}

/** Runs the app's real resolver handler (loaded from src/ as manifest.yml names it) with the platform's argument shape. */
export class ForgeInvoker {
  private readonly handlers = new Map<string, Handler>();
  private stargate?: StargateHandler;
  private llm?: (path: string, init: RequestInit | undefined) => Promise<Response>;
  private onInvocation?: (info: InvocationInfo) => void;

  constructor(private readonly options: InvokerOptions) {
    installForgeGlobals();
  }

  /** Where the app's functions are loaded from: what `GET /local/app` reports. */
  appSource(): { functions: 'bundle' | 'src'; dir: string } {
    return this.options.bundleDir
      ? { functions: 'bundle', dir: this.options.bundleDir }
      : { functions: 'src', dir: join(this.options.appDir, 'src') };
  }

  private handlerFor(functionKey: string): Handler {
    const cached = this.handlers.get(functionKey);
    if (cached) return cached;
    const { file, exportName } = resolveHandler(this.options.manifest, functionKey);
    const handler = this.options.bundleDir
      ? loadBundledHandler(this.options.bundleDir, `${file}.${exportName}`)
      : loadSourceHandler(this.options.appDir, file, exportName);
    this.handlers.set(functionKey, handler);
    return handler;
  }

  /** The issue the module is shown on, read the way the platform knows it (as the app, not counted as app traffic). */
  private async issueRef(issueKey: string): Promise<IssueRef | undefined> {
    const res = await fetch(`${this.options.productBaseUrl()}/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=issuetype,project`, {
      headers: { Authorization: forgeLocalAuthorization({ kind: 'app' }), [PLATFORM_HEADER]: '1', Accept: 'application/json' },
    });
    if (!res.ok) return undefined;
    const parsed = IssueRefResponse.safeParse(await res.json());
    if (!parsed.success) return undefined;
    const { id, key, fields } = parsed.data;
    return {
      id,
      key,
      typeName: fields.issuetype.name,
      typeId: fields.issuetype.id,
      project: { id: fields.project.id, key: fields.project.key, type: fields.project.projectTypeKey ?? 'business' },
    };
  }

  async uiContext(input: {
    moduleKey: string;
    accountId: string;
    issueKey?: string;
    projectKey?: string;
    locale?: string;
    theme?: 'light' | 'dark';
    /** A dashboard gadget's frame: which dashboard and gadget, and `edit` for its edit view. */
    dashboardId?: string;
    gadgetId?: string;
    entryPoint?: 'edit' | 'config';
    /** A Confluence macro's frame: its page, its local id in the page, and whether the page is being edited. */
    contentId?: string;
    macroLocalId?: string;
    isEditing?: boolean;
  }): Promise<ForgeUiContext> {
    const module = findModule(this.options.manifest, input.moduleKey);
    if (!module) throw new InvokeError('MODULE_NOT_FOUND', `manifest.yml has no module '${input.moduleKey}'`);
    const user = findUser(this.options.db, input.accountId);
    if (!user) throw new InvokeError('USER_NOT_FOUND', `No user with accountId '${input.accountId}' on this site`);
    const extension =
      module.type === GADGET_MODULE
        ? gadgetExtension(this.options.db, module, { ...input, entryPoint: input.entryPoint === 'edit' ? 'edit' : undefined })
        : module.type === MACRO_MODULE
          ? macroExtension(this.options.db, module, input)
          : input.issueKey || !input.projectKey
            ? await this.extensionFor(module, input.accountId, input.issueKey)
            : await this.projectExtension(module, input.projectKey);
    return {
      accountId: input.accountId,
      cloudId: LOCAL_CLOUD_ID,
      siteUrl: this.options.productBaseUrl(),
      environmentId: LOCAL_ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      localId: input.macroLocalId ?? `${module.type}-${module.key}-${input.issueKey ?? input.projectKey ?? 'global'}`,
      moduleKey: module.key,
      locale: input.locale ?? user.locale,
      timezone: user.time_zone,
      theme: input.theme ? { colorMode: input.theme } : null,
      extension,
      license: null,
    };
  }

  /** A project page's extension: `{type, project: {id, key, type}}`, read as the platform knows it. */
  private async projectExtension(module: ManifestModule, projectKey: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.options.productBaseUrl()}/rest/api/3/project/${encodeURIComponent(projectKey)}`, {
      headers: { Authorization: forgeLocalAuthorization({ kind: 'app' }), [PLATFORM_HEADER]: '1', Accept: 'application/json' },
    });
    const parsed = ProjectRefResponse.safeParse(res.ok ? await res.json() : undefined);
    if (!parsed.success) throw new InvokeError('PROJECT_NOT_FOUND', `Project ${projectKey} does not exist`);
    const { id, key, projectTypeKey } = parsed.data;
    return {
      type: module.type,
      project: { id, key, type: projectTypeKey ?? 'business' },
      location: `${this.options.productBaseUrl()}/projects/${key}`,
    };
  }

  private async extensionFor(module: ManifestModule, accountId: string, issueKey?: string): Promise<Record<string, unknown>> {
    if (!issueKey) return { type: module.type };
    const ref = await this.issueRef(issueKey);
    if (!ref) throw new InvokeError('ISSUE_NOT_FOUND', `Issue ${issueKey} does not exist`);
    // Jira shows a module on an issue only to someone viewing it: the context proves the user sees the issue (apps
    // may rely on that), so none is made for a user who cannot browse it (the emulator has no issue security levels).
    if (!hasJiraPermission(this.options.db, { kind: 'user', accountId }, ref.project.key, 'BROWSE_PROJECTS'))
      throw new InvokeError('ISSUE_NOT_FOUND', `Issue ${issueKey} does not exist or ${accountId} cannot see it`);
    return {
      type: module.type,
      issue: { id: ref.id, key: ref.key, type: ref.typeName, typeId: ref.typeId },
      project: ref.project,
      isNewToIssue: false,
      location: `${this.options.productBaseUrl()}/browse/${ref.key}`,
    };
  }

  /** Answers platform calls (`@forge/events` queues) made from this host's invocations; set by the host. */
  setStargate(handler: StargateHandler): void {
    this.stargate = handler;
  }

  /** Answers `@forge/llm` calls (the host's scripted stand-in for Forge LLMs). */
  setLlm(handler: (path: string, init: RequestInit | undefined) => Promise<Response>): void {
    this.llm = handler;
  }

  /** Told of every invocation as it starts (the host's stats bill its REST calls to it). */
  setInvocationListener(listener: (info: InvocationInfo) => void): void {
    this.onInvocation = listener;
  }

  /** The platform handler set so far, so another part of the host can answer some paths and pass on the rest. */
  currentStargate(): StargateHandler | undefined {
    return this.stargate;
  }

  /**
   * Runs a manifest function's handler with the platform's argument shape, any context and time limit
   * (resolvers 25 s, async consumers 55 s). Throws InvokeError('FUNCTION_TIMEOUT') past the limit; rethrows the handler's errors.
   */
  async runFunction(input: RunFunctionInput): Promise<unknown> {
    const action = { kind: input.kind ?? 'resolver', functionKey: input.call.functionKey };
    return this.runHandler({ ...input, action }, (handler) =>
      handler(
        { call: input.call, context: input.context },
        {
          principal: input.accountId ? { accountId: input.accountId } : undefined,
          installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`,
          license: undefined,
          installation: { id: LOCAL_INSTALLATION_ID },
        },
      ),
    );
  }

  /**
   * Runs a plain function (a `trigger` or function `consumer` module's) as the platform does: `handler(event,
   * context)`, no resolver envelope. `accountId` is the user `asUser()` acts as (a queue event pushed by a user's
   * invocation); none for a trigger. Same isolation and time limit handling as runFunction.
   */
  async runPlainFunction(input: Omit<RunFunctionInput, 'call' | 'context'> & { event: unknown; context: object }): Promise<unknown> {
    const action = { kind: input.kind ?? 'function', functionKey: input.functionKey };
    return this.runHandler({ ...input, action }, (handler) => handler(input.event, input.context));
  }

  private async runHandler(
    input: Pick<RunFunctionInput, 'functionKey' | 'moduleKey' | 'accountId' | 'timeoutMs' | 'limitName'> & {
      action: Pick<InvocationInfo, 'kind' | 'functionKey'>;
    },
    call: (handler: Handler) => Promise<unknown>,
  ): Promise<unknown> {
    const handler = this.handlerFor(input.functionKey);
    const { timeoutMs } = input;
    const stargate = this.stargate;
    const invocation: Invocation = {
      invocationId: randomUUID(),
      accountId: input.accountId,
      moduleKey: input.moduleKey,
      deadline: Date.now() + timeoutMs,
      db: this.options.db,
      productBaseUrl: this.options.productBaseUrl(),
      ...(stargate
        ? { stargate: (path: string, init: RequestInit | undefined) => stargate(path, init, { accountId: input.accountId }) }
        : {}),
      ...(this.llm ? { llm: this.llm } : {}),
    };
    this.onInvocation?.({
      id: invocation.invocationId,
      ...input.action,
      moduleKey: input.moduleKey,
      ...(input.accountId ? { accountId: input.accountId } : {}),
    });
    const run = invocations.run(invocation, () => call(handler));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new InvokeError('FUNCTION_TIMEOUT', `The function did not finish within ${timeoutMs / 1000} s (${input.limitName}).`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async invoke(raw: unknown): Promise<InvokeResponse> {
    const parsed = InvokeRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      return { ok: false, error: { code: 'INVALID_INVOKE', message: `${issue.path || 'body'}: ${issue.message}` } };
    }
    const req = parsed.data;
    try {
      const module = findModule(this.options.manifest, req.moduleKey);
      const functionKey = module?.resolver?.function;
      if (!module || !functionKey)
        throw new InvokeError('MODULE_NOT_FOUND', `manifest.yml has no module '${req.moduleKey}' with a resolver`);
      const context = await this.uiContext(req);
      const result = await this.runFunction({
        functionKey,
        moduleKey: req.moduleKey,
        accountId: req.accountId,
        call: { functionKey: req.functionKey, payload: req.payload ?? {} },
        context,
        timeoutMs: this.options.timeoutMs ?? RESOLVER_TIMEOUT_MS,
        limitName: "Forge's resolver limit",
      });
      return { ok: true, result: result === undefined ? null : result };
    } catch (e) {
      if (e instanceof InvokeError) return { ok: false, error: { code: e.code, message: e.message } };
      // Like Forge: the caller sees the error's message, never a stack trace.
      const message = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { code: 'FUNCTION_ERROR', message: `There was an error invoking the function - ${message}` } };
    }
  }
}

export class InvokeError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
