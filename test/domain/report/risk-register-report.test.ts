import type { Risk } from '../../../src/contracts/risks';
import { buildCampaignPanel } from '../../../src/domain/metrics';
import { buildReport, type ReportInput } from '../../../src/domain/report';
import { KEYS, NOAH, PEOPLE } from '../metrics/fixtures';
import { panelInput } from '../metrics/panel-input';
import { parseStorage, recordsOf, tableAfter } from './storage-reader';

const RISKS: Risk[] = [
  {
    riskId: 'risk-1',
    title: 'Le prestataire vidéo livre en retard',
    likelihood: 0.6,
    probability: 0.6,
    impactDays: 5,
    targets: [KEYS.ads],
    impactCost: { amount: 1500, category: 'production' },
    ownerAccountId: NOAH,
    ownerName: 'Noah Petit',
    mitigation: 'Réserver un second studio',
    status: 'open',
    updatedAt: '2026-11-24T08:00:00.000Z',
    updatedBy: 'acc-camille',
  },
  {
    riskId: 'risk-2',
    title: 'Grève des transporteurs',
    likelihood: 'low',
    probability: 0.2,
    impactDays: 0,
    targets: [],
    ownerAccountId: NOAH,
    ownerName: 'Noah Petit',
    mitigation: '',
    status: 'closed',
    updatedAt: '2026-11-24T08:00:00.000Z',
    updatedBy: 'acc-camille',
  },
];

function report(locale: string, risks: Risk[] = RISKS) {
  const input = panelInput({ risks, trials: 1000 });
  const reportInput: ReportInput = {
    kind: 'status',
    panel: buildCampaignPanel(input),
    issues: Object.values(input.snapshot.issues),
    signOffEntries: [],
    people: PEOPLE,
    calendar: 'FR',
    today: input.today,
    locale,
    publishedAt: '2026-11-24T09:30:00.000Z',
    risks,
  };
  return buildReport(reportInput);
}

describe('the status report’s risk register', () => {
  it('prints every risk in French, with the cautious date the risks give and the expected cost beside the contingency', () => {
    const doc = report('fr_FR');
    const rows = recordsOf(tableAfter(parseStorage(doc.storage), 'Registre des risques'));
    expect(rows.map((r) => [r['Risque'], r['Probabilité'], r['Statut']])).toEqual([
      ['Le prestataire vidéo livre en retard', '60\u00a0% de probabilité', 'Ouvert'],
      ['Grève des transporteurs', '20\u00a0% de probabilité', 'Clos'],
    ]);
    expect(rows[0]?.['Retard du lancement s’il survient']).toMatch(/jours ouvrés$/);
    expect(rows[1]?.['Retard du lancement s’il survient']).toBe('—');
    expect(doc.storage).toContain('date prudente avec les risques le ');
    expect(doc.storage).toContain('Coût attendu des risques\u202f: 900');
  });

  it('prints it in English, and says when the register is empty', () => {
    const doc = report('en_GB');
    const rows = recordsOf(tableAfter(parseStorage(doc.storage), 'Risk register'));
    expect(rows[0]).toMatchObject({
      Risk: 'Le prestataire vidéo livre en retard',
      Owner: 'Noah Petit',
      Mitigation: 'Réserver un second studio',
    });
    expect(doc.storage).toContain('cautious date with the risks ');
    expect(report('en_GB', []).storage).toContain('The campaign’s risk register is empty.');
  });
});
