import { forecastWords } from '../../src/wording/catalog/forecast';

const NNBSP = '\u202f';

describe('forecast wording', () => {
  const driver = { displayName: 'Hugo Bernard', workDays: 14, campaigns: 3, before: '2026-12-07' };

  it('says whose load drives a milestone, with the date in words and French typography', () => {
    expect(forecastWords('fr').personLoad(driver)).toBe(`Hugo Bernard porte 14${NNBSP}j de travail sur 3 campagnes avant le 7 décembre`);
    expect(forecastWords('en').personLoad(driver)).toBe('Hugo Bernard holds 14 days of work across 3 campaigns before 7 December');
    expect(forecastWords('fr').personLoad({ ...driver, workDays: 1.5, campaigns: 1 })).toBe(
      `Hugo Bernard porte 1,5${NNBSP}j de travail sur 1 campagne avant le 7 décembre`,
    );
    expect(forecastWords('en').personLoad({ ...driver, workDays: 1, campaigns: 1 })).toBe(
      'Hugo Bernard holds 1 day of work across 1 campaign before 7 December',
    );
  });

  it('words what a milestone waits for, its chance of the due date and the basis', () => {
    expect(forecastWords('fr').waitsFor('Go / no-go (L-2)')).toBe(`Attend «${NNBSP}Go / no-go (L-2)${NNBSP}»`);
    expect(forecastWords('fr').onTime(0.62)).toBe(`62\u00a0% de chances de tenir l’échéance`);
    expect(forecastWords('en').onTime(0.62)).toBe('62% chance of meeting the due date');
    expect(forecastWords('fr').basis(1200, 0.4)).toBe(
      `Monte-Carlo sur les liens entre tâches et la charge de chaque personne, toutes campagnes confondues${NNBSP}: 1${NNBSP}200 simulations, P85 à ±0,4${NNBSP}jour ouvré près`,
    );
    expect(forecastWords('en').criticality(0.9)).toBe('critical in 90% of simulations');
  });
});

describe('the deadline risk in plain words', () => {
  const fr = forecastWords('fr');
  const en = forecastWords('en');

  it('says how late, how early or on time the median forecast is, in business days with plural agreement', () => {
    expect(fr.outlook(2, 4)).toBe(`Probablement 2${NNBSP}jours ouvrés de retard`);
    expect(fr.outlook(1, 3)).toBe(`Probablement 1${NNBSP}jour ouvré de retard`);
    expect(fr.outlook(-3, -1)).toBe(`Probablement dans les temps, avec 3${NNBSP}jours ouvrés de marge`);
    expect(fr.outlook(-1, 0)).toBe(`Probablement dans les temps, avec 1${NNBSP}jour ouvré de marge`);
    expect(fr.outlook(0, 0)).toBe('Probablement dans les temps');
    expect(fr.outlook(0, null)).toBe('Probablement dans les temps');
    expect(en.outlook(2, 4)).toBe('Probably 2 business days late');
    expect(en.outlook(1, 1)).toBe('Probably 1 business day late');
    expect(en.outlook(-3, -1)).toBe('Probably on time, with 3 business days to spare');
    expect(en.outlook(-1, 0)).toBe('Probably on time, with 1 business day to spare');
    expect(en.outlook(0, 0)).toBe('Probably on time');
  });

  it('adds the cautious delay when only the cautious date is late', () => {
    expect(fr.outlook(0, 1)).toBe(`Probablement dans les temps, mais 1${NNBSP}jour ouvré de retard possible`);
    expect(fr.outlook(-2, 3)).toBe(
      `Probablement dans les temps, avec 2${NNBSP}jours ouvrés de marge, mais 3${NNBSP}jours ouvrés de retard possibles`,
    );
    expect(en.outlook(0, 1)).toBe('Probably on time, but possibly 1 business day late');
    expect(en.outlook(-2, 3)).toBe('Probably on time, with 2 business days to spare, but possibly 3 business days late');
    // Late already at the median: the cautious date adds nothing the sentence needs.
    expect(en.outlook(2, 5)).toBe('Probably 2 business days late');
  });

  it('keeps the statistics for the tooltip: P50, P85, the number of simulations and their basis', () => {
    const basis = fr.basis(2000, 0.4);
    expect(fr.datesTip(basis)).toBe(
      `Au plus tôt (P50)${NNBSP}: une chance sur deux d’avoir fini à cette date. Prudent (P85)${NNBSP}: 85\u00a0chances sur 100. ` +
        `Monte-Carlo sur les liens entre tâches et la charge de chaque personne, toutes campagnes confondues${NNBSP}: ` +
        `2${NNBSP}000 simulations, P85 à ±0,4${NNBSP}jour ouvré près.`,
    );
    expect(en.datesTip(en.basis(2000, 0.4))).toBe(
      'At the earliest (P50): a one-in-two chance of being done by that date. Cautious (P85): an 85-in-100 chance. ' +
        'Monte Carlo over the task links and every person’s load across campaigns: 2,000 simulations, P85 within ±0.4 business days.',
    );
    // The visible legend has no statistics jargon.
    expect(fr.legend).not.toMatch(/P50|P85|Monte|tirage/);
    expect(en.legend).not.toMatch(/P50|P85|Monte|trial/);
  });
});
