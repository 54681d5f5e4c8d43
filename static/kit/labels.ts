/**
 * The name of `code` in `names`, or the code itself when the names do not know it (a category, say, that a newer
 * server sends before the UI has words for it).
 */
export function nameOf(names: Readonly<Partial<Record<string, string>>>, code: string): string {
  return names[code] ?? code;
}
