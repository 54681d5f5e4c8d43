import { decisionComment, reminderComment, type DecisionCommentInput } from '../../src/adapters/jira/signoff-comment-adf';

const SOPHIE = { accountId: 'acc-sophie', name: 'Sophie Laurent' };
const ALEX = { accountId: 'acc-alex', name: 'Alex Partner' };
const CAMILLE = { accountId: 'acc-camille', name: 'Camille Martin' };
const N = '\u202f';

const input = (over: Partial<DecisionCommentInput> = {}): DecisionCommentInput => ({
  lang: 'fr',
  gateName: 'Validation des messages',
  actor: SOPHIE,
  decision: 'approve',
  state: 'open',
  pending: [ALEX],
  pm: CAMILLE,
  entryId: '2026-12-02T07:28:18.926Z-abc123',
  ...over,
});

/** The comment as people read it: its text, mentions as @name. */
const read = (doc: ReturnType<typeof decisionComment>): string =>
  doc.content.map((b) => b.content.map((i) => (i.type === 'text' ? i.text : i.attrs.text)).join('')).join('\n');
const mentioned = (doc: ReturnType<typeof decisionComment>): string[] =>
  doc.content.flatMap((b) => b.content.flatMap((i) => (i.type === 'mention' ? [i.attrs.id] : [])));

describe('the decision comment the app writes into Jira', () => {
  it('speaks in the approver’s first person, never mentions them, and carries no machine trailer', () => {
    const doc = decisionComment(input(), 'user');
    expect(read(doc)).toBe(
      ['J’ai approuvé la validation des messages.', 'En attente d’@Alex Partner.', `Cheffe de projet${N}: @Camille Martin`].join('\n'),
    );
    expect(mentioned(doc)).not.toContain(SOPHIE.accountId);
    expect(JSON.stringify(doc)).not.toMatch(/sign-off|2026-12-02T07|abc123/);
  });

  it('names the approver without a mention when the app posts it later, in their language', () => {
    const fr = decisionComment(input({ decision: 'request_changes', reason: 'Le visuel', state: 'changes_requested', pending: [] }), 'app');
    expect(read(fr)).toMatch(/^Sophie Laurent a demandé des modifications sur la validation des messages\.\nMotif\u202f: Le visuel\n/);
    expect(mentioned(fr)).not.toContain(SOPHIE.accountId);
    const en = decisionComment(input({ lang: 'en', gateName: 'Legal', actor: ALEX, pending: [SOPHIE] }), 'app');
    expect(read(en)).toMatch(/^Alex Partner approved the gate Legal\.\nStill waiting for @Sophie Laurent\./);
  });

  it('never mentions the approver among the people still waited for, nor as the PM', () => {
    const doc = decisionComment(input({ actor: CAMILLE, pending: [CAMILLE, ALEX] }), 'user');
    expect(mentioned(doc)).toEqual([ALEX.accountId]);
  });

  it('words reminders with dates in words and agreement, without a trailer', () => {
    const doc = reminderComment({
      lang: 'fr',
      gates: [{ gateName: 'Juridique', dueDate: '2026-12-04', late: true, businessDaysLate: 1, pending: [ALEX] }],
      escalateTo: null,
      date: '2026-12-07',
    });
    expect(read(doc)).toBe(
      `Rappel${N}: la validation Juridique est en retard de 1${N}jour ouvré (échéance le 4 décembre 2026). En attente d’@Alex Partner.`,
    );
    expect(JSON.stringify(doc)).not.toContain('reminder 2026-12-07');
  });
});
