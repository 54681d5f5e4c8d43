import { CsvError, parse } from 'csv-parse/sync';
import { mustAt } from '../invariant';
import type { ParamValue } from '../../wording/catalog/types';
import { render, type Message } from '../../wording/messages';

/**
 * A problem in an imported file: the line it is on (the header is line 1) and the column, when there is one. `code`
 * and `params` are its wording message, `message` its English (the use case words it for the reader).
 */
export interface CsvCellError {
  row: number;
  column: string | null;
  message: string;
  code?: string;
  params?: Record<string, ParamValue>;
}

/** A problem on line `row` (and `column`), worded by the `csv` catalogue. */
export function cellError(row: number, column: string | null, m: Extract<Message, { key: `csv.${string}` }>): CsvCellError {
  return { row, column, message: render('en', m), code: m.key, ...(m.params ? { params: m.params } : {}) };
}

/** csv-parse's own error codes, as the catalogue words them; others read as a line that cannot be read. */
const PARSE_PROBLEMS: Partial<Record<string, 'quoteNotClosed' | 'badQuote'>> = {
  CSV_QUOTE_NOT_CLOSED: 'quoteNotClosed',
  CSV_INVALID_CLOSING_QUOTE: 'badQuote',
  INVALID_OPENING_QUOTE: 'badQuote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'badQuote',
};
const parseError = (e: unknown): CsvCellError => {
  const row = e instanceof CsvError ? lineOf(e) : 0;
  const code = e instanceof CsvError ? PARSE_PROBLEMS[e.code] : undefined;
  return cellError(row, null, { key: `csv.${code ?? 'unreadableLine'}` });
};

export interface CsvTable {
  header: string[];
  /** Data rows with the file line each ends on. */
  rows: { line: number; cells: string[] }[];
  errors: CsvCellError[];
}

/** 400 KB keeps a file (and its preview answer) inside Forge's 500 KB invoke request. */
export const MAX_CSV_BYTES = 400 * 1024;
export const MAX_CSV_ROWS = 5000;

/** The file line a csv-parse error is on (its `lines` context field), 0 when it gives none. */
const lineOf = (e: CsvError): number => Number(e.lines ?? 0);

/**
 * Reads CSV text (RFC 4180, comma-separated, optional BOM, header row first) with csv-parse. Rows that cannot be
 * read, and rows whose number of values differs from the header's, become errors naming their line; blank lines
 * are skipped.
 */
export function readCsvTable(text: string): CsvTable {
  const errors: CsvCellError[] = [];
  if (Buffer.byteLength(text, 'utf8') > MAX_CSV_BYTES)
    return { header: [], rows: [], errors: [cellError(0, null, { key: 'csv.fileTooLarge', params: { kb: MAX_CSV_BYTES / 1024 } })] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (e: CsvError | undefined) => {
        if (e) errors.push(parseError(e));
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    return { header: [], rows: [], errors: [parseError(e)] };
  }
  const [first, ...data] = records;
  if (!first) return { header: [], rows: [], errors: [cellError(1, null, { key: 'csv.emptyFile' })] };
  const header = first.record.map((h) => h.trim());
  header.forEach((h, i) => {
    if (h === '') errors.push(cellError(first.info.lines, `#${i + 1}`, { key: 'csv.columnNoName', params: { n: i + 1 } }));
    else if (header.indexOf(h) !== i) errors.push(cellError(first.info.lines, h, { key: 'csv.columnTwice', params: { name: h } }));
  });
  if (data.length > MAX_CSV_ROWS)
    errors.push(
      cellError(mustAt(data, MAX_CSV_ROWS, 'record').info.lines, null, { key: 'csv.tooManyRows', params: { max: MAX_CSV_ROWS } }),
    );
  const rows: CsvTable['rows'] = [];
  for (const { record, info } of data.slice(0, MAX_CSV_ROWS)) {
    if (record.length !== header.length) {
      // The first missing column, or the first value past the last column (`#18`).
      const column = record.length < header.length ? mustAt(header, record.length, 'column') : `#${header.length + 1}`;
      errors.push(cellError(info.lines, column, { key: 'csv.wrongWidth', params: { values: record.length, columns: header.length } }));
      continue;
    }
    rows.push({ line: info.lines, cells: record.map((c) => c.trim()) });
  }
  return { header, rows, errors };
}
