import type { CampaignStatus } from '../../../src/contracts/campaign-status';
import { statusExportAdf, type AdfNode } from '../../../src/domain/macro/status-adf';
import { NNBSP } from '../../../src/wording/typography';

const status: CampaignStatus = {
  mode: 'campaign',
  issueKey: 'MKT-12',
  epicKey: 'MKT-12',
  name: 'Black Friday France',
  health: { level: 'at_risk', reasons: [{ code: 'budget_80', severity: 'at_risk', text: 'Reason one.' }] },
  launchDate: '2026-12-01',
  forecastP85: '2026-12-03',
  forecast: { status: 'current', computedAt: '2026-11-20T10:00:00.000Z' },
  budget: { currency: 'EUR', planned: 80000, actual: 66000, percentSpent: 0.825, forecastAtCompletion: 90000 },
  signoff: { approved: 1, total: 3, late: 1, open: 2 },
  dataAsOf: '2026-11-20T10:00:00.000Z',
};

/** Every text of an ADF tree, in order, and the link targets. */
const texts = (n: AdfNode): string[] => [...(n.text ? [n.text] : []), ...(n.content ?? []).flatMap(texts)];
const links = (n: AdfNode): string[] => [
  ...(n.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href)),
  ...(n.content ?? []).flatMap(links),
];
const cellsOf = (doc: { content: AdfNode[] }): string[][] =>
  (doc.content.find((n) => n.type === 'table')?.content ?? []).map((row) => (row.content ?? []).map((c) => texts(c).join('')));

describe('the macro’s static export (adfExport)', () => {
  it('gives the live figures in English as a heading, a table and the epic’s link', () => {
    const doc = statusExportAdf(status, 'en_US', 'https://acme.atlassian.net/');
    expect(doc).toMatchObject({ type: 'doc', version: 1 });
    expect(texts(doc.content[0]!).join('')).toBe('Campaign status — Black Friday France');
    expect(cellsOf(doc)).toEqual([
      ['Health', ' Reason one.'],
      ['Launch', 'December 1, 2026'],
      ['Forecast (P85)', 'December 3, 2026 (after the launch date)'],
      ['Budget burn', '€66,000.00 of €80,000.00 spent (82.5%) · expected final cost €90,000.00'],
      ['Sign-off', '1 of 3 approved, 1 late'],
    ]);
    const lozenge = doc.content[1]!.content![0]!.content![1]!.content![0]!.content![0]!;
    expect(lozenge).toEqual({ type: 'status', attrs: { text: 'At risk', color: 'yellow' } });
    expect(links(doc.content[2]!)).toEqual(['https://acme.atlassian.net/browse/MKT-12']);
  });

  it('gives the same figures in French for a French reader', () => {
    const doc = statusExportAdf(status, 'fr_FR');
    expect(texts(doc.content[0]!).join('')).toBe('Statut de campagne — Black Friday France');
    const cells = cellsOf(doc);
    expect(cells.map((c) => c[0])).toEqual(['Santé', 'Lancement', 'Prévision (P85)', 'Consommation du budget', 'Validations']);
    expect(cells[1]![1]).toBe('1er décembre 2026');
    expect(cells[2]![1]).toBe('3 décembre 2026 (après la date de lancement)');
    expect(cells[3]![1]).toMatch(
      /^66[\u202f\u00a0]000,00[\u202f\u00a0]€ dépensés sur 80[\u202f\u00a0]000,00[\u202f\u00a0]€ \(82,5[\u202f\u00a0]%\) · coût final attendu 90[\u202f\u00a0]000,00[\u202f\u00a0]€$/,
    );
    expect(cells[4]![1]).toBe('1 sur 3 obtenue, 1 en retard');
    // No site address: the link text stays, without a target.
    expect(links(doc.content[2]!)).toEqual([]);
    expect(texts(doc.content[2]!).join('')).toMatch(/^Ouvrir l’epic MKT-12 · Chiffres du 20 novembre 2026/);
  });

  it('says why there are no figures, in the reader’s language, and still names the epic', () => {
    const none = statusExportAdf({ mode: 'unavailable', issueKey: 'MKT-12' }, 'fr_FR', 'https://acme.atlassian.net');
    expect(texts(none.content[0]!).join('')).toBe(
      `Statut de campagne — Le statut en direct n’a pas pu être lu pour cet export${NNBSP}; ouvrez l’epic dans Jira pour les chiffres du jour. Ouvrir l’epic MKT-12`,
    );
    expect(links(none.content[0]!)).toEqual(['https://acme.atlassian.net/browse/MKT-12']);
    const notCampaign = statusExportAdf({ mode: 'none', issueKey: 'MKT-1' }, 'en');
    expect(texts(notCampaign.content[0]!).join('')).toBe(
      'Campaign status — MKT-1 is not a campaign created with Campaign Control. Open the epic MKT-1',
    );
    const unconfigured = statusExportAdf({ mode: 'unavailable', issueKey: null }, 'en');
    expect(texts(unconfigured.content[0]!).join('')).toMatch(/^Campaign status — Pick the campaign/);
  });
});
