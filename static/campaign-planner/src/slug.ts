/** The template id rule of the server (`RowId`): a lower-case slug of at most 63 characters. */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** "Copie de « Black Friday » 2026" → "copie-de-black-friday-2026": accents dropped, anything else becomes a dash. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
