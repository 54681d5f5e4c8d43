import type { BudgetBurn, CampaignPanel, GateStatus, Health, KpiStatus, MilestoneRisk } from '../../contracts/campaign-panel';
import type { ReportFormatters } from './format';
import type { ReportLanguage } from './language';
import { forecastWords } from '../../wording/catalog/forecast';
import { wordReason } from '../../wording/catalog/health';
import { figures, h, statusLozenge, table, type LozengeColour, type Markup } from './storage-markup';
import type { ReportStrings } from '../../wording/catalog/report';

/** What every section is written with: the words, the formatters and the language. */
export interface SectionContext {
  s: ReportStrings;
  f: ReportFormatters;
  lang: ReportLanguage;
}

const HEALTH_COLOUR: Record<Health, LozengeColour> = { on_track: 'Green', at_risk: 'Yellow', off_track: 'Red' };
const GATE_COLOUR: Record<GateStatus['state'], LozengeColour> = {
  waiting: 'Grey',
  open: 'Blue',
  approved: 'Green',
  declined: 'Red',
  changes_requested: 'Yellow',
};

export const healthLozenge = (c: SectionContext, health: Health): Markup => statusLozenge(c.s.healthState[health], HEALTH_COLOUR[health]);

export function healthSection(c: SectionContext, health: CampaignPanel['health']): Markup[] {
  const reasons = health.reasons.map((r) => h('li', wordReason(r, c.lang, c.f)));
  return [
    h('h2', c.s.health),
    h('p', healthLozenge(c, health.status)),
    reasons.length > 0 ? h('ul', ...reasons) : h('p', c.s.nothingToReport),
  ];
}

export function budgetSection(c: SectionContext, b: BudgetBurn): Markup[] {
  const { s, f } = c;
  const forecast =
    b.forecastAtCompletion !== null
      ? f.money(b.forecastAtCompletion)
      : s.forecastNote[b.forecastNote === 'ok' ? 'too_little_data' : b.forecastNote];
  return [
    h('h2', s.budget),
    figures([
      [s.planned, f.money(b.planned)],
      [s.committed, f.money(b.committed)],
      [s.actual, f.money(b.actual)],
      [s.remaining, f.money(b.remaining)],
      [s.earnedValue, f.money(b.earnedValue)],
      [s.cpi, b.cpi !== null ? s.spendPace(b.cpi) : '—'],
      [s.forecast, forecast],
      [s.workDone, f.percent(b.percentComplete)],
      [s.spent, f.percent(b.percentSpent)],
    ]),
    // How the expected final cost is computed, with the precise terms (EAC, CPI) the labels leave out.
    ...(b.forecastAtCompletion !== null && b.cpi !== null
      ? [h('p', h('em', s.finalCostTip(f.number(b.cpi), f.money(b.earnedValue))))]
      : []),
    h('h3', s.chartTitle),
    h('p', s.chartNote),
    table(
      [s.date, s.seriesPlanned, s.seriesActual, s.seriesForecast],
      b.series.map((p) => [
        f.date(p.date),
        f.money(p.plannedCumulative),
        p.actualCumulative !== null ? f.money(p.actualCumulative) : '—',
        p.forecastCumulative !== null ? f.money(p.forecastCumulative) : '—',
      ]),
    ),
    ...spendTables(c, b),
  ];
}

function spendTables(c: SectionContext, b: BudgetBurn): Markup[] {
  const { s, f } = c;
  const out: Markup[] = [];
  if (b.byCategory.length > 0) {
    out.push(
      h('h3', s.byCategory),
      table(
        [s.category, s.planned, s.committed, s.actual],
        b.byCategory.map((r) => [s.categories[r.category] ?? r.category, f.money(r.planned), f.money(r.committed), f.money(r.actual)]),
      ),
    );
  }
  if (b.byMilestone.length > 0) {
    out.push(
      h('h3', s.byMilestone),
      table(
        [s.milestone, s.planned, s.actual],
        b.byMilestone.map((r) => [`${r.milestoneKey} ${r.name}`, f.money(r.planned), f.money(r.actual)]),
      ),
    );
  }
  return out;
}

function milestoneNotes(c: SectionContext, m: MilestoneRisk): Markup | null {
  const notes = [
    ...m.overdueDependencies.map((d) => c.s.overdueDependency(d.key, d.summary, c.f.date(d.dueDate))),
    ...m.lateGates.map((g) => c.s.lateGate(g.name, c.f.date(g.dueDate))),
  ];
  return notes.length > 0 ? h('ul', ...notes.map((n) => h('li', n))) : null;
}

