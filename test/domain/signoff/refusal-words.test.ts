import type { PlanGate, SignOffEntry } from '../../../src/domain/model';
import { gateView, mayDecide, mayDelegate, refusalError, validateDecision, type GatedIssue } from '../../../src/domain/signoff';
import { toErrorResult } from '../../../src/shared/result';
import { render } from '../../../src/wording/messages';
import { approve, CAMILLE, decline, gate, goLive, HUGO, INES, LEA, NOAH, requestChanges, SOPHIE, statesOf, TODAY } from './fixtures';

const N = '\u202f';
const WORK: GatedIssue = { key: 'MKT-2', assigneeAccountId: NOAH, reporterAccountId: CAMILLE };

function decide(actor: string, entries: SignOffEntry[] = [], g: PlanGate = gate(), issue: GatedIssue = WORK) {
  const gates = g.gateId === 'legal' ? [g] : [gate(), g];
  const state = statesOf(gates, entries, TODAY)[g.gateId]!;
  return mayDecide({ gate: g, gates, state, actorAccountId: actor, gatedIssue: issue, today: TODAY, entries, decision: 'approve' });
}

/** A refusal's words in both languages, as the envelope gives them to a French and an English reader. */
function words(answer: ReturnType<typeof decide>): { fr: string; en: string; key: string } {
  if (answer.ok) throw new Error('expected a refusal');
  const error = refusalError(answer);
  return { fr: toErrorResult(error, 'fr_FR').error.message, en: toErrorResult(error, 'en-US').error.message, key: answer.wording.key };
}

describe('sign-off refusals, in the reader’s language', () => {
  const legal = `«${N}${gate().name}${N}»`;

  it('words « not an approver » in French and English', () => {
    const w = words(decide(INES));
    expect(w.key).toBe('errors.signoffNotApprover');
    expect(w.fr).toBe(`Vous n’êtes pas valideur de la validation ${legal}, et aucun valideur ne vous a délégué cette décision.`);
    expect(w.en).toBe(`You are not an approver of the gate "${gate().name}", and no approver has delegated this decision to you.`);
  });

  it('words self-approval for the assignee and the reporter', () => {
    const assignee = words(decide(LEA, [], gate(), { key: 'MKT-2', assigneeAccountId: LEA, reporterAccountId: CAMILLE }));
    expect(assignee.fr).toBe(
      `Le travail que garde la validation ${legal} (MKT-2) vous est assigné${N}: vous ne pouvez pas vous prononcer sur votre propre travail.`,
    );
    expect(assignee.en).toBe(
      `You are the assignee of the work the gate "${gate().name}" guards (MKT-2): you may not decide on your own work.`,
    );
    const reporter = words(decide(LEA, [], gate(), { key: 'MKT-2', assigneeAccountId: NOAH, reporterAccountId: LEA }));
    expect(reporter.fr).toMatch(/^Vous avez créé le travail que garde la validation/);
  });

  it('words a closed gate, a waiting one and one sent back for changes', () => {
    const approved = words(decide(LEA, [approve(LEA, 1), approve(HUGO, 2)]));
    expect(approved.fr).toBe(`La validation ${legal} est déjà approuvée${N}: plus aucune décision n’y est prise.`);
    expect(approved.en).toBe(`The gate "${gate().name}" is already approved: no more decisions are taken on it.`);
    expect(words(decide(LEA, [decline(HUGO, 1)])).fr).toContain('est déjà refusée');
    expect(words(decide(LEA, [requestChanges(HUGO, 1)])).fr).toMatch(/^Des modifications ont été demandées sur la validation/);
    const waiting = words(decide(SOPHIE, [], goLive()));
    expect(waiting.fr).toBe(
      `La validation «${N}${goLive().name}${N}» n’est pas encore ouverte${N}: elle s’ouvrira une fois la validation ${legal} approuvée.`,
    );
  });

  it('does not repeat « validation » for a gate named « Validation des messages »', () => {
    const named = { ...gate(), name: 'Validation des messages' };
    expect(words(decide(INES, [], named)).fr).toBe(
      'Vous n’êtes pas valideur de la validation des messages, et aucun valideur ne vous a délégué cette décision.',
    );
  });

  it('words delegation and decision-text refusals in both languages, naming the field', () => {
    const state = statesOf([gate()], [], TODAY).legal!;
    const base = { gate: gate(), state, today: TODAY, gatedIssue: WORK };
    const self = mayDelegate({ ...base, actorAccountId: LEA, toAccountId: LEA, until: TODAY });
    if (self.ok) throw new Error('expected a refusal');
    expect(render('fr', self.wording)).toBe(`toAccountId${N}: vous ne pouvez pas vous déléguer la décision à vous-même`);
    const past = mayDelegate({ ...base, actorAccountId: LEA, toAccountId: SOPHIE, until: '2026-11-23' });
    if (past.ok) throw new Error('expected a refusal');
    expect(render('fr', past.wording)).toBe(
      `until${N}: doit être aujourd’hui (le 24 novembre 2026) ou plus tard, reçu le 23 novembre 2026`,
    );
    expect(render('en', past.wording)).toBe('until: must be today (2026-11-24) or later, got 2026-11-23');
    const noReason = validateDecision({ gate: gate(), decision: 'request_changes' });
    if (noReason.ok) throw new Error('expected a refusal');
    expect(toErrorResult(refusalError(noReason), 'fr').error).toMatchObject({
      field: 'reason',
      message: `reason${N}: obligatoire pour demander des modifications sur la validation ${legal} (dites ce qui doit changer)`,
    });
  });

  it('tells someone who approves nothing, under the gate, why they cannot decide', () => {
    const g = gate();
    const record = { plan: { gates: [g] }, issueKeys: {} } as unknown as Parameters<typeof gateView>[0]['record'];
    const view = (locale: string) =>
      gateView({
        record,
        gate: g,
        state: statesOf([g], [], TODAY).legal!,
        entries: [],
        people: {},
        actorAccountId: NOAH,
        gatedIssue: { ...WORK, summary: 's', description: null, attachments: [] } as unknown as Parameters<
          typeof gateView
        >[0]['gatedIssue'],
        today: TODAY,
        locale,
      }).refusal;
    expect(view('fr_FR')).toBe('Vous n’êtes pas valideur de cette validation.');
    expect(view('en_US')).toBe('You are not an approver of this gate.');
  });
});
