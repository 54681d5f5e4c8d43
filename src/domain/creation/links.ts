import type { CampaignPlan } from '../model';
import type { ExistingLink } from './existing-issues';

export const BLOCKS = 'Blocks';

/** A link the plan needs, by row id: `fromRowId` blocks `toRowId`. */
export interface PlannedLink {
  type: typeof BLOCKS;
  fromRowId: string;
  toRowId: string;
}

/** Every task blocks its milestone; every predecessor blocks its successor. Duplicates collapse to one. */
export function plannedLinks(plan: CampaignPlan): PlannedLink[] {
  const rowIds = new Set(plan.rows.map((r) => r.rowId));
  const out = new Map<string, PlannedLink>();
  const add = (fromRowId: string, toRowId: string): void => {
    if (fromRowId === toRowId || !rowIds.has(fromRowId) || !rowIds.has(toRowId)) return;
    out.set(`${fromRowId}>${toRowId}`, { type: BLOCKS, fromRowId, toRowId });
  };
  for (const row of plan.rows) {
    if (row.kind === 'task' && row.parentRowId) add(row.rowId, row.parentRowId);
    for (const d of row.dependsOn) add(d.rowId, row.rowId);
  }
  return [...out.values()];
}

export interface LinkToCreate extends PlannedLink {
  fromKey: string;
  toKey: string;
}

export interface LinkDiff {
  missing: LinkToCreate[];
  /** Links whose issues do not exist yet (their rows failed): cannot be created now. */
  blocked: PlannedLink[];
  existingCount: number;
}

/** Which planned links are not in Jira yet, given which issue each row became and the links Jira shows. */
export function diffLinks(
  planned: readonly PlannedLink[],
  keyByRow: Readonly<Record<string, string>>,
  existing: readonly ExistingLink[],
): LinkDiff {
  const have = new Set(existing.map((l) => `${l.type}|${l.fromKey}|${l.toKey}`));
  const missing: LinkToCreate[] = [];
  const blocked: PlannedLink[] = [];
  let existingCount = 0;
  for (const p of planned) {
    const fromKey = keyByRow[p.fromRowId];
    const toKey = keyByRow[p.toRowId];
    if (!fromKey || !toKey) blocked.push(p);
    else if (have.has(`${p.type}|${fromKey}|${toKey}`)) existingCount++;
    else missing.push({ ...p, fromKey, toKey });
  }
  return { missing, blocked, existingCount };
}
