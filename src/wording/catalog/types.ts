/** A parameter value a message may carry: JSON-safe, since messages travel in resolver answers. */
export type ParamValue = string | number | boolean | null;

/** One entry of a message catalogue: a plain string, or a small function of its named parameters. */
export type Entry = string | ((params: never) => string);

/** The parameters an entry takes (none for a plain string). */
export type ParamsOf<E> = E extends (params: infer P) => string ? P : Record<string, never>;
