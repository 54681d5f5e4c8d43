import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { KpiPoint, SpendPoint } from '../../domain/kpi';
import { ImportId } from '../../contracts/kpi';

/**
 * CSV imports of KPI and spend actuals. An import is written in parts (`kpi-import:<EPIC>:<importId>:part:<n>`),
 * then made visible by its summary (`kpi-import-active:<EPIC>:<importId>`), written last with FAIL_IF_EXISTS:
 * readers only follow summaries, so a write that fails half-way leaves nothing visible, and the same import id
 * (the request id) never imports twice.
 */
const PART_KEY = (epicKey: string, importId: string, n: number): string => `kpi-import:${epicKey}:${importId}:part:${n}`;
const ACTIVE_PREFIX = (epicKey: string): string => `kpi-import-active:${epicKey}:`;
const ACTIVE_KEY = (epicKey: string, importId: string): string => `${ACTIVE_PREFIX(epicKey)}${importId}`;
/** About 80 bytes a point: a part stays far below KVS's 240 KiB value limit. */
const POINTS_PER_PART = 1000;
const PAGE = 100;

export { ImportId };

const ImportPart = z.object({ kpiPoints: z.array(KpiPoint), spendPoints: z.array(SpendPoint) }).strict();
type ImportPart = z.infer<typeof ImportPart>;

export const ImportSummary = z
  .object({
    importId: ImportId,
    epicKey: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
    fileName: z.string().max(255).optional(),
    source: z.string(),
    parts: z.number().int().min(1),
    kpiPoints: z.number().int().min(0),
    spendPoints: z.number().int().min(0),
    channels: z.array(
      z.object({ channel: z.string(), category: z.string(), column: z.string(), total: z.number(), rows: z.number().int() }).strict(),
    ),
  })
  .strict();
export type ImportSummary = z.infer<typeof ImportSummary>;

export interface StoredImport {
  summary: ImportSummary;
  kpiPoints: KpiPoint[];
  spendPoints: SpendPoint[];
}

function split(kpiPoints: readonly KpiPoint[], spendPoints: readonly SpendPoint[]): ImportPart[] {
  const parts: ImportPart[] = [];
  for (let i = 0; i < Math.max(1, kpiPoints.length + spendPoints.length); i += POINTS_PER_PART) {
    const end = i + POINTS_PER_PART;
    parts.push({
      kpiPoints: kpiPoints.slice(Math.min(i, kpiPoints.length), Math.min(end, kpiPoints.length)),
      spendPoints: spendPoints.slice(Math.max(0, i - kpiPoints.length), Math.max(0, end - kpiPoints.length)),
    });
  }
  return parts;
}

export async function getImportSummary(epicKey: string, importId: string): Promise<ImportSummary | undefined> {
  const parsed = ImportSummary.safeParse(await kvs.get<unknown>(ACTIVE_KEY(epicKey, importId)));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Writes an import's parts, then its summary. Answers the stored summary and whether this call created it (false:
 * the import id was already imported, nothing written again).
 */
export async function saveImport(
  summary: Omit<ImportSummary, 'parts'>,
  kpiPoints: readonly KpiPoint[],
  spendPoints: readonly SpendPoint[],
): Promise<{ summary: ImportSummary; created: boolean }> {
  const existing = await getImportSummary(summary.epicKey, summary.importId);
  if (existing) return { summary: existing, created: false };
  const parts = split(kpiPoints, spendPoints);
  // Parts first, one at a time: until the summary exists they are invisible, and a retry rewrites them.
  for (const [n, part] of parts.entries()) await kvs.set(PART_KEY(summary.epicKey, summary.importId, n), ImportPart.parse(part));
  const full = ImportSummary.parse({ ...summary, parts: parts.length });
  try {
    await kvs.set(ACTIVE_KEY(summary.epicKey, summary.importId), full, { keyPolicy: 'FAIL_IF_EXISTS' });
    return { summary: full, created: true };
  } catch (e) {
    if (!(e instanceof ForgeKvsAPIError && e.code === 'KEY_ALREADY_EXISTS')) throw e;
    const winner = await getImportSummary(summary.epicKey, summary.importId);
    if (!winner) throw e;
    return { summary: winner, created: false };
  }
}

async function listSummaries(epicKey: string): Promise<ImportSummary[]> {
  const out: ImportSummary[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(ACTIVE_PREFIX(epicKey)))
      .limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) {
      const parsed = ImportSummary.safeParse(r.value);
      if (parsed.success) out.push(parsed.data);
      else console.error(`[campaign-control] unreadable KPI import ${r.key}`);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
}

/** Every visible import of a campaign with its points, oldest first (a later import corrects an earlier one). */
export async function listImports(epicKey: string): Promise<StoredImport[]> {
  const summaries = await listSummaries(epicKey);
  return Promise.all(
    summaries.map(async (summary) => {
      const parts = await Promise.all(
        Array.from({ length: summary.parts }, (_, n) => kvs.get<unknown>(PART_KEY(epicKey, summary.importId, n))),
      );
      const read = parts.map((p) => ImportPart.safeParse(p));
      if (read.some((r) => !r.success)) {
        console.error(`[campaign-control] KPI import ${summary.importId} of ${epicKey} has an unreadable part; it is left out`);
        return { summary, kpiPoints: [], spendPoints: [] };
      }
      const ok = read.map((r) => (r as { success: true; data: ImportPart }).data);
      return { summary, kpiPoints: ok.flatMap((p) => p.kpiPoints), spendPoints: ok.flatMap((p) => p.spendPoints) };
    }),
  );
}
