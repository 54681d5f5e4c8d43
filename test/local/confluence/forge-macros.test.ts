import { forgeMacroStorage, forgeMacros, matchesPattern } from '../../../local/confluence/forge-macros';
import { storageToAdf } from '../../../local/confluence/storage-to-adf';
import { statusMacroStorage } from '../../../src/domain/macro/status-macro';

describe('Forge macros in the emulator’s storage format', () => {
  it('matches pasted addresses as the manifest’s autoConvert matchers say, whole addresses only', () => {
    const pattern = 'https://*.atlassian.net/browse/*';
    expect(matchesPattern(pattern, 'https://acme.atlassian.net/browse/MKT-12')).toBe(true);
    expect(matchesPattern(pattern, '  https://acme.atlassian.net/browse/MKT-12 ')).toBe(true);
    expect(matchesPattern(pattern, 'http://acme.atlassian.net/browse/MKT-12')).toBe(false);
    expect(matchesPattern(pattern, 'https://acme.atlassian.net/browse/MKT-12/extra')).toBe(false);
    expect(matchesPattern(pattern, 'https://evil.example/?u=acme.atlassian.net/browse/MKT-12')).toBe(false);
    expect(matchesPattern('https://www.facebook.com/{}/about', 'https://www.facebook.com/acme/about')).toBe(true);
  });

  it('reads the macro the app writes (its configuration in camel case) and writes it back unchanged in meaning', () => {
    const app = { appId: 'app-1', environmentId: 'env-1', environmentType: 'DEVELOPMENT' };
    const page = `<p>Before</p>${statusMacroStorage({ app, issueKey: 'MKT-12', localId: 'loc-1', title: 'Statut de campagne' })}<p>After</p>`;
    const [macro] = forgeMacros(page);
    expect(macro).toMatchObject({
      localId: 'loc-1',
      extensionKey: 'app-1/env-1/static/campaign-status-macro',
      extensionTitle: 'Statut de campagne',
      config: { issueKey: 'MKT-12' },
    });
    if (!macro) throw new Error('one macro');
    expect(page.slice(macro.start, macro.end).startsWith('<ac:adf-extension>')).toBe(true);
    expect(page.slice(macro.end)).toBe('<p>After</p>');
    const rewritten = forgeMacroStorage({ ...macro, config: { issueKey: 'EVT-1' } });
    expect(forgeMacros(rewritten)[0]).toMatchObject({ localId: 'loc-1', config: { issueKey: 'EVT-1' } });
  });

  it('gives the ADF extension node for atlas_doc_format, the paste’s link among its parameters', () => {
    const storage = forgeMacroStorage({
      localId: 'l2',
      extensionKey: 'app-1/env-1/static/campaign-status-macro',
      extensionTitle: 'Campaign status',
      config: {},
      autoConvertLink: 'https://acme.atlassian.net/browse/MKT-12',
    });
    expect(storageToAdf(`<h1>Brief</h1>${storage}`).content[1]).toEqual({
      type: 'extension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: 'app-1/env-1/static/campaign-status-macro',
        parameters: {
          localId: 'l2',
          extensionId: 'ari:cloud:ecosystem::extension/app-1/env-1/static/campaign-status-macro',
          extensionTitle: 'Campaign status',
          guestParams: {},
          autoConvertLink: 'https://acme.atlassian.net/browse/MKT-12',
        },
        layout: 'default',
        localId: 'l2',
      },
    });
  });
});
