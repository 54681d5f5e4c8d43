/** A blackout window being edited; `key` tells rows apart before the server gives a new one its id. */
export interface Draft {
  key: string;
  id?: string;
  name: string;
  start: string;
  end: string;
  channels: string[];
}

/** A refusal of the settings form: its message, and the form's field it names (`blackouts.0.end`), if any. */
export interface FormError {
  field?: string;
  message: string;
}

/** The form's field an envelope's `error.field` names: the payload's `settings.` prefix taken off. */
export const formFieldOf = (envelopeField: string | undefined): string | undefined => envelopeField?.replace(/^settings\./, '');

/** The message to show next to `field`: the error's when it names that field or a part of it (`blackouts.0.channels.1`). */
export const errorAt = (error: FormError | null, field: string): string | undefined =>
  error?.field !== undefined && (error.field === field || error.field.startsWith(`${field}.`)) ? error.message : undefined;

/** Whether the form shows the error next to one of its fields (else it is said below the form). */
export const hasFieldOf = (error: FormError): boolean =>
  error.field !== undefined &&
  /^(collisionWindowDays|approverWeeklyGateLimit|blackouts\.\d+\.(name|start|end|channels)(\.\d+)?)$/.test(error.field);

/** The form's values as the settings the server checks (numbers as typed: the server says which is out of range). */
export const toInput = (windowDays: string, limit: string, blackouts: readonly Draft[]) => ({
  collisionWindowDays: Number(windowDays),
  approverWeeklyGateLimit: Number(limit),
  blackouts: blackouts.map((b) => ({ ...(b.id ? { id: b.id } : {}), name: b.name, start: b.start, end: b.end, channels: b.channels })),
});
