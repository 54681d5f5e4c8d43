// ESLint (flat config): typescript-eslint strict + type-checked rules everywhere, React hooks rules for the UIs.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '**/build/**',
      '.data/**',
      'node_modules/**',
      'local/forge/runtime-wrapper/dist/**',
      'local/ui/public/**',
      '**/*.mjs',
      '**/*.cjs',
      'jest.config.js',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.tools.json', './static/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages and keys are the norm here ("tasks.3.dependsOn"); objects and nullish values still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` is the idiom; a void value used anywhere else still fails.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  // The two classic hook rules (the React Compiler's extra rules would flag the apps' fetch-in-effect hooks).
  {
    files: ['static/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
