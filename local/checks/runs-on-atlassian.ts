import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { valueText } from '../shared/value-text';

/**
 * Checks a parsed manifest.yml against the Runs on Atlassian rules (Forge's "Runs on Atlassian" and web trigger
 * pages; /work/shared/design/platform-facts.md): Atlassian compute and storage only, so
 * - no `permissions.external` egress of any kind (fetch, images, fonts, frames, scripts, styles, media, navigation,
 *   customer-managed `configurable`), except analytics entries `{address, category: analytics, inScopeEUD: false}`;
 * - no `remotes`, no `providers` (OAuth to outside services), no Forge Remote `endpoint` on any module;
 * - every `webtrigger` of `response.type: static` with `outputs` declared (a dynamic one, the default, is egress).
 * Each problem names where it is, so a script (or a test) can print them as they are.
 */
export interface EligibilityProblem {
  where: string;
  message: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function externalProblems(external: Json): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  const entry = (where: string, e: unknown): void => {
    if (isObject(e) && typeof e.address === 'string' && e.category === 'analytics' && e.inScopeEUD === false) return;
    if (isObject(e) && e.category === 'analytics') {
      problems.push({
        where,
        message: `analytics egress to ${String(e.address)} must declare inScopeEUD: false (in-scope End-User Data leaves Atlassian)`,
      });
      return;
    }
    const target =
      typeof e === 'string'
        ? e
        : isObject(e)
          ? valueText(e.address ?? (e.remote !== undefined ? `remote ${valueText(e.remote)}` : e))
          : String(e);
    problems.push({ where, message: `egress to ${target}: only analytics entries with inScopeEUD: false are allowed` });
  };
  for (const [kind, value] of Object.entries(external)) {
    if (kind === 'configurable') {
      if (isObject(value) && value.enabled === true)
        problems.push({ where: 'permissions.external.configurable', message: 'customer-managed egress is enabled' });
      continue;
    }
    if (kind === 'fetch' && isObject(value)) {
      for (const [side, list] of Object.entries(value))
        asArray(list).forEach((e, i) => entry(`permissions.external.fetch.${side}[${i}]`, e));
      continue;
    }
    asArray(value).forEach((e, i) => entry(`permissions.external.${kind}[${i}]`, e));
  }
  return problems;
}

function webTriggerProblems(modules: Json): EligibilityProblem[] {
  return asArray(modules.webtrigger).flatMap((w, i): EligibilityProblem[] => {
    const key = isObject(w) && typeof w.key === 'string' ? w.key : `#${i}`;
    const where = `modules.webtrigger '${key}'`;
    const response = isObject(w) ? w.response : undefined;
    const type = isObject(response) ? response.type : undefined;
    if (type !== 'static')
      return [
        {
          where,
          message: `web trigger '${key}' is ${typeof type === 'string' ? type : 'dynamic (the default)'}; only response.type: static is egress-free`,
        },
      ];
    if (asArray(isObject(response) ? response.outputs : undefined).length === 0)
      return [{ where, message: `static web trigger '${key}' declares no response.outputs` }];
    return [];
  });
}

/** Every module of any type that points at a Forge Remote endpoint instead of a function. */
function remoteEndpointProblems(modules: Json): EligibilityProblem[] {
  return Object.entries(modules).flatMap(([type, list]) =>
    type === 'endpoint'
      ? asArray(list).map((m, i) => ({
          where: `modules.endpoint[${i}]`,
          message: `Forge Remote endpoint '${isObject(m) ? String(m.key) : i}' runs off Atlassian`,
        }))
      : asArray(list).flatMap((m) =>
          isObject(m) && m.endpoint !== undefined
            ? [{ where: `modules.${type} '${String(m.key)}'`, message: `calls Forge Remote endpoint '${valueText(m.endpoint)}'` }]
            : [],
        ),
  );
}

export function runsOnAtlassianProblems(manifest: unknown): EligibilityProblem[] {
  if (!isObject(manifest)) return [{ where: 'manifest', message: 'is not a YAML mapping' }];
  const problems: EligibilityProblem[] = [];
  const permissions = isObject(manifest.permissions) ? manifest.permissions : {};
  if (isObject(permissions.external)) problems.push(...externalProblems(permissions.external));
  for (const r of asArray(manifest.remotes))
    problems.push({
      where: 'remotes',
      message: `remote '${isObject(r) ? String(r.key) : String(r)}' is compute or storage outside Atlassian`,
    });
  if (isObject(manifest.providers)) {
    for (const [kind, list] of Object.entries(manifest.providers)) {
      for (const p of asArray(list))
        problems.push({
          where: `providers.${kind}`,
          message: `provider '${isObject(p) ? String(p.key) : String(p)}' authenticates with an outside service`,
        });
    }
  }
  const modules = isObject(manifest.modules) ? manifest.modules : {};
  problems.push(...webTriggerProblems(modules), ...remoteEndpointProblems(modules));
  return problems;
}

/** The same check on a manifest file. */
export const runsOnAtlassianProblemsOf = (manifestPath: string): EligibilityProblem[] =>
  runsOnAtlassianProblems(parse(readFileSync(manifestPath, 'utf8')));

if (require.main === module) {
  const problems = runsOnAtlassianProblemsOf(join(__dirname, '..', '..', 'manifest.yml'));
  for (const p of problems) console.log(`${p.where}: ${p.message}`);
  console.log(problems.length === 0 ? 'Runs on Atlassian: eligible' : `Runs on Atlassian: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
