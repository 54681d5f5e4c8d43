import { statusMacroIssueKeys, statusMacroStorage, withStatusMacro, extensionKeyOf } from '../../../src/domain/macro/status-macro';

const app = { appId: 'ari:cloud:ecosystem::app/1234-abcd', environmentId: 'env-9', environmentType: 'PRODUCTION' };
const macro = (issueKey: string, localId = 'loc-1') => statusMacroStorage({ app, issueKey, localId, title: 'Campaign status' });

describe('the campaign status macro in storage format', () => {
  it('is the Forge extension node: the app’s extension key, the configuration under guest-params, a fallback', () => {
    const xml = macro('MKT-12');
    expect(extensionKeyOf(app)).toBe('1234-abcd/env-9/static/campaign-status-macro');
    expect(xml.startsWith('<ac:adf-extension><ac:adf-node type="extension">')).toBe(true);
    expect(xml).toContain('<ac:adf-attribute key="extension-key">1234-abcd/env-9/static/campaign-status-macro</ac:adf-attribute>');
    expect(xml).toContain('<ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>');
    expect(xml).toContain(
      '<ac:adf-parameter key="guest-params"><ac:adf-parameter key="issue-key">MKT-12</ac:adf-parameter></ac:adf-parameter>',
    );
    expect(xml).toContain(
      '<ac:adf-parameter key="extension-id">ari:cloud:ecosystem::extension/1234-abcd/env-9/static/campaign-status-macro</ac:adf-parameter>',
    );
    expect(xml).toContain('<ac:adf-attribute key="local-id">loc-1</ac:adf-attribute>');
    expect(xml).toContain('<ac:adf-fallback><p>Campaign status — MKT-12</p></ac:adf-fallback>');
  });

  it('escapes what it writes, so a title cannot break the page', () => {
    const xml = statusMacroStorage({ app, issueKey: 'MKT-1', localId: 'x', title: 'A <b>&</b> "q"' });
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;q&quot;');
  });

  it('finds the campaigns the page shows, whatever the environment, and ignores other extensions', () => {
    const other = macro('MKT-3').replace('static/campaign-status-macro', 'static/another-macro');
    const staging = statusMacroStorage({ app: { ...app, environmentId: 'staging' }, issueKey: 'EVT-1', localId: 'b', title: 't' });
    expect(statusMacroIssueKeys(`<p>Brief</p>${macro('MKT-12')}${other}${staging}`)).toEqual(['MKT-12', 'EVT-1']);
  });

  it('goes first in the page, keeps every byte of the page after it, and is not added twice', () => {
    const page =
      '<h1>Brief</h1><p>Budget : 95 000 €</p><ac:structured-macro ac:name="info"><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>';
    const once = withStatusMacro(page, 'MKT-12', macro('MKT-12'));
    expect(once).toBe(`${macro('MKT-12')}${page}`);
    expect(withStatusMacro(once ?? '', 'MKT-12', macro('MKT-12', 'loc-2'))).toBeNull();
    // Another campaign's macro on the page does not stop this one's.
    expect(withStatusMacro(once ?? '', 'MKT-13', macro('MKT-13'))).toBe(`${macro('MKT-13')}${once ?? ''}`);
  });
});