export function milestoneSection(c: SectionContext, milestones: readonly MilestoneRisk[]): Markup[] {
  const { s, f } = c;
  if (milestones.length === 0) return [h('h2', s.deadlines), h('p', s.noMilestones)];
  return [
    h('h2', s.deadlines),
    table(
      // Seven columns, so the table reads on a laptop and in the PDF export: the state and the work left in words.
      [s.milestone, s.due, s.risk, s.outlook, s.p50, s.p85, s.workLeft],
      milestones.map((m) => [
        [`${m.key} ${m.name}`, milestoneNotes(c, m)],
        m.dueDate ? f.date(m.dueDate) : '—',
        m.status === 'done' ? statusLozenge(s.done, 'Green') : healthLozenge(c, m.risk),
        outlookOf(c, m),
        m.p50 ? f.date(m.p50) : '—',
        m.p85 ? f.date(m.p85) : '—',
        m.status === 'done' ? '—' : s.workRemaining(m.openTasks, f.number(m.remainingWorkDays), m.businessDaysLeft),
      ]),
    ),
    h('p', s.forecastLegend),
    ...statisticsNote(c, milestones),
  ];
}

/** The risk in plain words ("Probably 2 business days late"), from the forecast's business days after the due date. */
function outlookOf(c: SectionContext, m: MilestoneRisk): string {
  if (m.status === 'done' || m.p50DaysAfterDue === null || m.p50DaysAfterDue === undefined) return '—';
  return forecastWords(c.lang).outlook(m.p50DaysAfterDue, m.p85DaysAfterDue ?? null);
}

/** What « au plus tôt » and « prudent » are (P50, P85) and how many simulations they come from: the panel's tooltip. */
function statisticsNote(c: SectionContext, milestones: readonly MilestoneRisk[]): Markup[] {
  const network = milestones.filter((m) => m.status === 'open' && m.forecastBasis === 'network' && m.trials > 0);
  if (network.length === 0) return [];
  const w = forecastWords(c.lang);
  const trials = Math.max(...network.map((m) => m.trials));
  const se = Math.max(...network.map((m) => m.standardErrorDays ?? 0));
  return [h('p', h('em', w.datesTip(w.basis(trials, se))))];
}

function approverList(c: SectionContext, g: GateStatus): Markup {
  const items = g.approvers.map((a) =>
    h(
      'li',
      a.decision
        ? `${a.displayName} ${c.s.decisions[a.decision]}${a.decidedAt ? ` (${c.f.date(a.decidedAt)})` : ''}`
        : c.s.awaiting(a.displayName),
    ),
  );
  return items.length > 0 ? h('ul', ...items) : h('p', '—');
}

export function signOffSection(c: SectionContext, gates: readonly GateStatus[]): Markup[] {
  const { s, f } = c;
  if (gates.length === 0) return [h('h2', s.signOff), h('p', s.noGates)];
  const nameOf = (g: GateStatus, id: string): string => g.approvers.find((a) => a.accountId === id)?.displayName ?? id;
  return [
    h('h2', s.signOff),
    table(
      [s.gate, s.due, s.status, s.approvers, s.pending, s.timeliness],
      gates.map((g) => [
        g.name,
        f.date(g.dueDate),
        statusLozenge(s.gateState[g.state], GATE_COLOUR[g.state]),
        approverList(c, g),
        g.pending.length > 0 ? g.pending.map((id) => nameOf(g, id)).join(', ') : '—',
        g.late ? s.lateBy(g.businessDaysLate) : s.onTime,
      ]),
    ),
  ];
}

function pace(c: SectionContext, k: KpiStatus): Markup | string {
  if (k.actual === null) return c.s.notMeasured;
  if (k.onPace === null) return c.s.outsideWindow;
  return statusLozenge(k.onPace ? c.s.onPace : c.s.behindPace, k.onPace ? 'Green' : 'Yellow');
}

export function kpiSection(c: SectionContext, kpis: readonly KpiStatus[]): Markup[] {
  const { s, f } = c;
  if (kpis.length === 0) return [h('h2', s.kpis), h('p', s.noKpis)];
  return [
    h('h2', s.kpis),
    table(
      [s.kpi, s.target, s.kpiActual, s.expectedByNow, s.pace],
      kpis.map((k) => [
        k.name,
        f.kpi(k.target, k.unit),
        k.actual !== null ? f.kpi(k.actual, k.unit) : '—',
        k.expectedByNow !== null ? f.kpi(k.expectedByNow, k.unit) : '—',
        pace(c, k),
      ]),
    ),
  ];
}
