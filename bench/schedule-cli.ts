/**
 * `npx tsx bench/schedule-cli.ts <file.sm> [--schedules N] [--seed S]`: schedules one PSPLIB single-mode instance with
 * the engine and prints JSON `{ makespan, lowerBound, starts: { activityId: start } }`. Exits 1 with a message naming the
 * file on anything it cannot read, parse or schedule; 2 on a wrong command line.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_SCHEDULES, InvalidProblemError, PsplibFormatError, parsePsplib, solve } from '../src/domain/rcpsp';

const USAGE = 'usage: schedule <file.sm> [--schedules N] [--seed S]';

interface Args {
  file: string;
  schedules: number;
  seed: number;
}

function parseArgs(argv: readonly string[]): Args | string {
  let file: string | undefined;
  let schedules = DEFAULT_SCHEDULES;
  let seed = 1;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--schedules' || arg === '--seed') {
      const value = Number(argv[i + 1]);
      if (!Number.isInteger(value) || value < (arg === '--seed' ? 0 : 1)) return `${arg} needs a whole number`;
      if (arg === '--schedules') schedules = value;
      else seed = value;
      i += 1;
    } else if (arg.startsWith('--') || file !== undefined) return `unexpected argument ${arg}`;
    else file = arg;
  }
  return file === undefined ? 'no file given' : { file, schedules, seed };
}

export function runScheduleCli(argv: readonly string[]): { code: number; out: string } {
  const args = parseArgs(argv);
  if (typeof args === 'string') return { code: 2, out: `schedule: ${args}\n${USAGE}` };
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    return { code: 1, out: `schedule: cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const problem = parsePsplib(text);
    const s = solve(problem, { schedules: args.schedules, seed: args.seed });
    const starts = Object.fromEntries(problem.activities.map((a, j) => [a.id, s.starts[j] ?? 0]));
    return { code: 0, out: JSON.stringify({ makespan: s.makespan, lowerBound: s.lowerBound, starts }, null, 2) };
  } catch (error) {
    if (error instanceof PsplibFormatError || error instanceof InvalidProblemError) {
      return { code: 1, out: `schedule: ${args.file} is not a schedulable PSPLIB .sm file: ${error.message}` };
    }
    throw error;
  }
}

if (require.main === module) {
  const { code, out } = runScheduleCli(process.argv.slice(2));
  if (code === 0) console.log(out);
  else console.error(out);
  process.exitCode = code;
}
