import { jiraError } from '../../http/jira-errors';

/** Query and body parameter helpers shared by the Jira routes. */

/** Comma-separated, possibly repeated list parameter (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const values = query.getAll(name);
  if (values.length === 0) return undefined;
  return values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw jiraError(400, [`The value '${raw}' is invalid for the parameter '${name}'.`]);
  return n;
}

export function boolParam(query: URLSearchParams, name: string, fallback = false): boolean {
  const raw = query.get(name);
  if (raw === null) return fallback;
  return raw === 'true';
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw jiraError(400, ['The request body must be a JSON object.']);
  return body;
}

export function stringArray(v: unknown, name: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw jiraError(400, [`'${name}' must be an array of strings.`]);
  return v as string[];
}

/** Jira's timestamp format: `2026-11-24T10:15:30.000+0000`. */
export function jiraDateTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}
