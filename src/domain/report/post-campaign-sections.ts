import type { BudgetBurn } from '../../contracts/campaign-panel';
import type { KpiOutcome, SlipCause, SlippedMilestone, SpendLine } from './post-campaign';
import { spendLine } from './post-campaign';
import { figures, h, statusLozenge, table, type LozengeColour, type Markup } from './storage-markup';
import type { SectionContext } from './status-sections';

const RESULT_COLOUR: Record<KpiOutcome['result'], LozengeColour> = { met: 'Green', missed: 'Red', not_measured: 'Grey' };

/** Signed money or number: "+1 234,00 €" / "−500" reads as a variance. */
const signed = (text: string, n: number): string => (n > 0 ? `+${text}` : text);

export function summarySection(c: SectionContext, outcomes: readonly KpiOutcome[], b: BudgetBurn, slipped: number): Markup[] {
  const met = outcomes.filter((o) => o.result === 'met').length;
  return [h('h2', c.s.summary), h('p', c.s.summaryLine(met, outcomes.length, c.f.money(b.actual), c.f.money(b.planned), slipped))];
}

export function kpiOutcomeSection(c: SectionContext, outcomes: readonly KpiOutcome[]): Markup[] {
  const { s, f } = c;
  if (outcomes.length === 0) return [h('h2', s.kpis), h('p', s.noKpis)];
  return [
    h('h2', s.kpis),
    table(
      [s.kpi, s.target, s.kpiActual, s.difference, s.result],
      outcomes.map((o) => [
        o.kpi.name,
        f.kpi(o.kpi.target, o.kpi.unit),
        o.kpi.actual !== null ? f.kpi(o.kpi.actual, o.kpi.unit) : '—',
        o.difference !== null ? signed(f.kpi(o.difference, o.kpi.unit), o.difference) : '—',
        statusLozenge(s.results[o.result], RESULT_COLOUR[o.result]),
      ]),
    ),
  ];
}

function spendTable(c: SectionContext, first: string, lines: readonly SpendLine[]): Markup {
  const { s, f } = c;
  return table(
    [first, s.planned, s.actual, s.variance],
    lines.map((l) => [l.label, f.money(l.planned), f.money(l.actual), signed(f.money(l.variance), l.variance)]),
  );
}

export function spendSection(c: SectionContext, b: BudgetBurn): Markup[] {
  const { s, f } = c;
  const total = spendLine(s.planned, b.planned, b.actual);
  const out: Markup[] = [
    h('h2', s.spendVsBudget),
    figures([
      [s.planned, f.money(b.planned)],
      [s.actual, f.money(b.actual)],
      [s.variance, signed(f.money(total.variance), total.variance)],
      [s.spent, f.percent(b.percentSpent)],
      [s.committed, f.money(b.committed)],
    ]),
  ];
  if (b.byCategory.length > 0)
    out.push(
      h('h3', s.byCategory),
      spendTable(
        c,
        s.category,
        b.byCategory.map((r) => spendLine(s.categories[r.category] ?? r.category, r.planned, r.actual)),
      ),
    );
  if (b.byMilestone.length > 0)
    out.push(
      h('h3', s.byMilestone),
      spendTable(
        c,
        s.milestone,
        b.byMilestone.map((r) => spendLine(`${r.milestoneKey} ${r.name}`, r.planned, r.actual)),
      ),
    );
  return out;
}

function causeText(c: SectionContext, cause: SlipCause): string {
  const { s, f } = c;
  switch (cause.kind) {
    case 'task_late':
      return s.cause.taskLate(cause.key, cause.summary, cause.businessDaysLate, cause.finishedOn ? f.date(cause.finishedOn) : null);
    case 'gate_late':
      return s.cause.gateLate(cause.gate, cause.businessDaysLate);
    case 'signoff':
      return s.cause.signoff(cause.gate, cause.decision, cause.by, f.date(cause.on), cause.reason);
  }
}

export function slippedSection(c: SectionContext, slipped: readonly SlippedMilestone[]): Markup[] {
  const { s, f } = c;
  if (slipped.length === 0) return [h('h2', s.slipped), h('p', s.nothingSlipped)];
  return [
    h('h2', s.slipped),
    table(
      [s.milestone, s.due, s.finished, s.businessDaysLate, s.why],
      slipped.map((m) => [
        `${m.key} ${m.name}`,
        m.dueDate ? f.date(m.dueDate) : '—',
        m.finishedOn ? f.date(m.finishedOn) : s.notFinished,
        f.number(m.businessDaysLate),
        m.causes.length > 0 ? h('ul', ...m.causes.map((cause) => h('li', causeText(c, cause)))) : s.noCauseFound,
      ]),
    ),
  ];
}
