import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Text from briefs, Jira and resolvers reaches the UIs only as React text (escaped), never as markup: no Custom UI
 * source and no local host page script may inject raw HTML. Hostile briefs (script tags, event handlers) are kept
 * out of values by the parser (test/domain/brief/malformed-briefs.test.ts); this guards the rendering side.
 */
const ROOT = join(__dirname, '..', '..');
const RAW_HTML = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|new Function\(|\beval\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'build') return [];
    return statSync(full).isDirectory() ? files(full) : /\.(tsx?|jsx?|mjs)$/.test(name) ? [full] : [];
  });
}

describe('no raw HTML in the user interfaces', () => {
  const uiSources = [
    ...readdirSync(join(ROOT, 'static'))
      // An app has its sources in src/ (the kit at its root); a folder without code (the Rovo agent's prompt) has none.
      .filter((d) => statSync(join(ROOT, 'static', d)).isDirectory() && (d === 'kit' || existsSync(join(ROOT, 'static', d, 'src'))))
      .flatMap((d) => files(join(ROOT, 'static', d, d === 'kit' ? '' : 'src'))),
    ...files(join(ROOT, 'local', 'ui')),
  ];

  it('finds the UI sources it guards', () => {
    expect(uiSources.length).toBeGreaterThan(30);
  });

  it('never injects markup from strings', () => {
    const offenders = uiSources.filter((f) => RAW_HTML.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
