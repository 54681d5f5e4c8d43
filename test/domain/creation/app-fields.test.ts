import { appFieldIds, fieldIdForModule, missingAppFields } from '../../../src/adapters/jira/fields';

const forgeField = (id: string, module: string) => ({
  id,
  key: `7c1e3f5a-2b4d-4e6f-8a9b-0c1d2e3f4a5b__DEVELOPMENT__${module}`,
  schema: { custom: `ari:cloud:ecosystem::extension/7c1e3f5a-2b4d-4e6f-8a9b-0c1d2e3f4a5b/env/static/${module}` },
});

describe('app custom fields', () => {
  it('finds fields by module key, never by display name', () => {
    const fields = [
      {
        id: 'customfield_10030',
        key: 'customfield_10030',
        name: 'Planned cost',
        schema: { custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
      },
      forgeField('customfield_16470', 'planned-cost'),
      {
        id: 'customfield_17974',
        key: 'customfield_17974',
        schema: { custom: 'ari:cloud:ecosystem::extension/app/env/static/campaign-budget' },
      },
    ];
    expect(fieldIdForModule(fields, 'planned-cost')).toBe('customfield_16470');
    expect(appFieldIds(fields)).toEqual({ plannedCost: 'customfield_16470', campaignBudget: 'customfield_17974' });
  });
  it('names the modules that are not installed', () => {
    expect(missingAppFields({ plannedCost: 'customfield_1' })).toEqual(['campaign-budget', 'campaign-kpis']);
    expect(missingAppFields({ plannedCost: 'a', campaignBudget: 'b', campaignKpis: 'c' })).toEqual([]);
  });
});
