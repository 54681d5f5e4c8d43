/**
 * The numeric Confluence page id in what the PM pasted: a page URL (`/pages/1638403/Title`, `?pageId=1638403`,
 * `/pages/edit-v2/1638403`) or the bare id. Undefined when there is none.
 */
export function pageIdFrom(input: string): string | undefined {
  const text = input.trim();
  if (/^\d{1,20}$/.test(text)) return text;
  const byQuery = /[?&]pageId=(\d{1,20})\b/.exec(text);
  if (byQuery) return byQuery[1];
  const byPath = /\/pages\/(?:[a-z-]+(?:-v2)?\/)?(\d{1,20})(?:[/?#]|$)/.exec(text);
  return byPath?.[1];
}
