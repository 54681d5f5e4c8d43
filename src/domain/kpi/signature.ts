import { createHmac, timingSafeEqual } from 'node:crypto';
import { mustGroup } from '../invariant';

/** The header a tool signs its push with: `sha256=<hex HMAC-SHA256 of the exact raw body, keyed by the campaign's secret>`. */
export const SIGNATURE_HEADER = 'x-campaign-signature';

/** Constant-time check of a signature header against the body; false for anything malformed. */
export function signatureMatches(secret: string, body: string, header: string | undefined): boolean {
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header?.trim() ?? '');
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(body, 'utf8').digest();
  return timingSafeEqual(expected, Buffer.from(mustGroup(m, 1), 'hex'));
}
