import { LEA } from '../../../local/identity/demo-users';
import { parseBrief } from '../../../src/domain/brief/parse-brief';
import { DomainError } from '../../../src/domain/errors';
import { PEOPLE, parseStorage, problemsAbout, sourceOf } from './helpers';
import { frenchTextProblems } from '../../e2e/support/french-text';

const mention = (id: string): string => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;
const table = (rows: string[][], header?: string[]): string =>
  `<table><tbody>${header ? `<tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>` : ''}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('parseBrief on briefs it cannot fully read', () => {
  it('names every missing section', () => {
    const parsed = parseStorage('<h1>Notes</h1><p>Rien ici.</p>');
    expect(parsed.fields).toEqual({});
    expect(parsed.brief.problems).toEqual([
      'Objective: no section found',
      'Audience: no section found',
      'Launch date: no section found',
      'Budget: no section found',
      'Channels: no section found',
      'KPIs: no section found',
      'Approvers: no section found',
      'Key messages: no section found',
    ]);
    expect(parsed.brief.values).toEqual([{ field: 'title', value: 'Test brief', source: 'page title' }]);
  });

  it('keeps hostile markup out of values and says what it skipped', () => {
    const parsed = parseStorage(
      [
        '<h2>Objectifs</h2><p>Vendre plus<script>alert("x")</script> <img src="x" onerror="alert(1)" /><a href="javascript:alert(2)">cliquez</a></p>',
        '<style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
        '<h2>Messages clés</h2><ul><li><p onclick="steal()">Simple <b>et</b> rapide</p></li></ul>',
      ].join(''),
    );
    expect(parsed.fields.objective).toBe('Vendre plus cliquez');
    expect(parsed.fields.keyMessages).toEqual(['Simple et rapide']);
    const all = JSON.stringify(parsed.brief.values);
    for (const bad of ['<', 'script', 'alert', 'javascript', 'onerror', 'onclick', 'display:none', 'evil']) expect(all).not.toContain(bad);
    expect(parsed.brief.problems).toEqual(
      expect.arrayContaining([
        'Brief: skipped active content <script>; only the page’s text is read',
        'Brief: skipped active content <style>; only the page’s text is read',
        'Brief: skipped active content <iframe>; only the page’s text is read',
        'Brief: ignored the event handler onerror= on <img>',
        'Brief: ignored the event handler onclick= on <p>',
        'Brief: ignored a javascript: link on <a>',
      ]),
    );
  });

  it('keeps a budget in another currency as written and flags it against the campaign currency', () => {
    const parsed = parseStorage('<h2>Budget</h2><p>Budget total : £85,000</p>', { campaignCurrency: 'EUR' });
    expect(parsed.fields.budget).toEqual({ amount: 85000, currency: 'GBP' });
    expect(problemsAbout(parsed, 'budget')).toEqual([
      'Budget: the brief’s budget is in GBP (£85,000) but the campaign is in EUR; it is kept in GBP, not converted',
    ]);
  });

  it('refuses an amount with no currency instead of assuming one', () => {
    const parsed = parseStorage('<h2>Budget</h2><p>Montant pour la campagne : 120 000</p>');
    expect(parsed.fields.budget).toBeUndefined();
    expect(problemsAbout(parsed, 'budget')).toEqual([
      'Budget: 120,000 in heading ‘Budget’ names no currency (write € or EUR, for instance)',
    ]);
  });

  it('quotes a launch date it does not understand, with examples', () => {
    const parsed = parseStorage('<h2>Date de lancement</h2><p>le 17 du mois prochain</p>');
    expect(parsed.fields.launchDate).toBeUndefined();
    expect(problemsAbout(parsed, 'launchDate')).toEqual([
      'Launch date: ‘le 17 du mois prochain’ is not a date the reader understands (write it like 17 March 2026)',
    ]);
  });

  it('offers both readings of an ambiguous date in a French brief, and uses the one the PM picked', () => {
    const storage = '<h2>Lancement</h2><p>Le lancement est prévu le 04/03/2026 pour les clients.</p>';
    const parsed = parseStorage(storage);
    expect(parsed.fields.launchDate).toBeUndefined();
    expect(parsed.brief.choices).toEqual([
      { field: 'launchDate', raw: '04/03/2026', options: ['2026-03-04', '2026-04-03'], source: 'heading ‘Lancement’' },
    ]);
    const picked = parseStorage(storage, { picks: { launchDate: '2026-04-03' } });
    expect(picked.fields.launchDate).toBe('2026-04-03');
    expect(sourceOf(picked, 'launchDate')).toBe('heading ‘Lancement’ (04/03/2026: the reading you picked)');
    expect(picked.brief.choices?.[0]?.picked).toBe('2026-04-03');
    // A pick that is neither reading changes nothing.
    expect(parseStorage(storage, { picks: { launchDate: '2026-05-01' } }).fields.launchDate).toBeUndefined();
  });

  it('uses duplicated sections that agree, and none of two that disagree', () => {
    const agree = parseStorage('<h2>Budget</h2><p>120 000 €</p><h2>Notes</h2><h2>Budget</h2><p>EUR 120 000</p>');
    expect(agree.fields.budget).toEqual({ amount: 120000, currency: 'EUR' });
    expect(problemsAbout(agree, 'budget')).toEqual([]);

    const twoDates = parseStorage('<h2>Date de lancement</h2><p>17 mars 2026</p><p>ou peut-être le 24 mars 2026</p>');
    expect(twoDates.fields.launchDate).toBeUndefined();
    expect(problemsAbout(twoDates, 'launchDate')).toEqual([
      'Launch date: heading ‘Date de lancement’ gives several dates (17 March 2026, 24 March 2026); which one is the launch is not clear',
    ]);
    const disagree = parseStorage(
      `<h2>Date de lancement</h2><p>17 mars 2026</p><h2>Calendrier</h2>${table([['Lancement public', '24 mars 2026']], ['Jalon', 'Date'])}`,
    );
    expect(disagree.fields.launchDate).toBeUndefined();
    expect(problemsAbout(disagree, 'launchDate')).toEqual([
      'Launch date: the brief gives different values: 17 March 2026 (heading ‘Date de lancement’); 24 March 2026 (table ‘Calendrier’, row 2); none was used',
    ]);
    const twoSections = parseStorage('<h2>Budget</h2><p>120 000 €</p><h2>Budget</h2><p>95 000 €</p>');
    expect(twoSections.fields.budget).toBeUndefined();
    expect(problemsAbout(twoSections, 'budget')).toEqual([
      'Budget: the brief gives different values: €120,000 (heading ‘Budget’); €95,000 (heading ‘Budget’); none was used',
    ]);
  });

  it('stops reading a huge table at 500 rows and says so under the field', () => {
    const rows = Array.from({ length: 800 }, (_, i) => [`Ligne ${i + 1}`, '100 €']);
    const parsed = parseStorage(`<h2>Budget</h2>${table(rows, ['Poste', 'Montant'])}`);
    expect(problemsAbout(parsed, 'budget')).toContain('Budget: table ‘Budget’ has 801 rows; only the first 500 were read');
    expect(parsed.fields.budget?.lines).toHaveLength(499);
    expect(parsed.fields.budget?.amount).toBe(49900);
    expect(sourceOf(parsed, 'budget')).toBe('table ‘Budget’, rows 2–500 (sum of the lines)');
  });

  it('refuses a page body over 2 MB without reading it', () => {
    const parsed = parseStorage(`<h2>Budget</h2><p>${'x'.repeat(2 * 1024 * 1024)}</p>`);
    expect(parsed.fields).toEqual({});
    expect(parsed.brief.problems).toEqual(['Brief: the page body is 2.0 MB; briefs over 2 MB are not read']);
  });

  it('flags bad cells but keeps the rows it understands', () => {
    const parsed = parseStorage(
      [
        '<h2>KPIs</h2>',
        table(
          [
            ['Leads', '500', 'count'],
            ['Reach', 'a lot', 'count'],
            ['Happiness', '9', 'smiles'],
          ],
          ['KPI', 'Target', 'Unit'],
        ),
        '<h2>Budget</h2>',
        table(
          [
            ['Media', '70,000'],
            ['Studio', 'TBD'],
            ['Total', '90,000'],
          ],
          ['Line', 'Amount (USD)'],
        ),
        '<h2>Approvers</h2>',
        table(
          [
            ['Legal', 'Jean Inconnu'],
            ['Brand', 'Hugo Bernard'],
            ['Finance', ''],
          ],
          ['Gate', 'Approver'],
        ),
      ].join(''),
    );
    expect(parsed.fields.kpis).toEqual([{ name: 'Leads', target: 500, unit: 'count' }]);
    expect(problemsAbout(parsed, 'kpis')).toEqual([
      'KPIs: the target ‘a lot’ of ‘Reach’ (table ‘KPIs’, row 3) is not a number (it is not a number; write it like 600, 4.0% or 3x)',
      'KPIs: the unit ‘smiles’ of ‘Happiness’ (table ‘KPIs’, row 4) is not a percentage, a count, an amount or a ratio',
    ]);
    expect(parsed.fields.budget).toEqual({ amount: 90000, currency: 'USD', lines: [{ label: 'Media', amount: 70000, category: 'media' }] });
    expect(problemsAbout(parsed, 'budget')).toEqual([
      'Budget: ‘TBD’ in table ‘Budget’, row 3 is not an amount the reader understands (it is not a number; write it like €120,000 or USD 180,000)',
      'Budget: the lines of table ‘Budget’ add up to US$70,000 but its total (row 4) says US$90,000; the total is used',
    ]);
    expect(parsed.fields.approvers).toEqual([
      { accountId: PEOPLE.find((p) => p.displayName === 'Hugo Bernard')?.accountId, displayName: 'Hugo Bernard', role: 'Brand' },
    ]);
    expect(problemsAbout(parsed, 'approvers')).toEqual([
      'Approvers: ‘Jean Inconnu’ (table ‘Approvers’, row 2) is not a person of this site (use a @mention or their full name)',
      'Approvers: table ‘Approvers’, row 4 (‘Finance’) names no approver',
    ]);
  });

  it('reads a key | value summary table and Key: value lines outside sections', () => {
    const parsed = parseStorage(
      [
        '<h1>Fiche campagne</h1>',
        table([
          ['Objectif', 'Relancer les ventes de printemps'],
          ['Date de lancement', '17 mars 2026'],
          ['Budget', '45 000 €'],
          ['Canaux', 'E-mail, LinkedIn ; Salons'],
          ['Approbateurs', `${mention(LEA.accountId)}, Hugo Bernard`],
        ]),
        '<p>Cible : PME industrielles</p>',
      ].join(''),
    );
    expect(parsed.fields).toMatchObject({
      objective: 'Relancer les ventes de printemps',
      launchDate: '2026-03-17',
      budget: { amount: 45000, currency: 'EUR' },
      channels: ['E-mail', 'LinkedIn', 'Salons'],
      audience: 'PME industrielles',
    });
    expect(parsed.fields.approvers?.map((a) => a.accountId)).toEqual([LEA.accountId]);
    expect(sourceOf(parsed, 'launchDate')).toBe('table ‘Fiche campagne’, row 2');
    expect(sourceOf(parsed, 'audience')).toBe('line ‘Cible’');
  });

  it('rejects bad input naming the field', () => {
    const call = (): unknown => parseBrief({ pageId: 'abc', title: 't', url: 'u', version: 1, storage: '', people: PEOPLE });
    expect(call).toThrow(DomainError);
    expect(call).toThrow('pageId: must be a Confluence page id (digits only)');
  });

  it('skips invalid ADF nodes and says where they were', () => {
    const parsed = parseBrief({
      pageId: '7',
      title: 't',
      url: 'u',
      version: 1,
      people: PEOPLE,
      adf: {
        type: 'doc',
        version: 1,
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Budget' }] },
          { text: 'no type' },
          { type: 'paragraph', content: [{ type: 'text', text: '12 000 €' }] },
        ],
      },
    });
    expect(parsed.fields.budget).toEqual({ amount: 12000, currency: 'EUR' });
    expect(parsed.brief.problems).toContain('Brief: skipped a part of the page that is not valid (at adf.content.1.type)');
  });
});

describe('parseBrief on pathological markup', () => {
  it('does not overflow on deeply nested markup and says it stopped', () => {
    const depth = 20000;
    const parsed = parseStorage(`<h2>Objectifs</h2><p>Vendre</p>${'<div>'.repeat(depth)}profond${'</div>'.repeat(depth)}`);
    expect(parsed.fields.objective).toBe('Vendre');
    expect(parsed.brief.problems).toContain('Brief: content nested more than 64 levels deep was not read');
  });
});

describe('parseBrief for a French reader', () => {
  const brief = [
    '<h2>Date de lancement</h2><p>le 17 du mois prochain</p>',
    '<h2>Budget</h2>',
    table(
      [
        ['Salon', '50 000 €'],
        ['Vidéo', 'à définir'],
        ['Total', '90 000 €'],
      ],
      ['Poste', 'Montant'],
    ),
    '<h2>KPIs</h2><ul><li>MQL : 600</li><li>Notoriété : beaucoup</li></ul>',
    '<h2>Valideurs</h2><p>Juridique – Jean Inconnu</p>',
  ].join('');

  it('words every problem and source in French, with typographic spaces and amounts in French', () => {
    const parsed = parseStorage(brief, { readerLanguage: 'fr' });
    expect(parsed.brief.problems).toEqual(
      expect.arrayContaining([
        'Date de lancement\u202f: «\u202fle 17 du mois prochain\u202f» n’est pas une date lisible (écrivez-la comme 17 mars 2026)',
        'Budget\u202f: «\u202fà définir\u202f» (tableau «\u202fBudget\u202f», ligne 3) n’est pas un montant lisible (il n’est pas un nombre\u202f; écrivez-le comme 120\u202f000\u202f€ ou 120\u202f000\u202fEUR)',
        'Budget\u202f: les lignes du tableau «\u202fBudget\u202f» font 50\u202f000\u00a0€ mais son total (ligne 4) indique 90\u202f000\u00a0€\u202f; le total est retenu',
        'Objectif\u202f: aucune section trouvée',
      ]),
    );
    expect(sourceOf(parsed, 'budget')).toBe('tableau «\u202fBudget\u202f», ligne 4');
    expect(sourceOf(parsed, 'title')).toBe('titre de la page');
    const texts = [...parsed.brief.problems, ...parsed.brief.values.map((v) => v.source)];
    expect(texts.flatMap((t) => frenchTextProblems(t))).toEqual([]);
  });

  it('says the same things in English for an English reader', () => {
    const fr = parseStorage(brief, { readerLanguage: 'fr' });
    const en = parseStorage(brief);
    expect(en.brief.problems).toHaveLength(fr.brief.problems.length);
    expect(en.fields).toEqual(fr.fields);
    expect(en.brief.problems).toContain(
      'Budget: the lines of table ‘Budget’ add up to €50,000 but its total (row 4) says €90,000; the total is used',
    );
  });
});
