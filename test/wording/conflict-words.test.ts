import { conflictWords } from '../../src/wording/catalog/conflicts';
import { NNBSP } from '../../src/wording/typography';

describe('conflict wording', () => {
  const load = {
    accountId: 'acc-noah',
    displayName: 'Noah Petit',
    weekStart: '2027-02-01',
    demandDays: 8,
    capacityDays: 1,
    ratio: 8,
    level: 'over' as const,
    otherCampaigns: 2,
  };

  it('words an overloaded week with French typography, agreement and dates in words', () => {
    expect(conflictWords('fr').load(load)).toBe(
      `Noah Petit${NNBSP}: 8${NNBSP}j de travail pour 1${NNBSP}j disponible (800\u00a0%) la semaine du 1er février, avec 2 autres campagnes`,
    );
    expect(conflictWords('en').load({ ...load, capacityDays: 4, ratio: 2, otherCampaigns: 1 })).toBe(
      'Noah Petit: 8 days of work for 4 available (200%) in the week of 1 February, with 1 other campaign',
    );
    expect(conflictWords('fr').load({ ...load, ratio: null, capacityDays: 0, otherCampaigns: 0 })).toBe(
      `Noah Petit${NNBSP}: 8${NNBSP}j de travail pendant une absence la semaine du 1er février`,
    );
  });

  it('words an approver’s clash, singular and plural', () => {
    const clash = { accountId: 'acc-lea', displayName: 'Léa Dubois', date: '2027-02-05', gates: ['Juridique'], otherGates: 1 };
    expect(conflictWords('fr').approver(clash)).toBe(
      `Léa Dubois a 2 validations dues le 5 février${NNBSP}: «${NNBSP}Juridique${NNBSP}» et 1 sur une autre campagne`,
    );
    expect(conflictWords('en').approver({ ...clash, otherGates: 2 })).toBe(
      'Léa Dubois has 3 sign-offs due on 5 February: ‘Juridique’ and 2 on other campaigns',
    );
  });
});
