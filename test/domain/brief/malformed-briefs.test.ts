import { LEA } from '../../../local/identity/demo-users';
import { parseBrief } from '../../../src/domain/brief/parse-brief';
import { DomainError } from '../../../src/domain/errors';
import { PEOPLE, parseStorage, problemsAbout, sourceOf } from './helpers';

const mention = (id: string): string => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;
const table = (rows: string[][], header?: string[]): string =>
  `<table><tbody>${header ? `<tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>` : ''}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('parseBrief on briefs it cannot fully read', () => {
  it('names every missing section', () => {
    const parsed = parseStorage('<h1>Notes</h1><p>Rien ici.</p>');
    expect(parsed.fields).toEqual({});
    expect(parsed.brief.problems).toEqual([
      'objective: no Objectives section found',
      'audience: no Audience section found',
      'launchDate: no Launch date section found',
      'budget: no Budget section found',
      'channels: no Channels section found',
      'kpis: no KPIs section found',
      'approvers: no Approvers section found',
      'keyMessages: no Key messages section found',
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
        "brief: skipped active content <script>; only the page's text is read",
        "brief: skipped active content <style>; only the page's text is read",
        "brief: skipped active content <iframe>; only the page's text is read",
        'brief: ignored the event handler onerror= on <img>',
        'brief: ignored the event handler onclick= on <p>',
        'brief: ignored a javascript: link on <a>',
      ]),
    );
  });

  it('keeps a budget in another currency as written and flags it against the campaign currency', () => {
    const parsed = parseStorage('<h2>Budget</h2><p>Budget total : £85,000</p>', { campaignCurrency: 'EUR' });
    expect(parsed.fields.budget).toEqual({ amount: 85000, currency: 'GBP' });
    expect(problemsAbout(parsed, 'budget')).toEqual([
      "budget: the brief's budget is in GBP (85,000 GBP) but the campaign is in EUR; it is kept in GBP, not converted",
    ]);
  });

  it('refuses an amount with no currency instead of assuming one', () => {
    const parsed = parseStorage('<h2>Budget</h2><p>Montant pour la campagne : 120 000</p>');
    expect(parsed.fields.budget).toBeUndefined();
    expect(problemsAbout(parsed, 'budget')).toEqual(['budget: 120 000 in heading "Budget" names no currency (expected e.g. € or EUR)']);
  });

  it('quotes a launch date it does not understand, with examples', () => {
    const parsed = parseStorage('<h2>Date de lancement</h2><p>le 17 du mois prochain</p>');
    expect(parsed.fields.launchDate).toBeUndefined();
    expect(problemsAbout(parsed, 'launchDate')).toEqual([
      'launchDate: "le 17 du mois prochain" is not a date this parser understands (expected e.g. 17 mars 2026 or 2026-03-17)',
    ]);
  });

  it('reads a day-first date in a French brief and says so in the source', () => {
    const parsed = parseStorage('<h2>Lancement</h2><p>Le lancement est prévu le 04/03/2026 pour les clients.</p>');
    expect(parsed.fields.launchDate).toBe('2026-03-04');
    expect(sourceOf(parsed, 'launchDate')).toBe('heading "Lancement" (04/03/2026 read day-first, as written in French)');
  });

  it('uses duplicated sections that agree, and none of two that disagree', () => {
    const agree = parseStorage('<h2>Budget</h2><p>120 000 €</p><h2>Notes</h2><h2>Budget</h2><p>EUR 120 000</p>');
    expect(agree.fields.budget).toEqual({ amount: 120000, currency: 'EUR' });
    expect(problemsAbout(agree, 'budget')).toEqual([]);

    const twoDates = parseStorage('<h2>Date de lancement</h2><p>17 mars 2026</p><p>ou peut-être le 24 mars 2026</p>');
    expect(twoDates.fields.launchDate).toBeUndefined();
    expect(problemsAbout(twoDates, 'launchDate')).toEqual([
      'launchDate: heading "Date de lancement" gives several dates (2026-03-17, 2026-03-24); which one is the launch is not clear',
    ]);
    const disagree = parseStorage(
      `<h2>Date de lancement</h2><p>17 mars 2026</p><h2>Calendrier</h2>${table([['Lancement public', '24 mars 2026']], ['Jalon', 'Date'])}`,
    );
    expect(disagree.fields.launchDate).toBeUndefined();
    expect(problemsAbout(disagree, 'launchDate')).toEqual([
      'launchDate: the brief gives different values: "2026-03-17" (heading "Date de lancement"); "2026-03-24" (table "Calendrier", row 2); none was used',
    ]);
    const twoSections = parseStorage('<h2>Budget</h2><p>120 000 €</p><h2>Budget</h2><p>95 000 €</p>');
    expect(twoSections.fields.budget).toBeUndefined();
    expect(problemsAbout(twoSections, 'budget')).toEqual([
      'budget: the brief gives different values: 120000 EUR (heading "Budget"); 95000 EUR (heading "Budget"); none was used',
    ]);
  });

  it('stops reading a huge table at 500 rows and says so under the field', () => {
    const rows = Array.from({ length: 800 }, (_, i) => [`Ligne ${i + 1}`, '100 €']);
    const parsed = parseStorage(`<h2>Budget</h2>${table(rows, ['Poste', 'Montant'])}`);
    expect(problemsAbout(parsed, 'budget')).toContain('budget: table "Budget" has 801 rows; only the first 500 were read');
    expect(parsed.fields.budget?.lines).toHaveLength(499);
    expect(parsed.fields.budget?.amount).toBe(49900);
    expect(sourceOf(parsed, 'budget')).toBe('table "Budget", rows 2–500 (sum of the lines)');
  });

  it('refuses a page body over 2 MB without reading it', () => {
    const parsed = parseStorage(`<h2>Budget</h2><p>${'x'.repeat(2 * 1024 * 1024)}</p>`);
    expect(parsed.fields).toEqual({});
    expect(parsed.brief.problems).toEqual(['brief: the page body is 2.0 MB; briefs over 2 MB are not read']);
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
      'kpis: the target "a lot" of "Reach" (table "KPIs", row 3) is not a number (it is not a number; expected e.g. 600, 4.0% or 3x)',
      'kpis: the unit "smiles" of "Happiness" (table "KPIs", row 4) is not one of percent, count, currency, ratio',
    ]);
    expect(parsed.fields.budget).toEqual({ amount: 90000, currency: 'USD', lines: [{ label: 'Media', amount: 70000, category: 'media' }] });
    expect(problemsAbout(parsed, 'budget')).toEqual([
      'budget: "TBD" in table "Budget", row 3 is not an amount this parser understands (it is not a number; expected e.g. €120,000 or USD 180,000)',
      'budget: the lines of table "Budget" add up to 70,000 USD but its total (row 4) says 90,000 USD; the total is used',
    ]);
    expect(parsed.fields.approvers).toEqual([
      { accountId: PEOPLE.find((p) => p.displayName === 'Hugo Bernard')?.accountId, displayName: 'Hugo Bernard', role: 'Brand' },
    ]);
    expect(problemsAbout(parsed, 'approvers')).toEqual([
      'approvers: "Jean Inconnu" (table "Approvers", row 2) is not a person of this site (expected a @mention or a user\'s full name)',
      'approvers: table "Approvers", row 4 ("Finance") names no approver',
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
    expect(sourceOf(parsed, 'launchDate')).toBe('table "Fiche campagne", row 2');
    expect(sourceOf(parsed, 'audience')).toBe('line "Cible"');
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
    expect(parsed.brief.problems).toContain('brief: skipped an ADF node that is not valid (adf.content.1.type: Required)');
  });
});

describe('parseBrief on pathological markup', () => {
  it('does not overflow on deeply nested markup and says it stopped', () => {
    const depth = 20000;
    const parsed = parseStorage(`<h2>Objectifs</h2><p>Vendre</p>${'<div>'.repeat(depth)}profond${'</div>'.repeat(depth)}`);
    expect(parsed.fields.objective).toBe('Vendre');
    expect(parsed.brief.problems).toContain('brief: content nested more than 64 levels deep was not read');
  });
});
