/**
 * PSPLIB's single-mode RCPSP format (`.sm`, Kolisch & Sprecher 1997) and the optima list, read from strings. Jobs
 * become activities with their job number as id (the dummy source and sink included, as zero-duration activities);
 * renewable resources become resources R1..Rk.
 */
import type { Activity, Problem } from './model';

export class PsplibFormatError extends Error {
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'PsplibFormatError';
  }
}

interface Lines {
  readonly text: readonly string[];
}

function headerNumber(lines: Lines, label: RegExp, what: string): number {
  for (const line of lines.text) {
    const match = label.exec(line);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  throw new PsplibFormatError(`no ${what} in the header`);
}

/** The index of the line that starts a section (0-based), or an error naming it. */
function section(lines: Lines, title: string): number {
  const at = lines.text.findIndex((l) => l.trim().toUpperCase().startsWith(title));
  if (at < 0) throw new PsplibFormatError(`no ${title} section`);
  return at;
}

/** `count` rows of whole numbers after `from`, skipping column titles and rules; each at least `min` numbers. */
function numberRows(lines: Lines, from: number, count: number, min: number): { row: number[]; line: number }[] {
  const rows: { row: number[]; line: number }[] = [];
  for (let i = from + 1; i < lines.text.length && rows.length < count; i += 1) {
    const raw = (lines.text[i] ?? '').trim();
    if (raw === '' || !/^\d/.test(raw)) {
      if (raw.startsWith('***')) break;
      continue;
    }
    const row = raw.split(/\s+/).map(Number);
    if (row.some((v) => !Number.isInteger(v) || v < 0) || row.length < min)
      throw new PsplibFormatError(`expected ${min} whole numbers`, i + 1);
    rows.push({ row, line: i + 1 });
  }
  if (rows.length < count) throw new PsplibFormatError(`expected ${count} rows after line ${from + 1}, found ${rows.length}`);
  return rows;
}

function precedence(lines: Lines, jobs: number): Map<number, number[]> {
  const successors = new Map<number, number[]>();
  for (const { row, line } of numberRows(lines, section(lines, 'PRECEDENCE RELATIONS') + 1, jobs, 3)) {
    const [job = 0, modes = 0, count = 0, ...rest] = row;
    if (modes !== 1) throw new PsplibFormatError(`job ${job} has ${modes} modes: only single-mode (.sm) files are supported`, line);
    if (rest.length !== count) throw new PsplibFormatError(`job ${job} lists ${rest.length} successors, announces ${count}`, line);
    if (successors.has(job)) throw new PsplibFormatError(`job ${job} appears twice`, line);
    successors.set(job, rest);
  }
  return successors;
}

/** Parses a `.sm` file's text into a problem; throws PsplibFormatError with the line on anything unexpected. */
export function parsePsplib(text: string): Problem {
  const lines: Lines = { text: text.split(/\r?\n/) };
  const jobs = headerNumber(lines, /jobs \(incl\. supersource\/sink \)\s*:\s*(\d+)/i, 'job count');
  const renewable = headerNumber(lines, /-\s*renewable\s*:\s*(\d+)/i, 'renewable resource count');
  const successorsOf = precedence(lines, jobs);
  const requests = numberRows(lines, section(lines, 'REQUESTS/DURATIONS') + 1, jobs, 3 + renewable);
  const [capacities] = numberRows(lines, section(lines, 'RESOURCEAVAILABILITIES') + 1, 1, renewable);
  const index = new Map<number, number>(requests.map(({ row }, i) => [row[0] ?? 0, i]));
  if (index.size !== jobs) throw new PsplibFormatError('a job appears twice in REQUESTS/DURATIONS');
  const activities: Activity[] = requests.map(({ row, line }) => {
    const job = row[0] ?? 0;
    const successors = successorsOf.get(job);
    if (successors === undefined) throw new PsplibFormatError(`job ${job} has no precedence row`, line);
    return {
      id: String(job),
      duration: row[2] ?? 0,
      demands: row.slice(3, 3 + renewable),
      successors: successors.map((s) => {
        const to = index.get(s);
        if (to === undefined) throw new PsplibFormatError(`job ${job} names an unknown successor ${s}`);
        return to;
      }),
    };
  });
  const capacityRow = capacities?.row ?? [];
  return {
    activities,
    resources: capacityRow.slice(0, renewable).map((capacity, k) => ({ id: `R${k + 1}`, capacity })),
  };
}

/** Parses the optima list (`problem,optimum` lines, e.g. `j301_1.sm,43`) into instance name → optimal makespan. */
export function parseOptima(text: string): Map<string, number> {
  const optima = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || (i === 0 && /^problem\s*,/i.test(line))) return;
    const [name = '', value = ''] = line.split(',').map((s) => s.trim());
    const optimum = Number(value);
    if (name === '' || value === '' || !Number.isInteger(optimum) || optimum < 0)
      throw new PsplibFormatError(`expected "name,optimum"`, i + 1);
    optima.set(name, optimum);
  });
  return optima;
}
