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
      `Monte-Carlo sur les liens entre tâches et la charge de chaque personne, toutes campagnes confondues${NNBSP}: 1${NNBSP}200 tirages, P85 à ±0,4${NNBSP}jour ouvré près`,
    );
    expect(forecastWords('en').criticality(0.9)).toBe('critical in 90% of trials');
  });
});
