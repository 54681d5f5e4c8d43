/** The template id rule of the server (`RowId`): a lower-case slug of at most 63 characters. */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ID_MAX = 63;

/** The name's words in ASCII lower case: accents are dropped, anything that is not a letter or digit separates words. */
function asciiWords(name: string): string[] {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return ascii.split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/**
 * A template id proposed from its name: "Copie de « Black Friday » 2026" → "copie-de-black-friday-2026", cut to the
 * id's length without a dash at its end.
 */
export function slugify(name: string): string {
  return asciiWords(name).join('-').slice(0, ID_MAX).replace(/-+$/, '');
}
