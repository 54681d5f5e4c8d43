import { HttpError } from '../../http/types';

/** Confluence v2's error body: `{errors: [{status, code, title, detail}]}`. */
export interface ConfluenceErrorBody {
  errors: { status: number; code: string; title: string; detail: string | null }[];
}

const CODES: Record<number, string> = {
  400: 'INVALID_REQUEST_PARAMETER',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

export function confluenceError(status: number, title: string, detail: string | null = null): HttpError {
  const body: ConfluenceErrorBody = { errors: [{ status, code: CODES[status] ?? 'ERROR', title, detail }] };
  return new HttpError(status, body);
}

export const badRequest = (detail: string): HttpError => confluenceError(400, 'Bad Request', detail);
/** Confluence hides what a caller may not read: missing and invisible look the same. */
export const notFound = (): HttpError => confluenceError(404, 'Not Found');
