import type { IsoDate } from '../model';

export interface GateDue {
  campaign: string;
  gateId: string;
  name: string;
  dueDate: IsoDate;
  approverAccountIds: readonly string[];
  /** Approved or declined gates ask nothing more of anyone. */
  closed: boolean;
}

export interface ApproverClash {
  accountId: string;
  date: IsoDate;
  gates: { campaign: string; gateId: string; name: string }[];
}

/** Approvers with two or more open sign-offs due on the same day, across every campaign. */
export function approverClashes(gates: readonly GateDue[], today: IsoDate): ApproverClash[] {
  const byDay = new Map<string, ApproverClash>();
  for (const g of gates) {
    if (g.closed || g.dueDate < today) continue;
    for (const accountId of new Set(g.approverAccountIds)) {
      const key = `${accountId} ${g.dueDate}`;
      const clash = byDay.get(key) ?? { accountId, date: g.dueDate, gates: [] };
      clash.gates.push({ campaign: g.campaign, gateId: g.gateId, name: g.name });
      byDay.set(key, clash);
    }
  }
  return [...byDay.values()]
    .filter((c) => c.gates.length > 1)
    .sort((a, b) => a.date.localeCompare(b.date) || a.accountId.localeCompare(b.accountId));
}
