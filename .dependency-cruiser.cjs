/**
 * The layers of ARCHITECTURE.md, as rules (run by `npm run check:boundaries`, part of `npm test`).
 * tsPreCompilationDeps: true, so `import type` counts: a use case must not even type-import an adapter.
 */
// Resolved module paths: a package import resolves into node_modules (or stays the bare name if unresolvable).
const FORGE_IO = '(^|node_modules/)@forge/(api|kvs|events|llm)(/|$)';
const FORGE_ANY = '(^|node_modules/)@forge/';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: "In the app and its UIs (the emulator's JQL engine still has cycles).",
      severity: 'error',
      from: { path: '^(src|static)/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        "src/domain imports nothing of @forge/*, adapters, use cases or transport (resolvers, triggers, web triggers, Rovo actions, the envelope and its AppError). It may use the contracts' schemas and types, which describe what it computes.",
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [FORGE_ANY, '^src/(adapters|usecases|resolvers|triggers|webtriggers|actions|wiring)/', '^src/shared/result', '^src/index'],
      },
    },
    {
      name: 'forge-io-only-in-adapters',
      comment: 'Only src/adapters import @forge/api, @forge/kvs, @forge/events or @forge/llm.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/adapters/' },
      to: { path: FORGE_IO },
    },
    {
      name: 'usecases-use-ports',
      comment: 'Use cases depend on ports and the domain, never on adapters or transport.',
      severity: 'error',
      from: { path: '^src/usecases/' },
      to: { path: ['^src/(adapters|resolvers|triggers|webtriggers|actions|wiring)/', '^src/index'] },
    },
    {
      name: 'src-never-imports-local',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(local|test|bench)/' },
    },
    {
      name: 'static-imports-contracts-and-wording-only',
      comment: 'A Custom UI app imports its own folder, static/kit, src/contracts and src/wording; nothing else of src/.',
      severity: 'error',
      from: { path: '^static/' },
      to: { path: '^src/', pathNot: '^src/(contracts|wording)/' },
    },
    {
      name: 'static-apps-do-not-import-each-other',
      severity: 'error',
      from: { path: '^static/([^/]+)/' },
      to: { path: '^static/', pathNot: ['^static/$1/', '^static/kit/'] },
    },
    {
      name: 'local-reaches-src-through-entry-and-contracts',
      comment:
        'The local host loads the app through its handler entry (manifest) and speaks the contracts; it never reaches into src/ internals.',
      severity: 'error',
      from: { path: '^local/' },
      to: { path: '^src/', pathNot: ['^src/index\\.ts$', '^src/contracts/', '^src/wording/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)build/', '^\\.data/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.tools.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
