import { HttpError } from '../../http/types';

/**
 * Confluence REST v1's error body (`/wiki/rest/api/...`): `{statusCode, data: {authorized, valid, errors, successful}, message}`.
 * v2 routes use `errors.ts` instead: the two API generations answer errors differently.
 */
export function v1Error(statusCode: number, message: string, detail?: string): HttpError {
  return new HttpError(statusCode, {
    statusCode,
    data: {
      authorized: statusCode !== 401 && statusCode !== 403,
      valid: statusCode !== 400,
      errors: detail ? [{ message: { translation: detail, args: [] } }] : [],
      successful: false,
    },
    message,
  });
}
