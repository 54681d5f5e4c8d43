import type { ProjectGrants } from '../../../src/domain/policy';
import { panelActionsOf } from '../../../src/usecases/panel/panel-actions';
import { LEA, record } from '../../domain/metrics/fixtures';

/** The campaign of the fixtures: created by Camille (its PM) in MKT; Léa approves a gate. */
const PM = 'acc-camille';
const VIEWER: ProjectGrants = { browse: true, createIssues: false, editIssues: false, administer: false };
const EDITOR: ProjectGrants = { browse: true, createIssues: true, editIssues: true, administer: false };

function grantsPort(grants: ProjectGrants) {
  const asked: string[] = [];
  return { asked, port: { grantsIn: async (projectKey: string) => (asked.push(projectKey), grants) } };
}

describe('panelActionsOf (use case on in-memory ports)', () => {
  it('gives a viewer a read-only panel, each refusal worded in French for a French reader', async () => {
    const g = grantsPort(VIEWER);
    const actions = await panelActionsOf(record(), { accountId: 'acc-ines', locale: 'fr_FR' }, g.port);
    expect(actions.role).toBe('viewer');
    for (const surface of ['publishReport', 'exportData', 'connectTool', 'importCsv', 'editRisks', 'replan'] as const)
      expect(actions[surface]).toEqual({ allowed: false, reason: expect.any(String) });
    expect(actions.publishReport.reason).toBe(
      'Seuls le chef de projet de la campagne et les administrateurs du projet MKT peuvent publier le rapport de la campagne.',
    );
    expect(actions.exportData.reason).toContain('les valideurs de la campagne peuvent exporter l’historique des validations');
    expect(actions.replan.reason).toBe(
      'Il vous faut la permission «\u202fModifier les tickets\u202f» dans MKT pour replanifier cette campagne.',
    );
    expect(g.asked).toEqual(['MKT']);
  });

  it('words the same refusals in English for an English reader', async () => {
    const actions = await panelActionsOf(record(), { accountId: 'acc-ines', locale: 'en-US' }, grantsPort(VIEWER).port);
    expect(actions.importCsv.reason).toBe("Only the campaign's PM and the project's admins can manage KPI actuals.");
    expect(actions.exportData.reason).toBe(
      "Only the campaign's PM, project admins and the campaign's approvers can export its sign-off record.",
    );
  });

  it('lets an approver export the record but not publish the report or manage KPIs', async () => {
    const actions = await panelActionsOf(record(), { accountId: LEA, locale: 'fr_FR' }, grantsPort(EDITOR).port);
    expect(actions.role).toBe('approver');
    expect(actions.exportData).toEqual({ allowed: true });
    expect(actions.replan).toEqual({ allowed: true });
    expect(actions.publishReport.allowed).toBe(false);
    expect(actions.connectTool.allowed).toBe(false);
  });

  it('lets the PM take every action', async () => {
    const actions = await panelActionsOf(record(), { accountId: PM, locale: 'fr_FR' }, grantsPort(EDITOR).port);
    expect(actions).toEqual({
      role: 'pm',
      publishReport: { allowed: true },
      exportData: { allowed: true },
      connectTool: { allowed: true },
      importCsv: { allowed: true },
      editRisks: { allowed: true },
      replan: { allowed: true },
    });
  });

  it('uses grants asked early for the same project, and asks again for another', async () => {
    const g = grantsPort(EDITOR);
    const early = { projectKey: 'MKT', grants: Promise.resolve(VIEWER) };
    expect((await panelActionsOf(record(), { accountId: PM }, g.port, early)).role).toBe('pm');
    expect(g.asked).toEqual([]);
    const elsewhere = { projectKey: 'OPS', grants: Promise.resolve(VIEWER) };
    expect((await panelActionsOf(record(), { accountId: 'acc-ines' }, g.port, elsewhere)).role).toBe('editor');
    expect(g.asked).toEqual(['MKT']);
  });
});
