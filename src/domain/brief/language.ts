import type { Block } from './blocks';
import type { Language } from './numbers';
import { sectionInlines } from './reading';

const FRENCH = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'de',
  'et',
  'pour',
  'avec',
  'une',
  'un',
  'est',
  'sur',
  'dans',
  'aux',
  'au',
  'par',
  'jours',
  'lancement',
]);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'for', 'with', 'an', 'is', 'on', 'in', 'at', 'by', 'our', 'days', 'launch']);

/** The brief's language, by its most common small words; it decides how `1,500` and `03/04/2026` read. */
export function detectLanguage(blocks: Block[]): Language {
  const words = [...blocks.filter((b) => b.kind === 'heading').map((b) => b.text), ...sectionInlines(blocks).map((i) => i.text)]
    .join(' ')
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/);
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FRENCH.has(w)) fr += 1;
    if (ENGLISH.has(w)) en += 1;
  }
  return fr > en ? 'fr' : 'en';
}
