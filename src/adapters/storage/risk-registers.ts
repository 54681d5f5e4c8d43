import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { Likelihood, RiskCost, RiskStatus } from '../../contracts/risks';
import type { StoredRisk } from '../../domain/risks/register';

/**
 * Each campaign's risk register, `risks:<EPIC-KEY>`: one value holding every risk, written whole, so a save never
 * leaves half a register (a register holds 50 risks at most, well inside a value's size).
 */
const KEY = (epicKey: string): string => `risks:${epicKey}`;

const Stored = z.object({
  riskId: z.string(),
  title: z.string(),
  likelihood: Likelihood,
  impactDays: z.number(),
  targets: z.array(z.string()),
  impactCost: RiskCost.optional(),
  ownerAccountId: z.string(),
  mitigation: z.string(),
  status: RiskStatus,
  updatedAt: z.string(),
  updatedBy: z.string(),
});

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
