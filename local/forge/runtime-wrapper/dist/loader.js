'use strict';
/*
 * Stand-in for Forge's runtime loader: `@forge/bundler` makes this file the bundle's entry script
 * `__forge__.cjs` and copies the wrapper beside it as `__forge_wrapper__.cjs` (see wrapper.js).
 */
module.exports = require('./__forge_wrapper__.cjs');
