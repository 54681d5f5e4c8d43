import type { ParamsOf } from '../../src/wording/catalog/types';
import * as plan from '../../src/wording/catalog/plan';
import { render, type Message } from '../../src/wording/messages';

/** One sample per plan problem: a key without a sample, or with the wrong parameters, fails the type check. */
const SAMPLES: { [K in keyof typeof plan.en]: ParamsOf<(typeof plan.en)[K]> } = {
  inPastTask: { summary: 'Étude concurrentielle', start: '2026-11-23', due: '2026-11-27', today: '2026-12-04' },
  inPastMilestone: { summary: 'Offre verrouillée (L-20)', due: '2026-11-02', today: '2026-12-04' },
  doesNotFit: { earliestStart: '2026-11-23', days: 9, today: '2026-12-04' },
  nonWorkingDue: { summary: 'Lancement (L)', due: '2026-12-25', holiday: true, milestone: true, calendar: 'FR' },
  afterMilestone: { summary: 'Visuels', due: '2026-12-10', milestone: 'Créations (L-5)', milestoneDue: '2026-12-08' },
  dependencyViolated: {
    summary: 'Visuels',
    start: '2026-12-01',
    predecessor: 'Brief',
    predecessorDue: '2026-12-01',
    lag: 1,
    earliest: '2026-12-03',
  },
  dependencyOnLaterMilestone: {
    summary: 'Visuels',
    start: '2026-12-01',
    predecessor: 'Brief',
    predecessorDue: '2026-12-10',
    lag: 0,
    earliest: '2026-12-11',
    laterMilestone: 'Go (L)',
    laterMilestoneDue: '2026-12-15',
    ownMilestoneDue: '2026-12-08',
  },
  dependencyRemoved: { summary: 'Annonces', predecessor: 'Visuels' },
  gateRemoved: { gate: 'Validation marque', milestone: 'Créations (L-5)' },
  noAssignee: { summary: 'Landing page', role: 'web_developer' },
  noAssigneeYet: { summary: 'Vidéo teaser', role: 'designer' },
  unassigned: { summary: 'Vidéo teaser' },
  gateNoApprover: { gate: 'Go / No-go', roles: 'leadership,sales_enablement,finance' },
  gateShortApprovers: { gate: 'Go / No-go', need: 2, have: 1, roles: 'leadership,finance' },
  gateInPast: { gate: 'Validation juridique', due: '2026-12-01', today: '2026-12-04' },
  launchFarOut: { launch: '2099-06-12', years: 2 },
  sodReplaced: { gate: 'Go', milestone: 'Go (L)', person: 'Camille Martin', own: 'assignee', replacement: 'Sophie Laurent' },
  sodNoReplacement: { gate: 'Go', milestone: 'Go (L)', person: 'Camille Martin', own: 'reporter', roles: 'pm' },
  assigneeNotPermitted: { summary: 'Visuels', person: 'Inès Moreau', projectKey: 'MKT' },
  approverNotPermitted: { gate: 'Go', person: 'Sam Outsider', projectKey: 'MKT' },
  createNeedsConfirmation: { count: 3, codes: 'plan.inPastTask, plan.doesNotFit' },
  briefLaunchDate: { brief: '2027-01-06', source: 'table «\u202fBrief\u202f», row 2', plan: '2027-01-13' },
  briefBudget: { brief: 140000, briefCurrency: 'EUR', source: 'table «\u202fBudget\u202f», row 7', plan: 120000, planCurrency: 'EUR' },
  briefKpis: { count: 3, source: 'section «\u202fKPIs\u202f»', templateCount: 2 },
};

describe('plan problems, worded', () => {
  const messages = Object.entries(SAMPLES).map(([k, params]) => ({ key: `plan.${k}`, params }) as Message);

  it('words every problem in French with dates in words, names in « », role names and no slug', () => {
    for (const m of messages) {
      const fr = render('fr_FR', m);
      const en = render('en', m);
      expect(fr).not.toEqual(en);
      // The one exception names the payload field the refusal is about.
      if (m.key !== 'plan.createNeedsConfirmation') expect(fr).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\b[a-z]+_[a-z_]+\b/);
      expect(en).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(fr).not.toMatch(/ [:;?!]|« | »|'/);
      expect(fr).not.toMatch(/undefined|NaN/);
    }
  });

  it('reads the French of the issue’s examples', () => {
    const N = '\u202f';
    expect(render('fr', { key: 'plan.inPastTask', params: SAMPLES.inPastTask })).toBe(
      `«${N}Étude concurrentielle${N}» devrait commencer le 23 novembre 2026 (échéance le 27 novembre 2026), avant aujourd’hui, le 4 décembre 2026`,
    );
    expect(render('fr', { key: 'plan.noAssignee', params: SAMPLES.noAssignee })).toBe(
      `Personne n’a le rôle «${N}Développeur web${N}» pour «${N}Landing page${N}»`,
    );
    expect(render('fr', { key: 'plan.doesNotFit', params: SAMPLES.doesNotFit })).toMatch(
      new RegExp(`^Le plan ne tient pas${N}: son premier travail commence le 23 novembre 2026, 9 jours ouvrés avant aujourd’hui`),
    );
    expect(render('fr', { key: 'plan.gateShortApprovers', params: SAMPLES.gateShortApprovers })).toContain(
      'seulement 1 personne a le rôle Direction, Finance',
    );
  });
});
