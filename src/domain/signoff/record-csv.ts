import type { SignOffRecordLine } from '../../contracts/signoff';
import type { Language } from '../../wording/locale';
import * as recordWords from '../../wording/catalog/signoff-record';

const { COLUMNS } = recordWords;

export interface CsvRecordLine extends SignOffRecordLine {
  gateId: string;
  gateName: string;
}

/** The header row in `lang`: the columns' names from the wording module, in export order. */
export const csvHeader = (lang: Language): string[] => COLUMNS.map((c) => recordWords[lang][c]);

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

/** The sign-off record as CSV (RFC 4180: CRLF line ends, quoted fields where needed), header first, in `lang`. */
export function recordCsv(lines: readonly CsvRecordLine[], lang: Language = 'en'): string {
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
  return [csvHeader(lang), ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
