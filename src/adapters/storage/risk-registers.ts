import { kvs } from '@forge/kvs';
import type { StoredRisk } from '../../domain/risks/register';
import { StoredRiskSchema as Stored } from '../../domain/risks/stored-risk';

/**
 * Each campaign's risk register, `risks:<EPIC-KEY>`: one value holding every risk, written whole, so a save never
 * leaves half a register (a register holds 50 risks at most, well inside a value's size).
 */
const KEY = (epicKey: string): string => `risks:${epicKey}`;

/** A risk that no longer parses is left out (and logged) rather than break the panel's forecast. */
export async function listRiskRegister(epicKey: string): Promise<StoredRisk[]> {
  const value = await kvs.get<unknown>(KEY(epicKey));
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const parsed = Stored.safeParse(item);
    if (!parsed.success) console.error(`[campaign-control] unreadable risk in the register of ${epicKey}`);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveRiskRegister(epicKey: string, risks: readonly StoredRisk[]): Promise<void> {
  await kvs.set(KEY(epicKey), risks);
}
