import { z } from 'zod';
import type { ResultOf } from '../src/contracts/registry';
import type { BenchHost } from './bench-host';
import { must } from '../local/shared/must';

type Plan = ResultOf<'previewCampaign'>['plan'];

/** Black Friday plan trimmed to at most `maxRows` rows: milestones first, then tasks; links to dropped rows removed. */
function trimPlan(plan: Plan, maxRows: number): Plan {
  const milestones = plan.rows.filter((r) => r.kind === 'milestone');
  const tasks = plan.rows.filter((r) => r.kind === 'task');
  const kept = [...milestones, ...tasks].slice(0, maxRows);
  const ids = new Set(kept.map((r) => r.rowId));
  return {
    ...plan,
    rows: kept.map((r) => ({ ...r, dependsOn: r.dependsOn.filter((d) => ids.has(d.rowId)) })),
    gates: plan.gates.filter((g) => ids.has(g.milestoneRowId)),
  };
}

/** The parts of Jira's answers the seeding reads. */
const Fields = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const BulkCreated = z.object({ errors: z.array(z.unknown()) });
const SearchPage = z.object({ issues: z.array(z.object({ key: z.string() })), nextPageToken: z.string().optional() });

export interface SeededCampaign {
  epicKey: string;
  keys: string[];
  /** The plan the app's creation job created (the template's, trimmed to `n - 1` rows). */
  plan: Plan;
}

/**
 * A campaign of exactly `n` issues: the template's plan created by the app's real creation job, then extra tasks
 * under the epic written through Jira's bulk create in chunks of 50 (each tied to a milestone by its row property).
 */
export async function seedCampaign(h: BenchHost, n: number, label: string): Promise<SeededCampaign> {
  const preview = await h.invoke('campaign-planner', 'previewCampaign', {
    templateId: 'black-friday-omnichannel',
    launchDate: '2027-11-26',
    budget: { amount: 140000 + n * 500, currency: 'EUR' },
    holidayCalendar: 'FR',
    projectKey: 'MKT',
  });
  const plan = trimPlan({ ...preview.plan, campaignLabel: label, name: `Bench ${n}` }, n - 1);
  const { jobId } = await h.invoke('campaign-planner', 'createCampaign', { requestId: `bench-${label}-00000`, plan });
  let job: ResultOf<'getCreationJob'> | undefined;
  for (let i = 0; i < 3000; i++) {
    job = await h.invoke('campaign-planner', 'getCreationJob', { jobId });
    if (job.state === 'done' || job.state === 'failed') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  if (job?.state !== 'done') throw new Error(`bench campaign creation ended ${job?.state}: ${JSON.stringify(job?.errors).slice(0, 300)}`);
  const epicKey = job.epicKey;
  if (epicKey === undefined) throw new Error('bench campaign creation done without an epic key');

  const fields = Fields.parse(await h.rest('GET', '/rest/api/3/field'));
  const fieldOf = (m: string): string => {
    const field = fields.find((f) => f.schema?.custom?.endsWith(`/static/${m}`));
    if (!field) throw new Error(`the site has no ${m} field`);
    return field.id;
  };
  const planned = fieldOf('planned-cost');
  const actual = fieldOf('actual-cost');
  const milestones = plan.rows.filter((r) => r.kind === 'milestone');
  const extra = n - (plan.rows.length + 1);
  for (let start = 0; start < extra; start += 50) {
    const issueUpdates = Array.from({ length: Math.min(50, extra - start) }, (_, j) => {
      const i = start + j;
      const m = must(milestones[i % milestones.length], 'a milestone (the template has some)');
      return {
        fields: {
          project: { key: 'MKT' },
          issuetype: { name: 'Task' },
          summary: `Déclinaison ${i} — formats display et réseaux sociaux`,
          parent: { key: epicKey },
          labels: [label, 'campaign'],
          duedate: m.dueDate,
          [planned]: 100 + (i % 7) * 50,
          ...(i % 4 === 0 ? { [actual]: 120 + (i % 5) * 40 } : {}),
        },
        properties: [
          {
            key: 'campaignControlRow',
            value: { requestId: `bench-${label}-fill`, rowId: `fill-${i}`, kind: 'task', milestoneRowId: m.rowId },
          },
        ],
      };
    });
    const created = BulkCreated.parse(await h.rest('POST', '/rest/api/3/issue/bulk', { issueUpdates }));
    if (created.errors.length > 0) throw new Error(`bulk create refused: ${JSON.stringify(created.errors[0])}`);
  }
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = SearchPage.parse(
      await h.rest('POST', '/rest/api/3/search/jql', {
        jql: `parent = ${epicKey} OR key = ${epicKey}`,
        fields: ['key'],
        maxResults: 5000,
        ...(token ? { nextPageToken: token } : {}),
      }),
    );
    keys.push(...page.issues.map((i) => i.key));
    token = page.nextPageToken;
  } while (token);
  if (keys.length !== n) throw new Error(`seeded ${keys.length} issues, wanted ${n}`);
  return { epicKey, keys, plan };
}
