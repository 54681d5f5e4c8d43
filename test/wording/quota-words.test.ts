import { clockTime, quotaWords, shortMoment } from '../../src/wording/catalog/quota';
import { render } from '../../src/wording/messages';

const NNBSP = '\u202f';
const AS_OF = '2026-12-02T13:05:00Z'; // 14:05 in Paris
const RESET = '2026-12-02T14:00:00Z'; // 15:00 in Paris

describe("the panel's words while Jira's quota is short", () => {
  it('French: « Données du 2 déc. à 14 h 05 (Jira est saturé, mise à jour après 15 h) », in the reader’s zone', () => {
    const text = quotaWords('fr').cachedData(shortMoment('fr_FR', AS_OF, 'Europe/Paris'), clockTime('fr_FR', RESET, 'Europe/Paris'));
    expect(text).toBe(`Données du 2 déc. à 14${NNBSP}h${NNBSP}05 (Jira est saturé, mise à jour après 15${NNBSP}h)`);
    expect(clockTime('fr_FR', '2026-12-02T14:20:00Z', 'Europe/Paris')).toBe(`15${NNBSP}h${NNBSP}20`);
    expect(shortMoment('fr_FR', '2026-12-01T08:00:00Z', 'UTC')).toBe(`1er déc. à 8${NNBSP}h`);
  });

  it('English: "Data as of Dec 2, 2:05 PM (Jira is busy, updated after 3 PM)" in en-US, 24-hour times in en-GB', () => {
    const us = quotaWords('en').cachedData(shortMoment('en_US', AS_OF, 'Europe/Paris'), clockTime('en_US', RESET, 'Europe/Paris'));
    expect(us.replace(/\u202f/g, ' ')).toBe('Data as of Dec 2, 2:05 PM (Jira is busy, updated after 3 PM)');
    expect(clockTime('en-GB', RESET, 'Europe/Paris')).toBe('15:00');
    expect(shortMoment('en-GB', AS_OF, 'Europe/Paris')).toBe('2 Dec, 14:05');
  });

  it('the refusal during a pause (the server words it in UTC)', () => {
    expect(render('fr_FR', { key: 'errors.jiraQuotaPaused', params: { resumesAt: RESET } })).toBe(
      `Jira est saturé (le quota horaire d’appels est épuisé). Veuillez réessayer après 14${NNBSP}h UTC.`,
    );
    expect(render('en_US', { key: 'errors.jiraQuotaPaused', params: { resumesAt: '2026-12-02T14:30:00Z' } })).toBe(
      'Jira is busy (the hourly quota of calls is spent). Please try again after 14:30 UTC.',
    );
  });
});
