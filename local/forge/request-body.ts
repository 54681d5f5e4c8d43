/**
 * The text of a `fetch` body, whatever `BodyInit` the SDK passed: its calls send strings, which come back as they
 * are; anything else is read the way `fetch` itself would send it (`String` would give "[object Blob]").
 */
export async function requestBodyText(body: BodyInit | null | undefined): Promise<string> {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : new Response(body).text();
}
