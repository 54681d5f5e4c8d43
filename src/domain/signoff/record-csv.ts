import type { SignOffRecordLine } from '../../contracts/signoff';

export interface CsvRecordLine extends SignOffRecordLine {
  gateId: string;
  gateName: string;
}

export const CSV_HEADER = [
  'gate',
  'gate id',
  'entry id',
  'type',
  'decision',
  'actor',
  'on behalf of',
  'at',
  'reason',
  'comment',
  'content hash',
  'delegation to',
  'until',
  'changed fields',
] as const;

/** Spreadsheets run cells starting with these as formulas; a leading quote keeps them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field, made safe against formula injection. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const person = (name: string | undefined, accountId: string | undefined): string => {
  if (!accountId) return '';
  return name && name !== accountId ? `${name} (${accountId})` : accountId;
};

/** The sign-off record as CSV (RFC 4180: CRLF line ends, quoted fields where needed), header first. */
export function recordCsv(lines: readonly CsvRecordLine[]): string {
  const rows = lines.map((l) => [
    l.gateName,
    l.gateId,
    l.entryId,
    l.type,
    l.decision ?? '',
    person(l.actorName, l.actorAccountId),
    person(l.onBehalfOfName, l.onBehalfOf),
    l.at,
    l.reason ?? '',
    l.comment ?? '',
    l.contentHash,
    person(l.delegation?.toName, l.delegation?.to),
    l.delegation?.until ?? '',
    (l.changedFields ?? []).join(' '),
  ]);
  return [[...CSV_HEADER], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
