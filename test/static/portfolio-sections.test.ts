/**
 * The pure parts of the global page's Capacity and Collisions sections: a team week's level, a load's words in each
 * language (per cent with the narrow no-break space French puts before `%`), the planner's project of a campaign,
 * and where the settings form shows a refusal (next to the field the envelope names, else below the form).
 */
import { portfolioFormatters } from '../../static/portfolio/src/format';
import { stringsFor } from '../../static/portfolio/src/i18n';
import { loadText, percentOf, teamLevel } from '../../static/portfolio/src/sections/capacity/levels';
import { errorAt, formFieldOf, hasFieldOf, toInput } from '../../static/portfolio/src/sections/collisions/form-model';
import { projectOf } from '../../static/portfolio/src/sections/campaign-project';

describe('the capacity heatmap’s words', () => {
  const fr = portfolioFormatters('fr_FR');
  const en = portfolioFormatters('en_US');

  it('levels a team week by the person thresholds: over 100 % over-allocated, over 85 % at risk', () => {
    expect(teamLevel(1.01, 10)).toBe('over');
    expect(teamLevel(1, 10)).toBe('at_risk');
    expect(teamLevel(0.86, 10)).toBe('at_risk');
    expect(teamLevel(0.85, 10)).toBe('ok');
    expect(teamLevel(null, 2)).toBe('over');
    expect(teamLevel(null, 0)).toBe('ok');
  });

  it('says a load in per cent with its level, in French with U+202F before %, in English without a space', () => {
    expect(percentOf(fr, 1.2)).toBe('120\u202f%');
    expect(percentOf(en, 1.2)).toBe('120%');
    expect(loadText(stringsFor('fr_FR').capacityView, fr, 1.2, 'over')).toBe('120\u202f%, surchargé');
    expect(loadText(stringsFor('en_US').capacityView, en, 0.9, 'at_risk')).toBe('90% (at risk)');
    expect(loadText(stringsFor('fr_FR').capacityView, fr, null, 'over')).toBe('Aucune capacité, surchargé');
  });

  it('links a campaign to its project’s planner', () => {
    expect(projectOf('MKT-12')).toBe('MKT');
    expect(projectOf('EVT2-140')).toBe('EVT2');
  });
});

describe('the collision settings form', () => {
  const error = { field: formFieldOf('settings.blackouts.0.end'), message: 'blackouts.0.end : ne doit pas finir avant de commencer' };

  it('shows a refusal next to the field the envelope names, and only there', () => {
    expect(error.field).toBe('blackouts.0.end');
    expect(errorAt(error, 'blackouts.0.end')).toBe(error.message);
    expect(errorAt(error, 'blackouts.0.start')).toBeUndefined();
    expect(errorAt(error, 'blackouts.1.end')).toBeUndefined();
    expect(errorAt({ field: 'blackouts.2.channels.1', message: 'x' }, 'blackouts.2.channels')).toBe('x');
    expect(errorAt(null, 'collisionWindowDays')).toBeUndefined();
    expect(hasFieldOf(error)).toBe(true);
    expect(hasFieldOf({ field: 'collisionWindowDays', message: 'x' })).toBe(true);
    // A refusal naming no field of the form (a duplicate id, or none) is said below the form.
    expect(hasFieldOf({ field: 'blackouts.0.id', message: 'x' })).toBe(false);
    expect(hasFieldOf({ message: 'x' })).toBe(false);
  });

  it('sends the numbers as typed and keeps a saved window’s id, not a new one’s', () => {
    expect(
      toInput('7', '3', [
        { key: 'blackout-1', id: 'blackout-1', name: 'Gel', start: '2026-12-20', end: '2026-12-31', channels: ['email'] },
        { key: 'new-1', name: 'Salon', start: '2027-01-05', end: '2027-01-06', channels: [] },
      ]),
    ).toEqual({
      collisionWindowDays: 7,
      approverWeeklyGateLimit: 3,
      blackouts: [
        { id: 'blackout-1', name: 'Gel', start: '2026-12-20', end: '2026-12-31', channels: ['email'] },
        { name: 'Salon', start: '2027-01-05', end: '2027-01-06', channels: [] },
      ],
    });
  });
});
