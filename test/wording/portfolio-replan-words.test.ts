import { en, fr } from '../../src/wording/catalog/portfolio';

describe('the re-plan dialog’s forecast sentence', () => {
  it('says the margin the cautious forecast leaves at the new launch, or how late it still is, in both languages', () => {
    expect(fr.forecastThen('2027-01-19', '2027-01-26')).toBe(
      'Avec un lancement le 26 janvier 2027, la prévision prudente laisse 7\u202fjours de marge.',
    );
    expect(fr.forecastThen('2027-01-19', '2027-01-18')).toBe(
      'Avec un lancement le 18 janvier 2027, la prévision prudente reste en retard de 1\u202fjour.',
    );
    expect(fr.forecastThen('2027-01-19', '2027-01-19')).toContain('le jour même');
    expect(en.forecastThen('2027-01-19', '2027-01-26')).toBe(
      'With a launch on 26 January 2027, the cautious forecast leaves 7 days of margin.',
    );
  });
});
