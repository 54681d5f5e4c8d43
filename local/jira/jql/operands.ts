/** Compile-time helpers that turn a single operand into a per-search resolver for a given kind of field. */
import type { JqlContext } from './index';
import type { SingleOperand } from './evaluate';
import { compileFunction, type CompiledFunction } from './functions';
import { JqlCompileError, invalidDate } from './errors';
import { parseDateLiteral, resolveDateLiteral } from './dates';

export function functionFor<K extends CompiledFunction['kind']>(
  operand: Extract<SingleOperand, { kind: 'function' }>,
  field: string,
  kind: K,
): Extract<CompiledFunction, { kind: K }> {
  const fn = compileFunction(operand.name, operand.args);
  if (fn.kind !== kind) throw functionNotAllowed(fn.name, field);
  return fn as Extract<CompiledFunction, { kind: K }>;
}

export function functionNotAllowed(name: string, field: string): JqlCompileError {
  return new JqlCompileError(`A value provided by the function '${name}' is invalid for the field '${field}'.`);
}

/** Text values only (no function is meaningful for the field); `map` may throw to reject a value. */
export function literal<U>(field: string, map: (text: string) => U): (operand: SingleOperand) => (ctx: JqlContext) => U[] {
  return (operand) => {
    if (operand.kind === 'function') {
      // Compile first so that an unknown function is reported as such.
      throw functionNotAllowed(compileFunction(operand.name, operand.args).name, field);
    }
    const value = [map(operand.text)];
    return () => value;
  };
}

/** A date operand (literal, relative period or date function) as an instant in ms. */
export function dateOperand(operand: SingleOperand, field: string): (ctx: JqlContext) => number {
  if (operand.kind === 'function') {
    const fn = functionFor(operand, field, 'date');
    return (ctx) => fn.at(ctx);
  }
  const lit = parseDateLiteral(operand.text);
  if (!lit) throw invalidDate(operand.text, field);
  return (ctx) => resolveDateLiteral(lit, ctx.now);
}

/** A user operand: currentUser(), an accountId, or a name/email resolved through the context. */
export function userOperand(operand: SingleOperand, field: string): (ctx: JqlContext) => string[] {
  if (operand.kind === 'function') {
    const fn = functionFor(operand, field, 'user');
    return (ctx) => {
      const id = fn.user(ctx);
      return id === undefined ? [] : [id];
    };
  }
  const text = operand.text;
  // Unknown names fall back to the raw text so that an accountId the directory does not know still matches.
  return (ctx) => [ctx.userByName(text) ?? text];
}
