import type { PayloadOf, ResultOf } from '../../../src/contracts/registry';
import { useAppTestHost } from '../../support/app-host';
import type { ContractAnswer } from '../../support/contract-call';
import { must } from '../../support/must';
import { invokeResolver, waitForCreationJob } from '../../support/invoke';
import { CAMILLE } from '../../../local/identity/demo-users';
import { planWith } from '../creation/plan-fixture';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

/**
 * The optional AI engine through the REAL `@forge/llm` package, answered by the host's scripted stand-in for
 * Forge LLMs (local/forge/llm): off by default, the same output schema as the patterns, malformed answers refused.
 */
describe('suggestBreakdown with engine "ai"', () => {
  const app = useAppTestHost();
  let milestoneKey = '';

  const suggest = (payload: Omit<PayloadOf<'suggestBreakdown'>, 'issueKey'>): Promise<ContractAnswer<ResultOf<'suggestBreakdown'>>> =>
    invokeResolver(
      app.th,
      CAMILLE.accountId,
      'suggestBreakdown',
      { issueKey: milestoneKey, ...payload },
      { moduleKey: 'breakdown-action', issueKey: milestoneKey },
    );

  beforeAll(async () => {
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'req-ai-campaign-01',
      plan: planWith(1, 1, 'campaign-ai'),
    });
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    milestoneKey = must(job.data.issueKeys['milestone-1'], 'the created milestone');
  });

  it('is off by default: asking for it is refused with a clear message, the patterns still work', async () => {
    app.th.host.llm.script({ available: false });
    expect((await suggest({ engine: 'ai', goalText: 'video' })).error).toEqual({
      code: 'INVALID_INPUT',
      field: 'engine',
      key: 'errors.aiUnavailable',
      message: 'engine\u202f: les suggestions par IA ne sont pas disponibles sur ce site',
    });
    const patterns = await suggest({ goalText: 'video' });
    expect(patterns.data).toMatchObject({ engine: 'patterns', aiAvailable: false });
    expect(app.th.host.llm.calls).toHaveLength(0);
  });

  it('when the site offers it, sends the goal to the model and schedules its tasks like the patterns’', async () => {
    const answer = {
      tasks: [
        {
          taskId: 'storyboard',
          summary: 'Storyboard the teaser',
          ownerRole: 'designer',
          estimateBusinessDays: 2,
          dependsOn: [],
          reasons: ['the goal asks for a teaser'],
        },
        {
          taskId: 'cut',
          summary: 'Cut the teaser',
          ownerRole: 'designer',
          estimateBusinessDays: 3,
          dependsOn: ['storyboard'],
          reasons: ['a teaser needs editing'],
        },
      ],
    };
    app.th.host.llm.script({ available: true, replies: ['```json\n' + JSON.stringify(answer) + '\n```'] });
    const res = await suggest({ engine: 'ai', goalText: 'A 20-second teaser for Black Friday' });
    expect(res.ok).toBe(true);
    expect(res.data).toMatchObject({ engine: 'ai', aiAvailable: true });
    expect(res.data.tasks.map((t) => [t.taskId, t.reasons])).toEqual([
      ['storyboard', ['the goal asks for a teaser']],
      ['cut', ['a teaser needs editing']],
    ]);
    const [storyboard, cut] = [must(res.data.tasks[0], 'the storyboard task'), must(res.data.tasks[1], 'the cut task')];
    expect(cut.dueDate <= res.data.milestone.dueDate).toBe(true);
    expect(storyboard.dueDate < cut.startDate).toBe(true);
    // What reached the model: the platform's request shape, with the goal.
    const call = must(app.th.host.llm.calls[0], 'a call to the model');
    expect(call.body).toMatchObject({
      stream: false,
      temperature: 0,
      messages: [{ role: 'system' }, { role: 'user', content: expect.stringContaining('A 20-second teaser for Black Friday') }],
    });
  });

  it.each([
    ['prose instead of JSON', 'Here is a plan: first storyboard, then edit.', /^engine\u202f: la réponse de l’IA n’est pas du JSON/],
    [
      'an unknown owner role',
      JSON.stringify({
        tasks: [{ taskId: 'x', summary: 'X', ownerRole: 'director', estimateBusinessDays: 1, dependsOn: [], reasons: ['r'] }],
      }),
      /tasks\.0\.ownerRole/,
    ],
    [
      'a dependency on no task',
      JSON.stringify({
        tasks: [{ taskId: 'x', summary: 'X', ownerRole: 'designer', estimateBusinessDays: 1, dependsOn: ['y'], reasons: ['r'] }],
      }),
      /tasks\.0\.dependsOn\.0/,
    ],
    [
      'a missing field',
      JSON.stringify({ tasks: [{ taskId: 'x', summary: 'X', ownerRole: 'designer', dependsOn: [], reasons: ['r'] }] }),
      /tasks\.0\.estimateBusinessDays\u202f: est obligatoire/,
    ],
  ])('a malformed model answer (%s) is refused as UPSTREAM with a clear message', async (_what, reply, message) => {
    app.th.host.llm.script({ available: true, replies: [reply] });
    const res = await suggest({ engine: 'ai', goalText: 'teaser' });
    expect(res.ok).toBe(false);
    expect(res.error).toMatchObject({ code: 'UPSTREAM', field: 'engine', message: expect.stringMatching(message) });
    // Worded for the French PM, the field's problem too.
    expect(res.error.message).toMatch(/rien n’a été proposé/);
  });

  it('a model that fails is an UPSTREAM error naming the engine', async () => {
    app.th.host.llm.script({ available: true, replies: [] });
    const res = await suggest({ engine: 'ai', goalText: 'teaser' });
    expect(res.error).toMatchObject({
      code: 'UPSTREAM',
      field: 'engine',
      key: 'errors.aiNoAnswer',
      message: expect.stringMatching(/le modèle d’IA n’a pas répondu/),
    });
  });
});
