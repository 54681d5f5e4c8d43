import { z } from 'zod';
import { AppError, invalidInput, toErrorResult, type ResolverResult } from '../shared/result';

/** What every resolver may rely on, taken from the Forge context, never from the payload. */
export interface CallerContext {
  accountId: string;
  issueKey?: string;
  projectKey?: string;
  locale?: string;
}

const ForgeContextSchema = z.object({
  accountId: z.string().min(1).optional(),
  locale: z.string().optional(),
  extension: z
    .object({
      issue: z.object({ key: z.string() }).optional(),
      project: z.object({ key: z.string() }).optional(),
    })
    .passthrough()
    .optional(),
});

export interface ResolverRequest {
  payload: unknown;
  context: unknown;
}

/**
 * A thin resolver: validate the payload with zod, take identity from the Forge context, run `fn`,
 * and answer with the result envelope.
 */
export function defineResolver<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (input: z.infer<S>, caller: CallerContext) => Promise<T>,
): (req: ResolverRequest) => Promise<ResolverResult<T>> {
  return async ({ payload, context }) => {
    try {
      const ctx = ForgeContextSchema.safeParse(context);
      if (!ctx.success || !ctx.data.accountId) throw new AppError('FORBIDDEN', 'This action needs a signed-in Jira user.');
      const input = schema.safeParse(payload ?? {});
      if (!input.success) throw invalidInput(input.error);
      const caller: CallerContext = {
        accountId: ctx.data.accountId,
        issueKey: ctx.data.extension?.issue?.key,
        projectKey: ctx.data.extension?.project?.key,
        locale: ctx.data.locale,
      };
      return { ok: true, data: await fn(input.data, caller) };
    } catch (e) {
      return toErrorResult(e);
    }
  };
}
