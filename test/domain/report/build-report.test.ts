import { buildCampaignPanel } from '../../../src/domain/metrics';
import type { SignOffEntry } from '../../../src/domain/model';
import { buildReport, reportTitle, type ReportInput } from '../../../src/domain/report';
import { forecastWords } from '../../../src/wording/catalog/forecast';
import { reportStrings } from '../../../src/wording/catalog/report';
import { numberFormat } from '../../../src/wording/format';
import { done, HUGO, KEYS, LEA, PEOPLE, plan, record, snapshot } from '../metrics/fixtures';
import { panelInput } from '../metrics/panel-input';
import { ALLOWED_ELEMENTS, elements, figure, parseStorage, readNumber, recordsOf, tableAfter } from './storage-reader';

const PUBLISHED_AT = '2026-11-24T09:30:00.000Z';

function reportInput(overrides: Partial<ReportInput> = {}, panelOverrides: Parameters<typeof panelInput>[0] = {}): ReportInput {
  const input = panelInput(panelOverrides);
  return {
    kind: 'status',
    panel: buildCampaignPanel(input),
    issues: Object.values(input.snapshot.issues),
    signOffEntries: input.signOffEntries ?? [],
    people: PEOPLE,
    calendar: 'FR',
    today: input.today,
    locale: 'fr_FR',
    publishedAt: PUBLISHED_AT,
    ...overrides,
  };
}

const decision = (
  gateId: string,
  actor: string,
  kind: 'approve' | 'decline' | 'request_changes',
  at: string,
  reason?: string,
): SignOffEntry => ({
  entryId: `${at}-abc123`,
  epicKey: KEYS.epic,
  gateId,
  gatedIssueKey: KEYS.creative,
  type: 'decision',
  actorAccountId: actor,
  decision: kind,
  ...(reason ? { reason } : {}),
  at,
  contentHash: 'a'.repeat(64),
});

