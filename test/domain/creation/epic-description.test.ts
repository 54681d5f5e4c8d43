import { epicDescription } from '../../../src/domain/creation/epic-description';
import { plan } from '../metrics/fixtures';

const NNBSP = '\u202f';
const texts = (doc: ReturnType<typeof epicDescription>): string[] =>
  doc.content.map((p) => (p.content ?? []).map((n) => n.text ?? '').join(''));

describe('the epic description the app writes in Jira', () => {
  it('is French for a French plan: dates in words, Intl money, a narrow no-break space before the colon', () => {
    const lines = texts(
      epicDescription({ ...plan(), language: 'fr', launchDate: '2027-01-06', budget: { amount: 140000, currency: 'EUR' } }),
    );
    expect(lines).toContain(`Date de lancement${NNBSP}: 6 janvier 2027`);
    expect(lines).toContain(`Budget${NNBSP}: 140${NNBSP}000\u00a0€`);
    expect(lines.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}|140000/);
  });

  it('is English for an English plan, and keeps a non-whole amount to the minor unit', () => {
    const lines = texts(
      epicDescription({ ...plan(), language: 'en', launchDate: '2027-03-01', budget: { amount: 1234.5, currency: 'USD' } }),
    );
    expect(lines).toContain('Launch date: 1 March 2027');
    expect(lines).toContain('Budget: US$1,234.50');
  });
});
