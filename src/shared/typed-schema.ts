import type { z } from 'zod';

/**
 * `schema` typed by its own output and input. Through a bare generic `S extends z.ZodTypeAny`, zod's `parse` and
 * `safeParse` answer `any`; through this view they answer `z.output<S>`. Same object, no conversion.
 */
export const typedSchema = <S extends z.ZodTypeAny>(schema: S): z.ZodType<z.output<S>, z.ZodTypeDef, z.input<S>> => schema;
