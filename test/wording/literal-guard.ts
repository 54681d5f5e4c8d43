import * as ts from 'typescript';

/**
 * Finds the texts a person would read that are written as literals in code instead of coming from the wording
 * module: JSX text and the JSX attributes a person reads, and string or template literals that read as words.
 * What is not for a person is left alone: module names, types, CSS classes, log lines, `new Error(…)` (a bug,
 * shown to people as `errors.internal`), JQL and the like.
 */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

/** JSX attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-description', 'aria-placeholder']);
/** Calls whose arguments are for developers or machines: errors thrown as bugs, logs. */
const BUG_ERRORS = new Set(['Error', 'RangeError', 'TypeError']);
/** The app's own errors with the INTERNAL code: bugs too, shown to people as `errors.internal` (`toErrorResult`). */
const APP_ERRORS = new Set(['AppError', 'DomainError', 'ResolverFailure']);
const isInternal = (e: ts.NewExpression): boolean =>
  ts.isIdentifier(e.expression) &&
  APP_ERRORS.has(e.expression.text) &&
  e.arguments?.[0] !== undefined &&
  ts.isStringLiteral(e.arguments[0]) &&
  e.arguments[0].text === 'INTERNAL';
const LOG_CALLS = /^console\.(log|info|warn|error|debug)$/;
/** Object keys and attributes holding machine text (`lastError`: an outbox's state for the logs, never in a contract). */
const MACHINE_KEYS = new Set([
  'className',
  'class',
  'jql',
  'fields',
  'expand',
  'orderBy',
  'data-testid',
  'key',
  'rel',
  'role',
  'type',
  'lastError',
]);
/** A variable, parameter or property holding CSS classes (`submitClassName = 'button button--primary'`). */
const CLASS_NAME = /class(?:Name)?$/i;
/** Calls whose string argument is a media query, a selector or a regular expression. */
const MACHINE_CALLS = /(?:^|\.)(?:matchMedia|querySelector(?:All)?|RegExp|require|mustAt|mustGet|mustGroup|invariant)$/;
/** JQL, as the adapters and the local host write it (`project = MKT AND issuetype = Epic`). */
const JQL =
  /\b(?:project|issuetype|parent|issue\.property|key|labels|status(?:Category)?|cf\[\d+\])\s*(?:=|!=|~|\bin\b|\bIS\b)|\bORDER BY\b/i;

const WORD = /\p{L}[\p{L}’'-]*\p{L}/gu;

/**
 * True for text that reads as words for a person: at least `minWords` words of two letters or more, two of them
 * side by side in one literal part (a template's `${…}` parts are values: `kpi:${id}:part` and `/issue/${key}/comment`
 * are not sentences). JQL, URLs and markup are not words for a person.
 */
export function readsAsWords(parts: readonly string[], minWords = 3): boolean {
  const text = parts.join(' ');
  if (JQL.test(text) || parts.some((p) => /^\s*(?:<|\/|https?:)/.test(p))) return false;
  const words = text.match(WORD) ?? [];
  return words.length >= minWords && parts.some((p) => /\p{L}{2,}[’',;:.]?\s+[("«‘]?\p{L}{2,}/u.test(p));
}

const calleeName = (e: ts.Expression): string => (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) ? e.getText() : '');

/** True when `node` sits where its text is for developers or machines, not for a person. */
function exempt(node: ts.Node): boolean {
  // Up to the source file, whose parent is undefined at run time (the compiler's types say otherwise).
  const parentOf = (x: ts.Node): ts.Node | undefined => (ts.isSourceFile(x) ? undefined : x.parent);
  for (let n: ts.Node = node, p = parentOf(node); p !== undefined; n = p, p = parentOf(p)) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p) || ts.isExternalModuleReference(p)) return true;
    if (ts.isLiteralTypeNode(p) || ts.isTypeNode(n)) return true;
    if (ts.isNewExpression(p) && ts.isIdentifier(p.expression) && BUG_ERRORS.has(p.expression.text) && n !== p.expression) return true;
    if (ts.isNewExpression(p) && isInternal(p)) return true;
    if (ts.isCallExpression(p) && n !== p.expression) {
      const callee = calleeName(p.expression);
      if (LOG_CALLS.test(callee) || MACHINE_CALLS.test(callee)) return true;
    }
    if (
      (ts.isParameter(p) || ts.isVariableDeclaration(p) || ts.isBindingElement(p)) &&
      n === p.initializer &&
      CLASS_NAME.test(p.name.getText())
    )
      return true;
    if (ts.isPropertyAssignment(p) && n === p.initializer && MACHINE_KEYS.has(p.name.getText().replace(/['"]/g, ''))) return true;
    if (ts.isJsxAttribute(p) && MACHINE_KEYS.has(p.name.getText())) return true;
    if (ts.isPropertyAssignment(p) && n === p.name) return true;
    if (ts.isElementAccessExpression(p) && n === p.argumentExpression) return true;
    // Stop at the statement: a literal's place is decided by what is around it inside one statement.
    if (ts.isStatement(p) || ts.isClassElement(p)) return false;
  }
  return false;
}

/** A template's literal parts, without its `${…}` parts (they are values, not words). */
const templateParts = (node: ts.TemplateExpression): string[] => [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];

/** The user-visible literals of one source file. */
export function findLiterals(file: string, source: string): Literal[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string): void => {
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (/\p{L}{2,}/u.test(node.text)) add(node, node.text);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal = init && ts.isJsxExpression(init) ? init.expression : init;
      if (literal && (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) && /\p{L}{2,}/u.test(literal.text))
        add(node, literal.text);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !ts.isJsxAttribute(node.parent)) {
      if (readsAsWords([node.text]) && !exempt(node)) add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = templateParts(node);
      if (readsAsWords(parts) && !exempt(node)) add(node, parts.join('…'));
      // The `${…}` parts may hold literals of their own.
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
