/** JQL functions the emulator understands, checked at compile time and evaluated per search. */
import type { JqlContext } from './index';
import { JqlCompileError } from './errors';
import { parseOffset, periodBoundary, type Period } from './dates';

export type CompiledFunction =
  { kind: 'user'; name: string; user(ctx: JqlContext): string | undefined } | { kind: 'date'; name: string; at(ctx: JqlContext): number };

const BOUNDARIES: Record<string, { period: Period; edge: 'start' | 'end' }> = {
  startofday: { period: 'd', edge: 'start' },
  endofday: { period: 'd', edge: 'end' },
  startofweek: { period: 'w', edge: 'start' },
  endofweek: { period: 'w', edge: 'end' },
  startofmonth: { period: 'M', edge: 'start' },
  endofmonth: { period: 'M', edge: 'end' },
  startofyear: { period: 'y', edge: 'start' },
  endofyear: { period: 'y', edge: 'end' },
};

/** Function names are case-insensitive in JQL; the canonical spelling is kept for messages. */
function canonical(lower: string): string {
  return lower
    .replace(/of(day|week|month|year)$/, (_m, p: string) => `Of${p.charAt(0).toUpperCase()}${p.slice(1)}`)
    .replace('currentuser', 'currentUser');
}

export function compileFunction(name: string, args: string[]): CompiledFunction {
  const lower = name.toLowerCase();
  const display = canonical(lower);
  if (lower === 'currentuser' || lower === 'now') {
    if (args.length > 0) {
      throw new JqlCompileError(`Function '${display}' expected '0' arguments but received '${args.length}'.`);
    }
    return lower === 'now'
      ? { kind: 'date', name: display, at: (ctx) => ctx.now.getTime() }
      : { kind: 'user', name: display, user: (ctx) => ctx.currentAccountId };
  }
  const boundary = BOUNDARIES[lower];
  if (!boundary) throw new JqlCompileError(`Unable to find JQL function '${name}()'.`);
  if (args.length > 1) {
    throw new JqlCompileError(`Function '${display}' expected between '0' and '1' arguments but received '${args.length}'.`);
  }
  const [arg] = args;
  const offset = arg === undefined ? undefined : parseOffset(arg);
  if (arg !== undefined && !offset) {
    throw new JqlCompileError(
      `Duration for function '${display}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier, but got '${arg}'.`,
    );
  }
  return { kind: 'date', name: display, at: (ctx) => periodBoundary(ctx.now, boundary.period, boundary.edge, offset) };
}
