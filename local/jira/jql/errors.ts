/** Compile errors. Messages follow Jira Cloud's wording so people (and apps) recognise them. */

export class JqlCompileError extends Error {}

/** 1-based line and character of an offset, as Jira prints them. */
export function positionOf(jql: string, offset: number): { line: number; character: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < jql.length; i++) {
    if (jql[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart + 1 };
}

/** A syntax error: "Error in the JQL Query: <detail> (line L, character C)". */
export function syntaxError(jql: string, offset: number, detail: string): JqlCompileError {
  const { line, character } = positionOf(jql, offset);
  return new JqlCompileError(`Error in the JQL Query: ${detail} (line ${line}, character ${character})`);
}

export function unknownField(name: string): JqlCompileError {
  return new JqlCompileError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

export function unsupportedOperator(operator: string, field: string): JqlCompileError {
  return new JqlCompileError(`The operator '${operator}' is not supported by the '${field}' field.`);
}

export function invalidDate(value: string, field: string): JqlCompileError {
  return new JqlCompileError(
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
      `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}

export function invalidValue(value: string, field: string): JqlCompileError {
  return new JqlCompileError(`The value '${value}' does not exist for the field '${field}'.`);
}
