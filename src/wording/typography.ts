/** U+202F NARROW NO-BREAK SPACE: French puts it before `:` `;` `?` `!`, inside « », and between digit groups. */
export const NNBSP = '\u202f';

/**
 * Words in quotation marks: « … » in French (with narrow no-break spaces), ‘…’ in English. Quotes inside the text
 * become “ ”, as both languages nest them (« Justifier les mentions “jusqu’à −50 %” »).
 */
export const quote = (lang: 'en' | 'fr', text: string | number): string => {
  const s = String(text); // a name, or a number quoted as a name
  return lang === 'fr'
    ? `«${NNBSP}${s.replace(/«[\u202f\u00a0 ]?/g, '“').replace(/[\u202f\u00a0 ]?»/g, '”')}${NNBSP}»`
    : `‘${s.replace(/‘([^’]*)’/g, '“$1”')}’`;
};

/** Plain spaces before French high punctuation, as a catalogue check finds them (`Motif : ` is one). */
export const plainSpaceBeforeHighPunctuation = (s: string): boolean => / [:;?!]/.test(s);

/** Stems (without accents) of common words whose h is aspirated: no elision before them (« de Hollande », « le héros »). */
const ASPIRATED_H =
  /^(?:haut|hauss|hasard|hall|hate|hain|hach|halt|hamac|hamea|hanch|handicap|hangar|hareng|haricot|harp|herisson|heros\b|hibou|hierarch|hockey|holland|homard|hongr|hont|hors\b|houss|hublot|huit\b|hurl|hutt|hype)/;

/** True when French elides before `word`: it starts with a vowel or a mute h (« d’Alex », « l’hôtel », « d’Hugo »). */
export function startsWithVowelSound(word: string): boolean {
  const bare = (/\S[\s\S]*/.exec(word)?.[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const first = bare.charAt(0);
  if (first !== '' && 'aeiouœæ'.includes(first)) return true;
  // « d’Yves », but « de yaourt »: a y before a consonant sounds as a vowel.
  if (first === 'y') return /^y[^aeiou]/.test(bare);
  return first === 'h' && !ASPIRATED_H.test(bare);
}

/**
 * A short French word before `next`, elided when `next` starts with a vowel sound: `elide('de', 'Alex Partner')` is
 * « d’Alex Partner », `elide('de', 'Sophie')` « de Sophie ». Keeps the case of the short word (`De` → `D’`).
 */
export function elide(word: ElidableWord, next: string): string {
  return `${elided(word, next)}${next}`;
}

/** The short word alone as it stands before `next`: « d’ » before « Alex », « de » and a space before « Sophie ». */
export const elided = (word: ElidableWord, next: string): string => (startsWithVowelSound(next) ? `${word.charAt(0)}’` : `${word} `);

type ElidableWord = 'de' | 'De' | 'le' | 'Le' | 'la' | 'La' | 'que' | 'ne' | 'je' | 'Je';

/**
 * A gate named in a French sentence, after « la » (« la validation Juridique »), without repeating the word when the
 * gate's own name starts with it: « Validation des messages » gives « validation des messages », not « validation
 * Validation des messages ». `q` quotes a name that does not start with it.
 */
export function gateInFrench(name: string, q: (s: string) => string = (s) => s): string {
  const own = /^\s*(validations?(?:\s[\s\S]*)?)$/i.exec(name)?.[1];
  return own === undefined ? `validation ${q(name)}` : `${own.charAt(0).toLowerCase()}${own.slice(1).trimEnd()}`;
}

/** The same in English, after "the": "the gate ‘Legal’", or "the Legal approval" when the name says it already. */
export function gateInEnglish(name: string, q: (s: string) => string = (s) => s): string {
  return /\b(?:gate|sign-?off|approval)s?\s*$/i.test(name) ? q(name) : `gate ${q(name)}`;
}

/** The first letter of `s` in capitals (a sentence that starts with a phrase built above). */
export const capitalise = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
