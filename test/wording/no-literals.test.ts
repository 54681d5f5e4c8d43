import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOING } from '../../src/usecases/authorise';
import { render } from '../../src/wording/messages';
import { findLiterals, type Literal } from './literal-guard';

/**
 * No word a person reads is written in code outside the wording module: every user-visible literal of `src/` and
 * `static/` comes from a catalogue. What is not for a person is skipped by the guard itself (see literal-guard.ts);
 * the files below hold words on purpose, each for the reason given.
 */
const ROOT = join(__dirname, '..', '..');

const EXEMPT: { path: RegExp; why: string }[] = [
  { path: /^src\/wording\/catalog\//, why: 'the catalogues themselves' },
  { path: /^static\/.+-strings\.ts$|^static\/.+\/i18n[^/]*\.ts$/, why: 'the UIs’ string files, drawn from the wording module' },
  { path: /^src\/domain\/templates\/built-in\//, why: 'bilingual data: the built-in templates hold each name in English and French' },
  { path: /^src\/domain\/breakdown\/patterns\.ts$/, why: 'bilingual data: the breakdown patterns hold en + fr task names' },
  {
    path: /^static\/kit\/bootstrap\.tsx$/,
    why: 'bilingual data: the crash text in both languages, for when the app’s strings are what failed',
  },
  { path: /^src\/domain\/brief\/labels\.ts$/, why: 'words to recognise in a brief, never shown' },
  { path: /^src\/domain\/targeting\/words\.ts$/, why: 'audience and channel words to recognise in a brief, never shown' },
  { path: /^src\/domain\/snapshot\/work-estimate\.ts$/, why: 'Jira field names to recognise (story points), never shown' },
  { path: /^src\/domain\/breakdown\/ai-engine\.ts$/, why: 'the prompt is for the model, not a person' },
  { path: /^src\/domain\/brief\/ai-prompt\.ts$/, why: 'the prompt is for the model, not a person' },
  { path: /^src\/domain\/kpi\/connector\.ts$/, why: 'a shell command sample (curl, openssl): code an admin copies' },
  {
    path: /^src\/domain\/rcpsp\//,
    why: 'the scheduling solver’s own checks: a bad problem is a bug (shown as errors.internal); PSPLIB files are the bench’s',
  },
  { path: /^static\/[^/]+\/src\/dev\//, why: 'the local dev harness’s sample data, not shipped to people' },
  { path: /^src\/adapters\/jira\/risk-register\.ts$/, why: 'the names of mirror steps, for a log line only' },
  {
    path: /^src\/usecases\/authorise\.ts$/,
    why: 'action phrases the errors catalogue translates (FR_ACTIONS); the test below checks each',
  },
  {
    path: /^src\/(triggers\/|usecases\/signoff\/reopen-on-issue-change\.ts$|usecases\/panel\/apply-issue-event\.ts$|domain\/snapshot\/(trigger-event|change-check)\.ts$)/,
    why: 'why an event was ignored: a log reason of the event handlers, never shown',
  },
];

/**
 * English still written in code, by file, until it moves into a catalogue: the count of literals each file holds.
 * This list may only shrink: a file that is fixed must leave it (or lower its count), a new literal may not join it.
 * Empty now: every file is clean, and it stays so.
 */
const PENDING: Record<string, number> = {};

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const scanned = [...sources('src'), ...sources('static')].map((p) => relative(ROOT, join(ROOT, p)).replace(/\\/g, '/'));
const checked = scanned.filter((p) => !EXEMPT.some((e) => e.path.test(p)));
const found: Literal[] = checked.flatMap((p) => findLiterals(p, readFileSync(join(ROOT, p), 'utf8')));

describe('no user-visible literal outside the catalogues', () => {
  it('finds none in src/ and static/ beyond the pending list, which only shrinks', () => {
    const byFile = new Map<string, Literal[]>();
    for (const l of found) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
    const unexpected = [...byFile].filter(([file, ls]) => ls.length > (PENDING[file] ?? 0)).flatMap(([, ls]) => ls);
    expect(unexpected.map((l) => `${l.file}:${l.line}: ${l.text}`)).toEqual([]);
    const shrunk = Object.entries(PENDING).filter(([file, n]) => (byFile.get(file)?.length ?? 0) < n);
    expect(shrunk.map(([file, n]) => `${file}: ${byFile.get(file)?.length ?? 0} left, pinned at ${n}`)).toEqual([]);
  });

  it('catches a literal in a snippet: JSX text, a read attribute, a sentence in a string or a template', () => {
    const tsx = [
      'export const A = () => <p title="Close the panel">Nothing to show yet</p>;',
      "export const B = ({ n }: { n: number }) => <input placeholder={'Search people'} aria-label={`${n} rows`} />;",
    ].join('\n');
    expect(findLiterals('x.tsx', tsx).map((l) => l.text)).toEqual(['Close the panel', 'Nothing to show yet', 'Search people']);
    const ts = [
      "throw new DomainError('INVALID_INPUT', 'the file has no rows to read');",
      'const m = `${field}: must be at most ${max} characters`;',
    ].join('\n');
    expect(findLiterals('x.ts', ts).map((l) => l.text)).toEqual(['the file has no rows to read', '…: must be at most … characters']);
  });

  it('leaves alone what is not for a person: bugs, logs, JQL, paths, CSS classes, keys and types', () => {
    const ts = [
      "throw new Error('invariant: a failed parse carries at least one issue');",
      "console.error('[campaign-control] creation job failed without an answer', e);",
      'const jql = `project = ${key} AND issuetype = Epic ORDER BY created`;',
      'const url = `/rest/api/3/issue/${key}/comment?orderBy=-created`;',
      "const submitClassName = 'button button--primary wide';",
      "type Kind = 'one of these words';",
      "import { x } from '../some module path';",
      'const k = `kpi-import:${a}:${b}:part`;',
    ].join('\n');
    expect(findLiterals('x.ts', ts)).toEqual([]);
  });

  it('walks every source file of src/ and static/', () => {
    expect(checked.length).toBeGreaterThan(300);
  });
});

describe('the action phrases of a refusal', () => {
  it('each have their French (a phrase the catalogue does not know would be quoted in English)', () => {
    for (const action of Object.values(DOING)) {
      const fr = render('fr', { key: 'errors.pmOrAdminOnly', params: { projectKey: 'MKT', action } });
      expect([action, fr.includes('«')]).toEqual([action, false]);
    }
  });
});
