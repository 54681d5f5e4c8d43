import { CsvError, parse } from 'csv-parse/sync';
import { mustAt } from '../invariant';

/** A problem in an imported file: the line it is on (the header is line 1) and the column, when there is one. */
export interface CsvCellError {
  row: number;
  column: string | null;
  message: string;
}

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
    return { header: [], rows: [], errors: [{ row: 0, column: null, message: `the file is larger than ${MAX_CSV_BYTES / 1024} KB` }] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (e: CsvError | undefined) => {
        if (e) errors.push({ row: lineOf(e), column: null, message: e.message });
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const lines = e instanceof CsvError ? lineOf(e) : 0;
    return { header: [], rows: [], errors: [{ row: lines, column: null, message: e instanceof Error ? e.message : String(e) }] };
  }
  const [first, ...data] = records;
  if (!first) return { header: [], rows: [], errors: [{ row: 1, column: null, message: 'the file is empty: a header row is needed' }] };
  const header = first.record.map((h) => h.trim());
  header.forEach((h, i) => {
    if (h === '') errors.push({ row: first.info.lines, column: `#${i + 1}`, message: `column ${i + 1} has no name` });
    else if (header.indexOf(h) !== i) errors.push({ row: first.info.lines, column: h, message: `column name "${h}" appears twice` });
  });
  if (data.length > MAX_CSV_ROWS)
    errors.push({
      row: mustAt(data, MAX_CSV_ROWS, 'record').info.lines,
      column: null,
      message: `the file has more than ${MAX_CSV_ROWS} rows`,
    });
  const rows: CsvTable['rows'] = [];
  for (const { record, info } of data.slice(0, MAX_CSV_ROWS)) {
    if (record.length !== header.length) {
      // The first missing column, or the first value past the last column (`#18`).
      const column = record.length < header.length ? mustAt(header, record.length, 'column') : `#${header.length + 1}`;
      errors.push({ row: info.lines, column, message: `has ${record.length} values; the header has ${header.length} columns` });
      continue;
    }
    rows.push({ line: info.lines, cells: record.map((c) => c.trim()) });
  }
  return { header, rows, errors };
}