describe('the status report', () => {
  // Design is done over plan, copy has spend: the budget section has real numbers to check.
  const spent = snapshot({ design: done('2026-11-19', 2600), copy: { actualCost: 400, committedCost: 300 } });

  it('is well-formed storage format using only the elements it means to', () => {
    const doc = buildReport(reportInput({}, { snapshot: spent }));
    const root = parseStorage(doc.storage);
    const used = new Set(elements(root).map((e) => e.tagName));
    for (const tag of used) expect(ALLOWED_ELEMENTS).toContain(tag);
    const macros = elements(root).filter((e) => e.tagName === 'ac:structured-macro');
    expect(macros.length).toBeGreaterThan(0);
    for (const m of macros) {
      expect(m.namespaceURI).toBe('http://atlassian.com/content');
      expect(m.getAttribute('ac:name')).toBe('status');
      const params = Array.from(m.getElementsByTagName('ac:parameter')).map((p) => p.getAttribute('ac:name'));
      expect(params.sort()).toEqual(['colour', 'title']);
    }
  });

  it('shows the panel’s own numbers, written for a French reader', () => {
    const input = reportInput({}, { snapshot: spent });
    const { panel } = input;
    const doc = buildReport(input);
    expect(doc.language).toBe('fr');
    expect(doc.title).toBe('Atelier Pro — Rapport de statut');
    const root = parseStorage(doc.storage);
    const money = (label: string): number => readNumber(figure(root, 'Consommation du budget', label), 'fr-FR');
    expect(money('Budget prévu')).toBe(panel.budget.planned);
    expect(money('Dépensé')).toBeCloseTo(panel.budget.actual, 2);
    expect(money('Engagé')).toBeCloseTo(panel.budget.committed, 2);
    expect(money('Restant')).toBeCloseTo(panel.budget.remaining, 2);
    expect(money('Travail fait, à son coût prévu')).toBeCloseTo(panel.budget.earnedValue, 2);
    // No EVM jargon as a label: the spending pace in words, the precise terms only in the note under the figures.
    const pace = figure(root, 'Consommation du budget', 'Rythme des dépenses');
    expect([
      'Les dépenses vont plus vite que le travail',
      'Les dépenses vont moins vite que le travail',
      'Les dépenses suivent le rythme du travail',
      '—',
    ]).toContain(pace);
    expect(figure(root, 'Consommation du budget', 'Coût final estimé')).not.toBe('');
    expect(figure(root, 'Consommation du budget', 'Dépensé')).toMatch(/€$/);
    // French decimals use a comma.
    expect(figure(root, 'Consommation du budget', 'Dépensé')).toContain(',');

    const chart = recordsOf(tableAfter(root, 'Dépenses cumulées (données du graphique)'));
    expect(chart).toHaveLength(panel.budget.series.length);
    const last = panel.budget.series[panel.budget.series.length - 1];
    expect(readNumber(chart[chart.length - 1]!['Prévu']!, 'fr-FR')).toBeCloseTo(last!.plannedCumulative, 2);

    const milestones = recordsOf(tableAfter(root, 'Risque sur les échéances'));
    // The work left in words, from the panel's own numbers (a done milestone has none).
    expect(milestones.map((m) => m['Travail restant'])).toEqual(
      panel.milestones.map((m) =>
        m.status === 'done'
          ? '—'
          : reportStrings('fr').workRemaining(m.openTasks, numberFormat('fr-FR').format(m.remainingWorkDays), m.businessDaysLeft),
      ),
    );
    // The risk in plain words, from the business days between each due date and its forecast dates.
    expect(milestones.map((m) => m['Prévision'])).toEqual(
      panel.milestones.map((m) =>
        m.status === 'done' || m.p50DaysAfterDue == null ? '—' : forecastWords('fr').outlook(m.p50DaysAfterDue, m.p85DaysAfterDue ?? null),
      ),
    );
    expect(milestones.some((m) => /^Probablement /.test(m['Prévision']!))).toBe(true);
    expect(Object.keys(milestones[0]!)).toEqual(expect.arrayContaining(['Au plus tôt', 'Prudent']));
    expect(root.textContent).toMatch(/Au plus tôt \(P50\)\u202f: une chance sur deux d’avoir fini à cette date\. .* simulations, P85 à ±/);
    expect(milestones.map((m) => m['Risque']!.toLowerCase())).toEqual(
      panel.milestones.map((m) => ({ on_track: 'en bonne voie', at_risk: 'à risque', off_track: 'en dérive' })[m.risk]),
    );

    const kpis = recordsOf(tableAfter(root, 'Indicateurs clés'));
    expect(kpis.map((k) => readNumber(k['Objectif']!, 'fr-FR'))).toEqual(panel.kpis.map((k) => k.target));
  });

  it('words the panel’s health reasons and sign-offs', () => {
    const input = reportInput({}, { snapshot: spent });
    const root = parseStorage(buildReport(input).storage);
    const text = root.textContent ?? '';
    expect(input.panel.health.reasons.length).toBeGreaterThan(0);
    // The legal gate (due 11-19) is late on 11-24: the reason names it.
    expect(text).toMatch(/La validation Legal a \d+ jours? ouvrés? de retard/);
    const gates = recordsOf(tableAfter(root, 'Validations'));
    expect(gates.map((g) => g['Validation'])).toEqual(['Legal', 'Go-live']);
    expect(gates[0]!['En attente de']).toContain('Léa Martin');
    // French typography in the report's own sentences: « 1er » and a narrow no-break space before the colon.
    expect(text).toContain('lancement le 1er décembre 2026');
    expect(text).toContain('Léa Martin\u202f: pas encore de décision');
    expect(text).not.toMatch(/ [:;?!]/);
  });

  it('is in English for any other locale, with English number formats', () => {
    const input = reportInput({ locale: 'en_US' }, { snapshot: spent });
    const doc = buildReport(input);
    expect(doc.title).toBe('Atelier Pro — Status report');
    const root = parseStorage(doc.storage);
    expect(figure(root, 'Budget burn', 'Planned budget')).toBe('€10,000.00');
    expect(readNumber(figure(root, 'Budget burn', 'Actual spend'), 'en-US')).toBeCloseTo(input.panel.budget.actual, 2);
  });

  it('escapes whatever people typed, so it reads back as typed and adds no markup', () => {
    const name = `Soldes <script>alert("x")</script> & 'co' ]]> \u0007`;
    const input = panelInput({ record: record(plan({ name })), snapshot: snapshot({ epic: { summary: name } }) });
    const doc = buildReport({ ...reportInput(), panel: buildCampaignPanel(input) });
    const root = parseStorage(doc.storage);
    expect(elements(root).some((e) => e.tagName === 'script')).toBe(false);
    expect(root.textContent).toContain(`Soldes <script>alert("x")</script> & 'co' ]]>`);
    expect(doc.storage).not.toContain('\u0007');
  });
});

