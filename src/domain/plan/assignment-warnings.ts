import type { IsoDate, OwnerRole, PlanGate, PlanRow, PlanWarning } from '../model';
import { planWarning } from './warning';

export type RoleAssignments = Partial<Record<OwnerRole, string[]>>;

/** Warning kinds recomputed from rows and gates whenever they change (the rest come from the schedule or the brief). */
export const ASSIGNMENT_WARNING_KINDS: ReadonlySet<PlanWarning['kind']> = new Set(['no_assignee']);

export function assignmentWarnings(rows: readonly PlanRow[]): PlanWarning[] {
  return rows
    .filter((r) => !r.assigneeAccountId)
    .map((r) =>
      planWarning(
        { rowId: r.rowId, kind: 'no_assignee', field: 'assigneeAccountId' },
        { key: 'plan.noAssignee', params: { summary: r.summary, role: r.ownerRole } },
      ),
    );
}

/** Gates without enough approvers to ever reach their quorum, and sign-offs due before today. */
export function gateWarnings(gates: readonly PlanGate[], today: IsoDate): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const g of gates) {
    const have = g.approverAccountIds.length;
    const need = g.quorum.kind === 'count' ? g.quorum.n : 1;
    if (have < need) {
      const roles = g.approverRoles.join(',');
      out.push(
        planWarning(
          { rowId: g.gateId, kind: 'no_assignee', field: 'approverAccountIds' },
          have === 0
            ? { key: 'plan.gateNoApprover', params: { gate: g.name, roles } }
            : { key: 'plan.gateShortApprovers', params: { gate: g.name, need, have, roles } },
        ),
      );
    }
    if (g.dueDate < today)
      out.push(
        planWarning(
          { rowId: g.gateId, kind: 'in_past', field: 'dueDate' },
          { key: 'plan.gateInPast', params: { gate: g.name, due: g.dueDate, today } },
        ),
      );
  }
  return out;
}
