import { changedFieldsOf, contentHash, staleCheck } from '../../../src/domain/signoff';
import { approve, decline, gate, HASH_A, HASH_B, HUGO, LEA, ready, requestChanges, SOPHIE, stale } from './fixtures';

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('contentHash', () => {
  const base = { summary: 'Creative final', description: adf('Hero visual'), attachments: ['hero.png', 'copy.pdf'] };
  it('is a sha256 hex digest that ignores attachment order and ADF key order', () => {
    const h = contentHash(base);
    expect(h).toMatch(/^[a-f0-9]{64}$/);
    expect(contentHash({ ...base, attachments: ['copy.pdf', 'hero.png'] })).toBe(h);
    expect(contentHash({ ...base, description: { version: 1, content: base.description.content, type: 'doc' } })).toBe(h);
  });
  it.each([
    ['summary', { summary: 'Creative final v2' }],
    ['description', { description: adf('Hero visual, new claim') }],
    ['attachments', { attachments: ['hero.png', 'copy-v2.pdf'] }],
    ['a removed description', { description: null }],
  ])('changes with the %s', (_, change) => {
    expect(contentHash({ ...base, ...change })).not.toBe(contentHash(base));
  });
  it('keeps summary and description apart (no ambiguous concatenation)', () => {
    expect(contentHash({ summary: 'ab', description: 'c', attachments: [] })).not.toBe(
      contentHash({ summary: 'a', description: 'bc', attachments: [] }),
    );
  });
});

describe('changedFieldsOf', () => {
  it('reads the gated-content fields of a Jira changelog', () => {
    expect(changedFieldsOf([{ field: 'Attachment' }, { field: 'status' }, { field: 'summary' }, { field: 'summary' }])).toEqual([
      'summary',
      'attachments',
    ]);
    expect(changedFieldsOf([{ field: 'labels' }])).toEqual([]);
  });
});

describe('staleCheck', () => {
  const g = gate();
  it('asks for a stale entry when an approval of the current round was given on other content', () => {
    const answer = staleCheck({
      gate: g,
      entries: [approve(LEA, 1, { hash: HASH_A })],
      currentHash: HASH_B,
      changedFields: ['attachments', 'summary'],
    });
    expect(answer).toMatchObject({ mustWrite: true, changedFields: ['summary', 'attachments'] });
    expect(answer.staleApprovals.map((d) => d.approverAccountId)).toEqual([LEA]);
  });

  it.each([
    ['no approval yet', []],
    ['approvals on the same content', [approve(LEA, 1, { hash: HASH_B })]],
    ['approvals already made stale', [approve(LEA, 1), stale(2, ['summary'])]],
    ['a declined gate (final)', [approve(LEA, 1), decline(HUGO, 2)]],
    ['changes requested (reopens when ready)', [approve(LEA, 1), requestChanges(HUGO, 2)]],
  ])('writes nothing with %s', (_, entries) => {
    expect(staleCheck({ gate: g, entries, currentHash: HASH_B, changedFields: ['summary'] }).mustWrite).toBe(false);
  });

  it('checks the new round after the work is ready again', () => {
    const entries = [requestChanges(HUGO, 1), ready(2), approve(LEA, 3)];
    expect(staleCheck({ gate: g, entries, currentHash: HASH_B, changedFields: ['description'] }).mustWrite).toBe(true);
  });

  it('without the gate, still finds each decider’s latest approval (ignoring non-approver filtering)', () => {
    expect(staleCheck({ entries: [approve(SOPHIE, 1)], currentHash: HASH_B, changedFields: ['summary'] }).mustWrite).toBe(true);
    expect(staleCheck({ gate: g, entries: [approve(SOPHIE, 1)], currentHash: HASH_B, changedFields: ['summary'] }).mustWrite).toBe(false);
    expect(staleCheck({ entries: [approve(LEA, 1), decline(HUGO, 2)], currentHash: HASH_B, changedFields: ['summary'] }).mustWrite).toBe(
      false,
    );
  });
});
