import { z } from 'zod';
import type { ActionRefusal, RovoActionKey } from '../contracts/rovo';
import { rovoActionContracts } from '../contracts/rovo';
import type { ActingUser } from '../usecases/acting-user';
import { frameOf } from '../usecases/assistant/frame';
import { AppError, invalidInput, toErrorResult } from '../shared/result';
import { typedSchema } from '../shared/typed-schema';

/**
 * What an action may rely on: the acting user from the invocation's context (`principal`, never an input), and the
 * issue or project the chat is opened on (the action payload's `context.jira`, set by Rovo, not by the model).
 */
export interface ActionCaller {
  user: ActingUser;
  issueKey?: string;
  projectKey?: string;
}

/** The Forge function context of an action invocation: whose it is. */
const InvocationContext = z.object({ principal: z.object({ accountId: z.string().min(1) }).optional() }).passthrough();

/** Rovo's part of the payload: where the chat was opened (Jira issue or project). */
const ProductContext = z
  .object({
    jira: z
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
      .passthrough()
      .optional(),
  })
  .passthrough();

/** A model leaves optional inputs empty in several ways: an empty string or null reads as not given. */
function givenInputs(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== null && v !== undefined));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A Rovo action's function (manifest `action` module → `function`), called by Forge as `(payload, context)`: the
 * payload holds the model's inputs beside Rovo's `context`. Thin like a resolver: identity from the invocation
 * context, the inputs validated with the action's zod schema, then the use case; the answer is compact JSON with the
 * person's language, or a refusal worded in it (`{ok: false, language, locale, error}`).
 */
export function defineAction<K extends RovoActionKey, T extends object>(
  key: K,
  fn: (input: z.infer<(typeof rovoActionContracts)[K]['input']>, caller: ActionCaller) => Promise<T>,
  locale: () => Promise<string | undefined>,
): (payload: unknown, context: unknown) => Promise<({ ok: true } & T) | ActionRefusal> {
  const schema = typedSchema(rovoActionContracts[key].input);
  return async (payload, context) => {
    const principal = InvocationContext.safeParse(context);
    const accountId = principal.success ? principal.data.principal?.accountId : undefined;
    const user: ActingUser = { accountId: accountId ?? '' };
    try {
      if (!accountId) throw new AppError('FORBIDDEN', { key: 'errors.signInNeeded' });
      const found = await locale();
      if (found) user.locale = found;
      const { context: product, ...raw } = isRecord(payload) ? payload : {};
      const input = schema.safeParse(givenInputs(raw));
      if (!input.success) throw invalidInput(input.error);
      const where = ProductContext.safeParse(product ?? {});
      const jira = where.success ? where.data.jira : undefined;
      const caller: ActionCaller = {
        user,
        ...(jira?.issueKey ? { issueKey: jira.issueKey } : {}),
        ...(jira?.projectKey ? { projectKey: jira.projectKey } : {}),
      };
      return { ok: true, ...(await fn(input.data, caller)) };
    } catch (e) {
      return { ...frameOf(user), ...toErrorResult(e, user.locale) };
    }
  };
}
