import type { Formatters } from './format';
import type { Strings } from './i18n';
import { BriefPanel } from './BriefPanel';
import { BudgetTable } from './BudgetTable';
import { GatesTable } from './GatesTable';
import { KpiTable } from './KpiTable';
import { PlanFacts } from './PlanFacts';
import { PlanSection } from './PlanSection';
import { RoleMapping } from './RoleMapping';
import { RowsTable } from './RowsTable';
import type { PlanDraft } from './usePlanDraft';
import { Timeline } from './Timeline';
import { Warnings } from './Warnings';
import { EarliestLaunch } from './EarliestLaunch';
import { ConflictsSection } from '../../kit/ConflictsSection';
import { CollisionsList } from '../../kit/CollisionsList';
import { Targeting } from './Targeting';
import type { LevelingProposal } from '../../../src/contracts/conflicts';
import type { OwnerRole, PlanWarning, PreviewCampaignResult } from './types';

interface Props {
  t: Strings;
  f: Formatters;
  data: PreviewCampaignResult;
  today: string;
  busy: boolean;
  /** The PM's edits of the plan: rows edited, removed and restored, and the role mapping. */
  draft: Pick<
    PlanDraft,
    'removed' | 'onEdit' | 'onRemove' | 'onRestore' | 'onRoles' | 'onLaunchDate' | 'onTargeting' | 'onBriefPick' | 'onBriefAi'
  >;
}

/** A leveling proposal as the PM's edit: the task's new due date or assignee, or (their choice) a later launch. */
function applyProposal(p: LevelingProposal, draft: Pick<PlanDraft, 'onEdit' | 'onLaunchDate'>): void {
  if (p.kind === 'move_launch' && p.launchDate) draft.onLaunchDate(p.launchDate);
  if (p.kind === 'shift' && p.rowId && p.dueDate) draft.onEdit(p.rowId, { dueDate: p.dueDate });
  if (p.kind === 'reassign' && p.rowId && p.toAccountId) draft.onEdit(p.rowId, { assigneeAccountId: p.toAccountId });
}

/** Warnings about dates; the timeline marks only these rows (a missing assignee is not a scheduling problem). */
const SCHEDULE_KINDS: ReadonlySet<PlanWarning['kind']> = new Set(['in_past', 'cannot_fit', 'dependency_violated', 'after_milestone']);

/** Every role the plan needs, in a stable order: the mapping's, then the rows', then the approvers'. */
function rolesOf(data: PreviewCampaignResult): OwnerRole[] {
  const roles = new Set<OwnerRole>(Object.keys(data.roleAssignments) as OwnerRole[]);
  data.plan.rows.forEach((r) => roles.add(r.ownerRole));
  data.plan.gates.forEach((g) => g.approverRoles.forEach((r) => roles.add(r)));
  return [...roles];
}

function PlanHeader({ t, name, busy }: { t: Strings; name: string; busy: boolean }) {
  return (
    <header className="plan__header">
      <h2 id="plan-heading" className="card__title">
        {t.stepPreview}
        {t.colon}
        {name}
      </h2>
      {busy && (
        <span className="plan__updating" role="status">
          <span className="spinner" aria-hidden="true" /> {t.updating}
        </span>
      )}
    </header>
  );
}

export function PlanView({ t, f, data, today, busy, draft }: Props) {
  const { removed, onEdit, onRemove, onRestore, onRoles, onLaunchDate, onTargeting } = draft;
  const { plan, people } = data;
  const personName = (id: string): string => people.find((p) => p.accountId === id)?.displayName ?? id;
  // Only people Jira lets be assigned work in the project are offered (read-only people and outsiders are not).
  const assignable = data.assignableAccountIds ? new Set(data.assignableAccountIds) : undefined;
  const offered = assignable ? people.filter((p) => assignable.has(p.accountId)) : people;
  const names = new Map<string, string>([
    ...plan.rows.map((r) => [r.rowId, r.summary] as const),
    ...plan.gates.map((g) => [g.gateId, g.name] as const),
    ...plan.kpis.map((k) => [k.kpiId, k.name] as const),
  ]);
  const warningsByRow = new Map<string, PlanWarning[]>();
  for (const w of plan.warnings) if (w.rowId) warningsByRow.set(w.rowId, [...(warningsByRow.get(w.rowId) ?? []), w]);

  return (
    <section className="card plan" aria-labelledby="plan-heading" aria-busy={busy} data-testid="plan">
      <PlanHeader t={t} name={plan.name} busy={busy} />
      <PlanFacts t={t} f={f} plan={plan} />
      <Warnings t={t} warnings={plan.warnings} nameOf={(id) => names.get(id)} />
      {data.earliestLaunch && data.earliestLaunch.launchDate !== plan.launchDate && (
        <EarliestLaunch t={t} earliest={data.earliestLaunch} busy={busy} onApply={onLaunchDate} />
      )}
      <PlanSection id="timeline" title={t.timeline}>
        <Timeline
          t={t}
          f={f}
          rows={plan.rows}
          launchDate={plan.launchDate}
          today={today}
          warnedRowIds={new Set(plan.warnings.filter((w) => w.rowId && SCHEDULE_KINDS.has(w.kind)).map((w) => w.rowId ?? ''))}
        />
      </PlanSection>
      <RoleMapping
        t={t}
        roles={rolesOf(data)}
        assignments={data.roleAssignments}
        people={offered}
        names={people}
        busy={busy}
        onChange={onRoles}
      />
      {data.conflicts && (
        <ConflictsSection
          lang={t.lang}
          conflicts={data.conflicts}
          id="plan-conflicts"
          busy={busy}
          onApply={(p) => applyProposal(p, { onEdit, onLaunchDate })}
        />
      )}
      <Targeting t={t} audiences={plan.audiences ?? []} channels={plan.channels ?? []} busy={busy} onChange={onTargeting} />
      {data.collisions && (
        <CollisionsList lang={t.lang} collisions={data.collisions} names={new Map(people.map((p) => [p.accountId, p.displayName]))} />
      )}
      <RowsTable
        t={t}
        f={f}
        rows={plan.rows}
        people={people}
        offered={offered}
        warningsByRow={warningsByRow}
        removed={removed}
        busy={busy}
        onEdit={onEdit}
        onRemove={onRemove}
        onRestore={onRestore}
      />
      <GatesTable t={t} f={f} gates={plan.gates} milestoneName={(id) => names.get(id) ?? id} personName={personName} />
      <div className="columns">
        <KpiTable t={t} f={f} kpis={plan.kpis} />
        <BudgetTable t={t} f={f} rows={plan.rows} budget={plan.budget.amount} />
      </div>
      {plan.brief && <BriefPanel t={t} f={f} brief={plan.brief} busy={busy} onPick={draft.onBriefPick} onAskAi={draft.onBriefAi} />}
    </section>
  );
}
