// ESLint (flat config): typescript-eslint strict + type-checked rules everywhere, React hooks rules for the UIs,
// and size limits that keep files and functions small enough to read (data tables and catalogues excepted).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Files that are long because they are data: message catalogues, built-in templates, breakdown patterns.
const longByNature = [
  'src/wording/catalog/**',
  'src/domain/templates/built-in/**',
  'src/domain/breakdown/patterns.ts',
  'static/**/i18n*.ts',
  'static/**/*-strings.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/build/**',
      '.data/**',
      'node_modules/**',
      'local/forge/runtime-wrapper/dist/**',
      'local/ui/public/**',
      'local/vendor/**',
      'test-results/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.tools.json', './static/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages and keys are the norm here ("tasks.3.dependsOn"); objects and nullish values still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` is the idiom; a void value used anywhere else still fails.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `_unused` marks a parameter an interface imposes.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  // Small files and functions in the shipped code (src, static).
  {
    files: ['src/**/*.ts', 'static/**/*.{ts,tsx}'],
    ignores: longByNature,
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  // The two classic hook rules (the React Compiler's extra rules would flag the apps' fetch-in-effect hooks).
  {
    files: ['static/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Tests read answers they just asserted on: the unsafe-* family and non-null assertions would only add casts.
  // `any` itself stays forbidden, so a renamed contract field still breaks a test at compile time.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
);