describe('the post-campaign report', () => {
  // After launch: creative finished 2 business days late (its design task too), launch done on time.
  const TODAY = '2026-12-15';
  const finished = snapshot({
    design: done('2026-11-20', 2500),
    copy: done('2026-11-18', 900),
    creative: done('2026-11-24'),
    ads: done('2026-11-27', 5200),
    email: done('2026-12-01', 1800),
    launch: done('2026-12-01'),
  });
  const entries = [
    decision('legal', LEA, 'request_changes', '2026-11-19T10:00:00.000Z', 'Mentions légales <incomplètes> & prix barrés'),
    decision('legal', LEA, 'approve', '2026-11-21T10:00:00.000Z'),
    decision('legal', HUGO, 'approve', '2026-11-21T11:00:00.000Z'),
  ];
  const input = (): ReportInput =>
    reportInput(
      { kind: 'post-campaign', today: TODAY },
      { snapshot: finished, today: TODAY, signOffEntries: entries, kpiActuals: { leads: 1120, cpl: 13.5 } },
    );

  it('compares KPI targets with actuals', () => {
    const root = parseStorage(buildReport(input()).storage);
    const kpis = recordsOf(tableAfter(root, 'Indicateurs clés'));
    expect(kpis.map((k) => [k['Indicateur'], k['Résultat']])).toEqual([
      ['Leads', 'Atteint'],
      ['Cost per lead', 'Manqué'],
    ]);
    expect(readNumber(kpis[0]!['Écart']!, 'fr-FR')).toBe(120);
    expect(readNumber(kpis[1]!['Écart']!, 'fr-FR')).toBeCloseTo(1.5, 2);
  });

  it('compares spend with the budget, in total and by category', () => {
    const i = input();
    const root = parseStorage(buildReport(i).storage);
    expect(readNumber(figure(root, 'Dépenses et budget', 'Écart'), 'fr-FR')).toBeCloseTo(i.panel.budget.actual - i.panel.budget.planned, 2);
    const byCategory = recordsOf(tableAfter(root, 'Dépenses par catégorie'));
    const media = byCategory.find((r) => r['Catégorie'] === 'Médias');
    expect(readNumber(media?.['Dépensé'] ?? '', 'fr-FR')).toBe(5200);
    expect(readNumber(media?.['Écart'] ?? '', 'fr-FR')).toBe(200);
  });

  it('lists what slipped and why: the late task and the changes the approver asked for, with her reason', () => {
    const doc = buildReport(input());
    expect(doc.title).toBe('Atelier Pro — Bilan de campagne');
    const root = parseStorage(doc.storage);
    const slipped = recordsOf(tableAfter(root, 'Ce qui a glissé et pourquoi'));
    expect(slipped).toHaveLength(1);
    expect(slipped[0]!['Jalon']).toBe(`${KEYS.creative} Creative final (L-7)`);
    expect(readNumber(slipped[0]!['Jours ouvrés de retard']!, 'fr-FR')).toBe(2);
    expect(slipped[0]!['Pourquoi']).toContain(`${KEYS.design} Design visuals`);
    expect(slipped[0]!['Pourquoi']).toContain('Léa Martin a demandé des modifications sur la validation Legal');
    expect(slipped[0]!['Pourquoi']).toContain('«\u202fMentions légales <incomplètes> & prix barrés\u202f»');
    expect(slipped[0]!['Pourquoi']).not.toContain('Copy');
  });

  it('says when nothing slipped', () => {
    const onTime = snapshot({
      design: done('2026-11-18'),
      copy: done('2026-11-18'),
      creative: done('2026-11-20'),
      ads: done('2026-11-27'),
      email: done('2026-12-01'),
      launch: done('2026-12-01'),
    });
    const root = parseStorage(
      buildReport(reportInput({ kind: 'post-campaign', today: TODAY, locale: 'en_GB' }, { snapshot: onTime, today: TODAY })).storage,
    );
    expect(root.textContent).toContain('Every milestone finished on or before its due date.');
  });
});

describe('reportTitle', () => {
  it('keeps titles within Confluence’s 255 characters, the suffix intact', () => {
    const title = reportTitle('x'.repeat(300), 'status', 'en');
    expect(title).toHaveLength(255);
    expect(title.endsWith('… — Status report')).toBe(true);
  });
});
