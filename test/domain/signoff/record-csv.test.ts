import fc from 'fast-check';
import { csvCell, recordCsv, type CsvRecordLine } from '../../../src/domain/signoff';
import { HASH_A } from './fixtures';

const line = (overrides: Partial<CsvRecordLine> = {}): CsvRecordLine => ({
  gateId: 'legal',
  gateName: 'Legal',
  entryId: '2026-11-20T09:00:01.000Z-abc123',
  type: 'decision',
  actorAccountId: 'acc-lea',
  actorName: 'Léa Martin',
  decision: 'approve',
  at: '2026-11-20T09:00:01.000Z',
  contentHash: HASH_A,
  ...overrides,
});

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('recordCsv', () => {
  it('writes the header and one CRLF-terminated row per entry, people with name and account id', () => {
    const csv = recordCsv([
      line(),
      line({
        entryId: 'e2',
        type: 'delegation',
        decision: undefined,
        delegation: { from: 'acc-hugo', to: 'acc-alex', toName: 'Alex Durand', until: '2026-12-01' },
      }),
      line({
        entryId: 'e3',
        type: 'decision',
        actorAccountId: 'acc-alex',
        actorName: 'Alex Durand',
        onBehalfOf: 'acc-hugo',
        onBehalfOfName: 'Hugo Bernard',
      }),
      line({
        entryId: 'e4',
        type: 'stale',
        decision: undefined,
        actorAccountId: 'app',
        actorName: 'app',
        changedFields: ['summary', 'attachments'],
      }),
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'gate',
      'gate id',
      'entry id',
      'type',
      'decision',
      'actor',
      'on behalf of',
      'at (UTC)',
      'reason',
      'comment',
      'content hash',
      'delegated to',
      'until',
      'changed fields',
    ]);
    expect(rows[1]).toEqual([
      'Legal',
      'legal',
      '2026-11-20T09:00:01.000Z-abc123',
      'decision',
      'approve',
      'Léa Martin (acc-lea)',
      '',
      '2026-11-20T09:00:01.000Z',
      '',
      '',
      HASH_A,
      '',
      '',
      '',
    ]);
    expect(rows[2]!.slice(11, 13)).toEqual(['Alex Durand (acc-alex)', '2026-12-01']);
    expect(rows[3]![5]).toBe('Alex Durand (acc-alex)');
    expect(rows[3]![6]).toBe('Hugo Bernard (acc-hugo)');
    expect(rows[4]![5]).toBe('app');
    expect(rows[4]![13]).toBe('summary attachments');
    expect(rows).toHaveLength(5);
  });

  it.each([
    ['a comma', 'Fine, ship it', '"Fine, ship it"'],
    ['quotes', 'The "hero" shot', '"The ""hero"" shot"'],
    ['a newline', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a formula', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a plus', '+33 6 12', "'+33 6 12"],
    ['a minus', '-1', "'-1"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['plain text', 'OK', 'OK'],
  ])('quotes a cell with %s and keeps formulas as text', (_, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('names the columns in the reader’s language, the cells keeping the record’s own values', () => {
    const [header, row] = parseCsv(recordCsv([line({})], 'fr'));
    expect(header).toEqual(expect.arrayContaining(['validation', 'décision', 'au nom de', 'date et heure (UTC)', 'empreinte du contenu']));
    expect(header).toHaveLength(parseCsv(recordCsv([line({})], 'en'))[0]?.length ?? -1);
    expect(row).toEqual(parseCsv(recordCsv([line({})], 'en'))[1]);
  });

  it('round-trips any reason and comment, never leaving a cell that starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (reason, comment) => {
        const rows = parseCsv(recordCsv([line({ reason, comment })]));
        expect(rows).toHaveLength(2);
        const [r, c] = rows[1]!.slice(8, 10);
        for (const [cell, original] of [
          [r, reason],
          [c, comment],
        ]) {
          expect(cell).toBe(/^[=+\-@\t\r]/.test(original!) ? `'${original}` : original);
          expect(cell).not.toMatch(/^[=+\-@]/);
        }
      }),
    );
  });
});
