import type { Inline } from './blocks';
import {
  failed,
  found,
  headingSource,
  rowSource,
  rowsSource,
  truncationProblem,
  type Candidate,
  type Outcome,
  type ReadContext,
  type TableBlock,
} from './reading';
import { findColumn, splitTable, type BodyRow } from './tables';
import { escapeRegExp, normalize } from './text';
import { clip, inner, type BriefNote } from './notes';

const field = 'approvers';

export interface BriefApprover {
  accountId: string;
  displayName?: string;
  role?: string;
}

const PERSON_HEADERS = [
  'approbateur',
  'approbateurs',
  'approver',
  'approvers',
  'valideur',
  'validateur',
  'qui',
  'who',
  'personne',
  'person',
  'signataire',
  'responsable',
  'owner',
  'nom',
  'name',
];
const ROLE_HEADERS = [
  'validation',
  'validations',
  'gate',
  'gates',
  'role',
  'etape',
  'step',
  'domaine',
  'domain',
  'sujet',
  'scope',
  'approval',
  'approbation',
];

interface Reading {
  approvers: BriefApprover[];
  problems: BriefNote[];
}

/**
 * Approvers from user mentions (`<ri:user ri:account-id>`), or from full names matched (accent- and
 * case-insensitively) to the site's people. A name matching nobody, or several people, is a problem.
 */
export function readApprovers(candidate: Candidate, ctx: ReadContext): Outcome<BriefApprover[]> {
  if (candidate.kind === 'entry') return finish(fromInline(candidate.inline, undefined, candidate.source, ctx), candidate.source);
  const table = candidate.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.length > 0);
  if (table) return fromTable(table, ctx);
  const source = headingSource(candidate.heading);
  const inlines = candidate.blocks.flatMap((b): Inline[] => (b.kind === 'list' ? b.items : b.kind === 'paragraph' ? [b.inline] : []));
  if (inlines.length === 0) return failed({ key: 'briefReading.sectionEmpty', params: { field, heading: candidate.heading } });
  const readings = inlines.map((i) => fromInline(i, ROLE_IN_LINE, source, ctx));
  return finish({ approvers: readings.flatMap((r) => r.approvers), problems: readings.flatMap((r) => r.problems) }, source);
}

function fromTable(table: TableBlock, ctx: ReadContext): Outcome<BriefApprover[]> {
  const { header, body } = splitTable(table, (cells) => findColumn(cells, PERSON_HEADERS) >= 0);
  let personCol = findColumn(header, PERSON_HEADERS);
  if (personCol < 0) personCol = mostMentions(body);
  let roleCol = findColumn(header, ROLE_HEADERS, [personCol]);
  if (roleCol < 0) roleCol = personCol === 0 ? 1 : 0;
  const out: Reading = { approvers: [], problems: [] };
  const cut = truncationProblem(field, table);
  if (cut) out.problems.push(cut);
  const rows: number[] = [];
  for (const r of body) {
    const person = r.cells[personCol];
    const role = r.cells[roleCol]?.text.trim() || undefined;
    const where = rowSource(table.caption, r.row);
    if (!person || (!person.text && person.mentions.length === 0)) {
      out.problems.push({ key: 'briefReading.rowNoApprover', params: { field, ...inner('source', where), role: clip(role ?? '') } });
      continue;
    }
    const reading = fromInline(person, role ?? null, where, ctx);
    out.approvers.push(...reading.approvers);
    out.problems.push(...reading.problems);
    if (reading.approvers.length > 0) rows.push(r.row);
  }
  return finish(out, rowsSource(table.caption, rows));
}

function mostMentions(body: BodyRow[]): number {
  const counts = new Map<number, number>();
  for (const r of body) r.cells.forEach((c, i) => counts.set(i, (counts.get(i) ?? 0) + c.mentions.length));
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : 1;
}

/** Marks a line whose text besides the mentions is the role (`Juridique : @Léa`); no cell's text can equal it. */
const ROLE_IN_LINE = Symbol('ROLE_IN_LINE');

/**
 * One cell or line. `role`: the role known from another cell; `ROLE_IN_LINE`: the rest of the line is the role;
 * `undefined`: no role.
 */
function fromInline(inline: Inline, role: string | null | typeof ROLE_IN_LINE | undefined, where: BriefNote, ctx: ReadContext): Reading {
  const out: Reading = { approvers: [], problems: [] };
  const at = { field, ...inner('source', where) };
  const nameOf = (id: string): string | undefined => ctx.people.find((p) => p.accountId === id)?.displayName;
  let rest = ` ${normalize(inline.text)} `;
  for (const id of inline.mentions) {
    const displayName = nameOf(id);
    if (!displayName) out.problems.push({ key: 'briefReading.mentionUnknown', params: { ...at, accountId: clip(id) } });
    out.approvers.push({ accountId: id, ...(displayName ? { displayName } : {}) });
  }
  if (inline.mentions.length === 0) {
    for (const person of ctx.people) {
      const name = normalize(person.displayName);
      if (!name || !rest.includes(` ${name} `)) continue;
      const same = ctx.people.filter((p) => normalize(p.displayName) === name);
      if (same.length > 1)
        out.problems.push({ key: 'briefReading.nameAmbiguous', params: { ...at, name: person.displayName, count: same.length } });
      else out.approvers.push({ accountId: person.accountId, displayName: person.displayName });
      rest = rest.replace(new RegExp(` ${escapeRegExp(name)} `, 'g'), ' ');
    }
    if (out.approvers.length === 0 && out.problems.length === 0) {
      out.problems.push({ key: 'briefReading.notAPerson', params: { ...at, text: clip(inline.text) } });
    }
  }
  const roleText = role === ROLE_IN_LINE ? splitRole(inline.text, ctx) : (role ?? undefined);
  if (roleText) out.approvers = out.approvers.map((a) => ({ ...a, role: roleText }));
  return out;
}

/** `Juridique : @Léa` → `Juridique`; a line naming only people has no role. */
function splitRole(text: string, ctx: ReadContext): string | undefined {
  let role = text;
  for (const p of ctx.people) role = role.replace(new RegExp(escapeRegExp(p.displayName), 'gi'), ' ');
  role = role
    .replace(/[\s:;,()–—-]+$/g, '')
    .replace(/^[\s:;,()–—-]+/g, '')
    .trim();
  return role || undefined;
}

function finish(reading: Reading, source: BriefNote): Outcome<BriefApprover[]> {
  const seen = new Set<string>();
  const approvers = reading.approvers.filter((a) => !seen.has(a.accountId) && seen.add(a.accountId));
  return approvers.length > 0
    ? found(approvers, source, reading.problems)
    : failed(...(reading.problems.length > 0 ? reading.problems : [noApprover(source)]));
}

const noApprover = (source: BriefNote): BriefNote => ({
  key: 'briefReading.namesNoApprover',
  params: { field, ...inner('source', source) },
});
