import { epicAccessOf, viewProvesEpic } from '../../../src/domain/snapshot';

describe('epic access facts (what a panel context proves)', () => {
  const epic = (fields: Record<string, unknown>) => ({ id: '10012', key: 'MKT-12', fields });

  it('records the project and whether the epic carries a security level', () => {
    expect(epicAccessOf(epic({ project: { id: '10000', key: 'MKT' } }))).toEqual({ projectKey: 'MKT', projectId: '10000', secured: false });
    expect(epicAccessOf(epic({ project: { id: '10000', key: 'MKT' }, security: null }))?.secured).toBe(false);
    expect(epicAccessOf(epic({ security: { id: '10100', name: 'Direction' } }))).toEqual({ projectKey: 'MKT', secured: true });
  });

  it('takes a view of the same project as proof only for an unsecured epic, and unknown facts as no proof', () => {
    const open = { projectKey: 'MKT', secured: false };
    expect(viewProvesEpic(open, 'MKT')).toBe(true);
    expect(viewProvesEpic(open, 'EVT')).toBe(false);
    expect(viewProvesEpic(open, undefined)).toBe(false);
    expect(viewProvesEpic({ ...open, secured: true }, 'MKT')).toBe(false);
    expect(viewProvesEpic(undefined, 'MKT')).toBe(false);
  });
});
