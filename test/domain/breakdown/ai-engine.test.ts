import { aiMessages, parseAiAnswer, suggestFromPatterns } from '../../../src/domain/breakdown';
import { DomainError } from '../../../src/domain/errors';

const refusal = (text: string): DomainError => {
  try {
    parseAiAnswer(text);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('accepted');
};

describe('the AI engine’s answer', () => {
  const good = {
    tasks: [
      {
        taskId: 'copy',
        summary: 'Write copy',
        ownerRole: 'copywriter',
        estimateBusinessDays: 2,
        dependsOn: [],
        reasons: ['the goal asks for copy'],
      },
    ],
  };

  it('is read with the pattern engine’s schema, also inside a code fence', () => {
    expect(parseAiAnswer(JSON.stringify(good)).tasks[0]!.taskId).toBe('copy');
    expect(parseAiAnswer('```json\n' + JSON.stringify(good) + '\n```').tasks).toHaveLength(1);
    // The pattern engine's own output passes the same parse.
    const patterns = suggestFromPatterns({ goal: 'email and press', channels: [], language: 'en', reasonLanguage: 'en' });
    expect(parseAiAnswer(JSON.stringify(patterns))).toEqual(patterns);
  });

  it.each([
    ['Sure! Here are some tasks: 1. write copy', /not JSON/],
    [JSON.stringify({ tasks: [] }), /tasks: must hold at least 1 item/],
    [JSON.stringify({ tasks: [{ ...good.tasks[0], ownerRole: 'wizard' }] }), /tasks\.0\.ownerRole/],
    [JSON.stringify({ tasks: [{ ...good.tasks[0], estimateBusinessDays: 2.5 }] }), /tasks\.0\.estimateBusinessDays/],
    [JSON.stringify({ tasks: [{ ...good.tasks[0], dependsOn: ['ghost'] }] }), /tasks\.0\.dependsOn\.0: ‘ghost’ is not another task/],
    [JSON.stringify({ tasks: [{ ...good.tasks[0], cost: 3 }] }), /tasks\.0\.cost: is not an accepted field/],
    [JSON.stringify({ tasks: [good.tasks[0], good.tasks[0]] }), /tasks\.1\.taskId: ‘copy’ is used by two tasks/],
  ])('malformed answer %# is refused as UPSTREAM naming the problem', (text, message) => {
    const e = refusal(text);
    expect(e.code).toBe('UPSTREAM');
    expect(e.field).toBe('engine');
    expect(e.message).toMatch(message);
  });

  it('asks for the schema, the roles and the languages', () => {
    const [system, user] = aiMessages({ goal: 'Lancer une vidéo', channels: ['email'], language: 'fr', reasonLanguage: 'en' });
    expect(system!.content).toMatch(/copywriter, designer/);
    expect(system!.content).toMatch(/summary: .* in French/);
    expect(system!.content).toMatch(/reasons: .* in English/);
    expect(user!.content).toBe('Goal:\nLancer une vidéo\n\nCampaign channels: email');
  });
});
