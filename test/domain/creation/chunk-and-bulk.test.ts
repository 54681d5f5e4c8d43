import { chunk, BULK_CREATE_LIMIT } from '../../../src/domain/creation/chunk';
import { BulkCreateAnswer, mapBulkAnswer } from '../../../src/domain/creation/bulk-result';

describe('chunk', () => {
  it('splits in 50s by default, keeping order and every item', () => {
    const items = Array.from({ length: 121 }, (_, i) => i);
    const parts = chunk(items);
    expect(parts.map((p) => p.length)).toEqual([50, 50, 21]);
    expect(parts.flat()).toEqual(items);
    expect(BULK_CREATE_LIMIT).toBe(50);
  });
  it('gives no chunk for nothing, one for exactly 50', () => {
    expect(chunk([])).toEqual([]);
    expect(chunk(Array.from({ length: 50 }, (_, i) => i))).toHaveLength(1);
  });
  it('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(/positive integer/);
  });
});

describe('mapBulkAnswer', () => {
  const rows = ['brief', 'copy', 'visuals', 'media'];
  it('maps failedElementNumber to the row, field errors to {rowId, field, message}, and the created issues in order', () => {
    const answer = BulkCreateAnswer.parse({
      issues: [
        { id: '1', key: 'MKT-10' },
        { id: '2', key: 'MKT-11' },
      ],
      errors: [
        {
          status: 400,
          failedElementNumber: 1,
          elementErrors: { errorMessages: [], errors: { assignee: "User 'x' cannot be assigned issues." } },
        },
        {
          status: 403,
          failedElementNumber: 3,
          elementErrors: { errorMessages: ['You do not have permission to create issues in this project.'], errors: {} },
        },
      ],
    });
    const out = mapBulkAnswer(rows, answer);
    expect(out.created).toEqual({ brief: 'MKT-10', visuals: 'MKT-11' });
    expect(out.errors).toEqual([
      { rowId: 'copy', field: 'assignee', message: "assignee: User 'x' cannot be assigned issues." },
      { rowId: 'media', message: 'You do not have permission to create issues in this project.' },
    ]);
  });
  it('keeps no mapping when the count of created issues does not match (the re-read decides)', () => {
    const answer = BulkCreateAnswer.parse({ issues: [{ id: '1', key: 'MKT-10' }], errors: [] });
    expect(mapBulkAnswer(rows, answer).created).toEqual({});
  });
  it('reports a request-level refusal without a row', () => {
    const answer = BulkCreateAnswer.parse({
      issues: [],
      errors: [{ status: 400, elementErrors: { errorMessages: ['Too many issues'], errors: {} } }],
    });
    expect(mapBulkAnswer(rows, answer).errors).toEqual([{ message: 'Too many issues' }]);
  });
});
