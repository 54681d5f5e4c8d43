import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PsplibFormatError, parseOptima, parsePsplib, solve } from '../../../src/domain/rcpsp';
import { describeWithBenchmarks } from '../../support/benchmarks-dir';

describeWithBenchmarks('PSPLIB .sm parsing', 'psplib-j30', (dir) => {
  const text = readFileSync(join(dir, 'j3010_1.sm'), 'utf8');

  it('reads jobs, successors, durations, demands and capacities of a real j30 file', () => {
    const p = parsePsplib(text);
    expect(p.activities).toHaveLength(32);
    expect(p.resources).toEqual([
      { id: 'R1', capacity: 24 },
      { id: 'R2', capacity: 23 },
      { id: 'R3', capacity: 25 },
      { id: 'R4', capacity: 33 },
    ]);
    expect(p.activities[0]).toEqual({ id: '1', duration: 0, demands: [0, 0, 0, 0], successors: [1, 2, 3] });
    expect(p.activities[1]).toEqual({ id: '2', duration: 2, demands: [1, 2, 4, 0], successors: [9, 10, 27] });
    expect(p.activities[31]).toEqual({ id: '32', duration: 0, demands: [0, 0, 0, 0], successors: [] });
  });

  it('reads the optima of all 480 instances', () => {
    const optima = parseOptima(readFileSync(join(dir, 'optimum.csv'), 'utf8'));
    expect(optima.size).toBe(480);
    expect(optima.get('j301_1.sm')).toBe(43);
  });

  it('names the line of a malformed row', () => {
    const broken = text.replace('   2        1          3          10  11  28', '   2        1          4          10  11  28');
    expect(() => parsePsplib(broken)).toThrow(/line \d+: job 2 lists 3 successors, announces 4/);
  });

  it('refuses multi-mode files and truncated files', () => {
    expect(() => parsePsplib(text.replace('   5        1          1           8', '   5        3          1           8'))).toThrow(
      /only single-mode/,
    );
    expect(() => parsePsplib(text.slice(0, text.indexOf('REQUESTS/DURATIONS')))).toThrow(PsplibFormatError);
    expect(() => parsePsplib('hello')).toThrow('no job count in the header');
  });

  it('a parsed instance solves to its known optimum', () => {
    const s = solve(parsePsplib(text), { schedules: 2000, seed: 7 });
    expect(s.makespan).toBe(parseOptima(readFileSync(join(dir, 'optimum.csv'), 'utf8')).get('j3010_1.sm'));
  });
});

describe('optima list parsing', () => {
  it('rejects a line that is not name,optimum', () => {
    expect(() => parseOptima('problem,optimum\nj301_1.sm,forty')).toThrow('line 2: expected "name,optimum"');
  });
});
