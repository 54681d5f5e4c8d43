/** U+202F NARROW NO-BREAK SPACE: French puts it before `:` `;` `?` `!`, inside « », and between digit groups. */
export const NNBSP = '\u202f';

/** Words in quotation marks: « … » in French (with narrow no-break spaces), ‘…’ in English. */
export const quote = (lang: 'en' | 'fr', s: string): string => (lang === 'fr' ? `«${NNBSP}${s}${NNBSP}»` : `‘${s}’`);

/** Plain spaces before French high punctuation, as a catalogue check finds them (`Motif : ` is one). */
export const plainSpaceBeforeHighPunctuation = (s: string): boolean => / [:;?!]/.test(s);
