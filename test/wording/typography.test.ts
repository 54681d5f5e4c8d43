import { capitalise, elide, elided, gateInEnglish, gateInFrench, quote } from '../../src/wording/typography';
import { stringsFor } from '../../static/issue-panel/src/i18n';
import { signOffStringsFor } from '../../static/issue-panel/src/signoff-strings';
import { wordReason, type ReasonFormat } from '../../src/wording/catalog/health';
import { reportStrings } from '../../src/wording/catalog/report';

const NNBSP = '\u202f';

describe('French elision', () => {
  it.each([
    ['Alex Partner', 'd’Alex Partner'],
    ['Élodie Roux', 'd’Élodie Roux'],
    ['Hugo Bernard', 'd’Hugo Bernard'],
    ['Yves Martin', 'd’Yves Martin'],
    ['Sophie Laurent', 'de Sophie Laurent'],
    ['Hollande', 'de Hollande'],
    ['héros', 'de héros'],
    ['yaourt', 'de yaourt'],
  ])('writes « de » before %s as « %s »', (next, expected) => {
    expect(elide('de', next)).toBe(expected);
  });

  it('keeps the case of the short word, and gives it alone before a mention', () => {
    expect(elide('La', 'équipe')).toBe('L’équipe');
    expect(elided('de', 'Alex')).toBe('d’');
    expect(elided('de', 'Sophie')).toBe('de ');
  });
});

describe('a gate named in a sentence', () => {
  it('does not repeat « validation » when the gate’s name starts with it', () => {
    expect(gateInFrench('Validation des messages clés')).toBe('validation des messages clés');
    expect(gateInFrench('Juridique', (g) => quote('fr', g))).toBe(`validation «${NNBSP}Juridique${NNBSP}»`);
    expect(capitalise(`la ${gateInFrench('Validation des messages')}`)).toBe('La validation des messages');
    expect(gateInEnglish('Launch sign-off')).toBe('Launch sign-off');
    expect(gateInEnglish('Legal')).toBe('gate Legal');
  });

  it('in health reasons and the report’s causes', () => {
    const fmt: ReasonFormat = { percent: String, money: String, date: (d) => d, number: String };
    const late = wordReason({ code: 'gate_late', params: { gate: 'Validation des messages', days: 2 } }, 'fr', fmt);
    expect(late).toMatch(/^La validation des messages a 2/);
    expect(late).not.toMatch(/validation Validation/i);
    expect(reportStrings('fr').cause.gateLate('Validation des messages', 3)).toBe(
      'La validation des messages a eu 3 jours ouvrés de retard',
    );
  });
});

describe('the sign-off words of the panel', () => {
  const fr = stringsFor('fr_FR');
  it('agrees the quorum with its number', () => {
    expect(fr.quorum({ kind: 'count', n: 1 }, 1)).toBe('1 sur 1 doit approuver');
    expect(fr.quorum({ kind: 'count', n: 2 }, 3)).toBe('2 sur 3 doivent approuver');
    expect(stringsFor('en').quorum({ kind: 'count', n: 1 }, 3)).toBe('1 of 3 must approve');
  });

  it('elides « de » before a pending approver whose name starts with a vowel', () => {
    expect(fr.pendingList('Alex Partner')).toBe('En attente d’Alex Partner');
    expect(fr.pendingList('Sophie Laurent, Alex Partner')).toBe('En attente de Sophie Laurent, Alex Partner');
  });

  it('reads a decision in the record as what was done: « Approuvé par », not « Approuver par »', () => {
    const so = signOffStringsFor('fr');
    expect(`${so.decided.approve} ${so.by('Sophie Laurent')}`).toBe('Approuvé par Sophie Laurent');
    expect(so.decided.request_changes).toBe('Modifications demandées');
    expect(signOffStringsFor('en').decided.approve).toBe('Approved');
  });
});

describe('nested quotes', () => {
  it('keep « » outside and turn the quotes inside into “ ” (French), ‘ ’ outside and “ ” inside (English)', () => {
    expect(quote('fr', `Justifier les mentions «${NNBSP}jusqu’à −50${NNBSP}%${NNBSP}»`)).toBe(
      `«${NNBSP}Justifier les mentions “jusqu’à −50${NNBSP}%”${NNBSP}»`,
    );
    expect(quote('en', 'Check the ‘up to 50% off’ claims')).toBe('‘Check the “up to 50% off” claims’');
    expect(quote('en', 'Léa’s review')).toBe('‘Léa’s review’');
  });
});
