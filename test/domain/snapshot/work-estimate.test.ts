import {
  BUSINESS_DAYS_PER_STORY_POINT,
  JSW_STORY_POINTS_TYPE,
  SECONDS_PER_BUSINESS_DAY,
  estimateNumber,
  storyPointsFieldId,
  workEstimate,
} from '../../../src/domain/snapshot';

const HOUR = 3600;
const NONE = { remainingSeconds: null, originalSeconds: null, storyPoints: null };

describe('workEstimate', () => {
  it('counts a business day as Jira time tracking does by default: 8 hours', () => {
    expect(SECONDS_PER_BUSINESS_DAY).toBe(8 * HOUR);
    expect(workEstimate({ ...NONE, originalSeconds: 3 * 8 * HOUR }, 10)).toEqual({ days: 3, source: 'original' });
    // A Jira week ("1w") is 5 days of 8 hours, stored as seconds: 5 business days.
    expect(workEstimate({ ...NONE, originalSeconds: 5 * 8 * HOUR }, null)).toEqual({ days: 5, source: 'original' });
    expect(workEstimate({ ...NONE, remainingSeconds: 4 * HOUR }, null)).toEqual({ days: 0.5, source: 'remaining' });
  });

  it('prefers remaining over original over story points over the template', () => {
    const all = { remainingSeconds: 2 * 8 * HOUR, originalSeconds: 6 * 8 * HOUR, storyPoints: 13 };
    expect(workEstimate(all, 9)).toEqual({ days: 2, source: 'remaining' });
    expect(workEstimate({ ...all, remainingSeconds: null }, 9)).toEqual({ days: 6, source: 'original' });
    expect(workEstimate({ ...all, remainingSeconds: null, originalSeconds: null }, 9)).toEqual({
      days: 13 * BUSINESS_DAYS_PER_STORY_POINT,
      source: 'points',
    });
    expect(workEstimate(NONE, 9)).toEqual({ days: 9, source: 'template' });
    expect(workEstimate(NONE, null)).toEqual({ days: null, source: null });
  });

  it('keeps a remaining estimate of zero: Jira says nothing is left', () => {
    expect(workEstimate({ remainingSeconds: 0, originalSeconds: 8 * HOUR, storyPoints: null }, 3)).toEqual({
      days: 0,
      source: 'remaining',
    });
  });

  it('maps story points at half a business day each, rounded to hundredths', () => {
    expect(BUSINESS_DAYS_PER_STORY_POINT).toBe(0.5);
    expect(workEstimate({ ...NONE, storyPoints: 5 }, null)).toEqual({ days: 2.5, source: 'points' });
    expect(workEstimate({ ...NONE, originalSeconds: HOUR }, null)).toEqual({ days: 0.13, source: 'original' });
  });
});

describe('estimateNumber', () => {
  it('keeps finite amounts of zero or more, and nothing else', () => {
    expect(estimateNumber(7200)).toBe(7200);
    expect(estimateNumber(0)).toBe(0);
    for (const bad of [null, undefined, -1, Number.NaN, Number.POSITIVE_INFINITY, '7200', { value: 1 }])
      expect(estimateNumber(bad)).toBeNull();
  });
});

describe('storyPointsFieldId', () => {
  const field = (id: string, name: string, type: string, custom?: string) => ({ id, name, custom: true, schema: { type, custom } });

  it("finds Jira Software's story point estimate by its type, whatever its name", () => {
    const fields = [
      field('customfield_10028', 'Story Points', 'number', 'com.atlassian.jira.plugin.system.customfieldtypes:float'),
      field('customfield_10016', 'Points (renamed)', 'number', JSW_STORY_POINTS_TYPE),
    ];
    expect(storyPointsFieldId(fields)).toBe('customfield_10016');
  });

  it('falls back to a number custom field named like story points', () => {
    const float = 'com.atlassian.jira.plugin.system.customfieldtypes:float';
    expect(storyPointsFieldId([field('customfield_10028', ' story points ', 'number', float)])).toBe('customfield_10028');
    expect(storyPointsFieldId([field('customfield_10030', 'Story point estimate', 'number', float)])).toBe('customfield_10030');
  });

  it('is undefined on a site without one, and ignores text fields and system fields of that name', () => {
    expect(storyPointsFieldId([])).toBeUndefined();
    expect(
      storyPointsFieldId([
        field('customfield_10040', 'Story Points', 'string', 'com.atlassian.jira.plugin.system.customfieldtypes:textfield'),
        { id: 'storypoints', name: 'Story Points', schema: { type: 'number' } },
      ]),
    ).toBeUndefined();
  });
});
