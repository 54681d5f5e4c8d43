'use strict';
/*
 * Campaign Control's stand-in for Forge's Node runtime wrapper (Atlassian's own is downloaded by `forge deploy`
 * and is not on npm). `@forge/bundler` copies this file into the bundle as `__forge_wrapper__.cjs` when
 * FORGE_RUNTIME_PATH points at this folder, exactly where the real wrapper goes.
 *
 * What it does, and all it does: resolves a manifest handler reference ("index.handler": the module `index.cjs`
 * beside it, its export `handler`) to the bundled function. The host that loads the bundle (the local Forge
 * host, `local/forge/app-bundle.ts`) installs the platform globals (`__forge_fetch__`, `__forge_runtime__`)
 * before calling it, as Forge's runtime does.
 */
const path = require('node:path');

function loadHandler(reference) {
  const dot = reference.lastIndexOf('.');
  if (dot <= 0 || dot === reference.length - 1) throw new Error(`Handler "${reference}" is not <module>.<function>.`);
  const moduleName = reference.slice(0, dot);
  const functionName = reference.slice(dot + 1);
  const loaded = require(path.join(__dirname, `${moduleName}.cjs`));
  const fn = loaded[functionName];
  if (typeof fn !== 'function') throw new Error(`The bundle's ${moduleName}.cjs exports no function "${functionName}".`);
  return fn;
}

module.exports = { loadHandler, standIn: 'campaign-control-local-wrapper' };
