import { CampaignTemplate } from '../../../src/domain/model';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../src/domain/templates';
import { buildPlan } from '../../../src/domain/plan/build-plan';
import { addBusinessDays } from '../../../src/domain/schedule/business-days';
import { SCHEDULE_WARNING_KINDS } from '../../../src/domain/schedule/check-schedule';

const TODAY = '2026-03-02';
const plan = (template: CampaignTemplate, launchDate: string, calendar: 'FR' | 'US' = 'FR') =>
  buildPlan({
    template,
    launchDate,
    budget: template.referenceBudget,
    holidayCalendar: calendar,
    language: 'en',
    projectKey: 'MKT',
    today: TODAY,
    roleAssignments: {},
  });

describe('built-in templates', () => {
  it('ships at least the five scenario templates, each with a unique id', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['black-friday-omnichannel', 'product-launch', 'webinar-series', 'trade-show', 'ebook-leadgen']),
    );
  });

  it('finds a built-in by id and nothing for an unknown id', () => {
    expect(builtInTemplate('trade-show')?.name.en).toBe('Trade show');
    expect(builtInTemplate('nope')).toBeUndefined();
  });

  it('has one template with 59 rows (a 60-issue campaign with its epic)', () => {
    expect(BUILT_IN_TEMPLATES.some((t) => t.milestones.length + t.tasks.length === 59)).toBe(true);
  });

  describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('round-trips through the zod schema unchanged and is marked built-in', () => {
      expect(CampaignTemplate.parse(template)).toEqual(template);
      expect(template.builtIn).toBe(true);
    });

    it('has 6–14 milestones, tasks under every milestone, names in both languages', () => {
      expect(template.milestones.length).toBeGreaterThanOrEqual(6);
      expect(template.milestones.length).toBeLessThanOrEqual(14);
      for (const m of template.milestones) expect(template.tasks.some((t) => t.milestoneId === m.id)).toBe(true);
      expect(template.name.en).not.toBe(template.name.fr);
    });

    // Plan warnings name a row or a gate by the same `rowId`, so the ids must not clash.
    it('uses one id space for milestones, tasks and gates', () => {
      const ids = [...template.milestones.map((m) => m.id), ...template.tasks.map((t) => t.id), ...template.gates.map((g) => g.id)];
      expect(new Set(ids).size).toBe(ids.length);
    });

    // The scenarios keep up to ~7% of the budget as unallocated contingency.
    it('costs add up to the reference budget, less at most a 7% contingency', () => {
      const total = template.tasks.reduce((s, t) => s + (t.plannedCost?.amount ?? 0), 0);
      expect(total).toBeLessThanOrEqual(template.referenceBudget.amount);
      expect(total).toBeGreaterThanOrEqual(template.referenceBudget.amount * 0.93);
    });

    it('has approval gates including a legal sign-off that needs a reason to decline, and KPIs', () => {
      expect(template.gates.length).toBeGreaterThanOrEqual(3);
      const legal = template.gates.filter((g) => g.approverRoles.includes('legal'));
      expect(legal.length).toBeGreaterThan(0);
      for (const g of legal) expect(g.declineNeedsReason).toBe(true);
      expect(template.kpis.length).toBeGreaterThanOrEqual(5);
    });

    it.each(['FR', 'US'] as const)('schedules without dependency or milestone violations ~120 business days ahead (%s)', (calendar) => {
      const p = plan(template, addBusinessDays(TODAY, 120, calendar), calendar);
      expect(p.warnings.filter((w) => w.kind === 'dependency_violated' || w.kind === 'after_milestone')).toEqual([]);
      for (const row of p.rows) {
        expect(row.startDate <= row.dueDate).toBe(true);
        const milestone = p.rows.find((r) => r.rowId === row.parentRowId);
        if (milestone) expect(row.dueDate <= milestone.dueDate).toBe(true);
      }
    });

    it('fits entirely when launched far enough ahead (no schedule warnings at all)', () => {
      const p = plan(template, addBusinessDays(TODAY, 200, 'FR'));
      expect(p.warnings.filter((w) => SCHEDULE_WARNING_KINDS.has(w.kind))).toEqual([]);
    });
  });

  it('a trade show launched 120 business days ahead cannot fit: booth space is booked ~6 months out', () => {
    const tradeShow = builtInTemplate('trade-show') as CampaignTemplate;
    const p = plan(tradeShow, addBusinessDays(TODAY, 120, 'FR'));
    expect(p.warnings.some((w) => w.kind === 'cannot_fit' && !w.rowId)).toBe(true);
  });
});

/** Every French text of a template, found by walking it: objects with `en` and `fr` strings are bilingual texts. */
function frenchTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) frenchTexts(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.fr === 'string') out.push(o.fr);
    else for (const v of Object.values(o)) frenchTexts(v, out);
  }
  return out;
}

describe('the built-in templates’ French', () => {
  it('puts a narrow no-break space, never a plain one, before : ; ? ! (these texts become Jira summaries)', () => {
    const texts = BUILT_IN_TEMPLATES.flatMap((t) => frenchTexts(t));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((s) => / [:;?!]|[^\s\u202f\u00a0][:;?!](\s|$)/u.test(s))).toEqual([]);
  });
});
