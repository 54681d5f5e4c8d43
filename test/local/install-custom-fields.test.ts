import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Database } from '../../local/db/database';
import { seedDemoSite } from '../../local/seed/demo-site';
import { installCustomFields } from '../../local/forge/install/install-custom-fields';
import { findField } from '../../local/jira/store/catalog';

const REPO = resolve(__dirname, '../..');

describe('installing the manifest jira:customField modules', () => {
  const dbs: Database[] = [];
  const freshSite = (): Database => {
    const db = openDatabase({ file: ':memory:' });
    seedDemoSite(db);
    dbs.push(db);
    return db;
  };
  afterAll(() => dbs.forEach((db) => db.close()));

  it('gives each module the same customfield id on every fresh site', () => {
    const a = installCustomFields(freshSite(), REPO);
    const b = installCustomFields(freshSite(), REPO);
    expect(a).toEqual(b);
    expect(new Set(a.map((f) => f.fieldId)).size).toBe(a.length);
    for (const f of a) expect(f.fieldId).toMatch(/^customfield_1\d{4}$/);
  });

  it('keeps the id when re-installed with a renamed field, and follows the new name', () => {
    const db = freshSite();
    const first = installCustomFields(db, REPO);
    const appDir = mkdtempSync(join(tmpdir(), 'cf-app-'));
    writeFileSync(
      join(appDir, 'manifest.yml'),
      readFileSync(join(REPO, 'manifest.yml'), 'utf8').replace('name:\n        i18n: fields.planned-cost.name', 'name: Budgeted cost'),
    );
    // The other fields' names come from the translation files beside the manifest.
    cpSync(join(REPO, 'src', 'wording', 'locales'), join(appDir, 'src', 'wording', 'locales'), { recursive: true });
    const second = installCustomFields(db, appDir);
    expect(second.map((f) => f.fieldId)).toEqual(first.map((f) => f.fieldId));
    const planned = second.find((f) => f.moduleKey === 'planned-cost')!;
    expect(findField(db, planned.fieldId)?.name).toBe('Budgeted cost');
  });

  it('names a field with an i18n name by the manifest’s default language, as Jira stores it', () => {
    const installed = installCustomFields(freshSite(), REPO);
    const db = freshSite();
    installCustomFields(db, REPO);
    expect(installed.map((f) => f.name)).toEqual(expect.arrayContaining(['Planned cost', 'Actual cost', 'Campaign budget']));
    expect(findField(db, installed.find((f) => f.moduleKey === 'campaign-kpis')!.fieldId)?.name).toBe('Campaign KPIs');
  });

  it('does not take an id another field already has', () => {
    const reference = installCustomFields(freshSite(), REPO);
    const db = freshSite();
    const taken = reference.find((f) => f.moduleKey === 'planned-cost')!.fieldId;
    db.prepare('INSERT INTO jira_fields (id, name, custom, schema_json) VALUES (?, \'Someone else\', 1, \'{"type":"string"}\')').run(taken);
    const installed = installCustomFields(db, REPO);
    expect(installed.find((f) => f.moduleKey === 'planned-cost')!.fieldId).not.toBe(taken);
    expect(findField(db, taken)?.name).toBe('Someone else');
  });

  it('names the manifest problem when the app id is malformed', () => {
    const appDir = mkdtempSync(join(tmpdir(), 'cf-app-'));
    writeFileSync(join(appDir, 'manifest.yml'), 'app:\n  id: not-an-ari\nmodules:\n  jira:customField: []\n');
    expect(() => installCustomFields(freshSite(), appDir)).toThrow(/app\.id: must be ari:cloud:ecosystem::app\/<uuid>/);
  });
});
