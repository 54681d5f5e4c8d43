import type { IsoDate, OwnerRole, PlanGate, PlanRow, PlanWarning } from '../model';

export type RoleAssignments = Partial<Record<OwnerRole, string[]>>;

/** Warning kinds recomputed from rows and gates whenever they change (the rest come from the schedule or the brief). */
export const ASSIGNMENT_WARNING_KINDS: ReadonlySet<PlanWarning['kind']> = new Set(['no_assignee']);

export function assignmentWarnings(rows: readonly PlanRow[]): PlanWarning[] {
  return rows
    .filter((r) => !r.assigneeAccountId)
    .map((r) => ({
      rowId: r.rowId,
      kind: 'no_assignee' as const,
      field: 'assigneeAccountId',
      message: `'${r.summary}' (${r.rowId}) has nobody in the role '${r.ownerRole}'`,
    }));
}

/** Gates without enough approvers to ever reach their quorum, and sign-offs due before today. */
export function gateWarnings(gates: readonly PlanGate[], today: IsoDate): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const g of gates) {
    const have = g.approverAccountIds.length;
    const need = g.quorum.kind === 'count' ? g.quorum.n : 1;
    if (have < need) {
      const roles = g.approverRoles.join(', ');
      out.push({
        rowId: g.gateId,
        kind: 'no_assignee',
        field: 'approverAccountIds',
        message:
          have === 0
            ? `Gate '${g.name}' has no approver: nobody holds the role(s) ${roles}`
            : `Gate '${g.name}' needs ${need} approvals but only ${have} approver(s) hold the role(s) ${roles}`,
      });
    }
    if (g.dueDate < today)
      out.push({
        rowId: g.gateId,
        kind: 'in_past',
        field: 'dueDate',
        message: `Gate '${g.name}' would be due ${g.dueDate}, before today ${today}`,
      });
  }
  return out;
}
