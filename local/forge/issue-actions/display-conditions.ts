import { z } from 'zod';

/**
 * The part of Forge's `displayConditions` the local host evaluates for issue modules: the issue entity-property
 * conditions (`entityPropertyExists`, `entityPropertyEqualTo`, `entityPropertyContainsAny`), all of which must hold.
 * Any other condition is refused when the manifest is read, so the host never shows a module Jira would hide.
 */
const PropertyRef = z.object({ entity: z.literal('issue'), propertyKey: z.string().min(1), objectName: z.string().optional() }).strict();

export const DisplayConditions = z
  .object({
    entityPropertyExists: PropertyRef.optional(),
    entityPropertyEqualTo: PropertyRef.extend({ value: z.string() }).strict().optional(),
    entityPropertyContainsAny: PropertyRef.extend({ value: z.union([z.string(), z.array(z.string())]) })
      .strict()
      .optional(),
  })
  .strict();
export type DisplayConditions = z.infer<typeof DisplayConditions>;

/** The property keys the conditions read. */
export function propertyKeysOf(conditions: DisplayConditions): string[] {
  return [
    ...new Set(
      [conditions.entityPropertyExists, conditions.entityPropertyEqualTo, conditions.entityPropertyContainsAny].flatMap((c) =>
        c ? [c.propertyKey] : [],
      ),
    ),
  ];
}

/** `objectName` is a dotted path into the property's JSON value; absent = the whole value. */
function valueAt(value: unknown, objectName: string | undefined): unknown {
  if (!objectName) return value;
  return objectName
    .split('.')
    .reduce<unknown>((v, part) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined), value);
}

const asStrings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
    : v === undefined || v === null
      ? []
      : [typeof v === 'string' ? v : JSON.stringify(v)];

/** Whether a module with these conditions shows on an issue whose properties are `properties` (key → value). */
export function conditionsHold(conditions: DisplayConditions, properties: Readonly<Record<string, unknown>>): boolean {
  const { entityPropertyExists: exists, entityPropertyEqualTo: equal, entityPropertyContainsAny: any } = conditions;
  if (exists && valueAt(properties[exists.propertyKey], exists.objectName) === undefined) return false;
  if (equal && !asStrings(valueAt(properties[equal.propertyKey], equal.objectName)).includes(equal.value)) return false;
  if (any) {
    const wanted = Array.isArray(any.value) ? any.value : [any.value];
    const have = asStrings(valueAt(properties[any.propertyKey], any.objectName));
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}
