// ESLint flat config: TypeScript rules, React hooks, and the import boundaries of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (group, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'reports',
      'test-results',
      'public/*',
      '!public/embed',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      // docs embed.md: a message names the window it is for, never any window at all
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='postMessage'][arguments.1.type='Literal'][arguments.1.value='*']",
          message: "postMessage(…, '*') can reach any page: name the target origin.",
        },
        {
          selector:
            "CallExpression[callee.name='postMessage'][arguments.1.type='Literal'][arguments.1.value='*']",
          message: "postMessage(…, '*') can reach any page: name the target origin.",
        },
        {
          selector: "Property[key.name='targetOrigin'][value.type='Literal'][value.value='*']",
          message: "targetOrigin '*' can reach any page: name the target origin.",
        },
      ],
    },
  },
  {
    // the host scripts of embed/v1: plain browser JavaScript served as they are
    files: ['public/embed/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  { files: ['public/embed/v1/resizer.js'], languageOptions: { sourceType: 'script' } },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine is pure maths: no app modules, no UI libraries, no unseeded randomness.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      ...restrict(
        [
          '**/data/**',
          '**/scenario/**',
          '**/protocol/**',
          '**/worker/**',
          '**/store/**',
          '**/explain/**',
          '**/viz/**',
          '**/components/**',
          '**/embed/**',
          '**/app/**',
          '**/cli/**',
          'react',
          'react-dom',
          'react-dom/*',
          'zustand',
          'zustand/*',
          'd3',
          'd3-*',
          'node:*',
          'fs',
          'path',
        ],
        'src/engine imports nothing of the app, no UI library and no Node API.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in random.ts.' },
        ...[
          'exp',
          'expm1',
          'log',
          'log1p',
          'log2',
          'log10',
          'pow',
          'tanh',
          'sinh',
          'cosh',
          'sin',
          'cos',
          'tan',
          'atan',
          'atan2',
          'cbrt',
          'hypot',
        ].map((property) => ({
          object: 'Math',
          property,
          message:
            'Math.' + property + ' differs in the last bit between JS engines: use detMath.ts.',
        })),
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'fetch'],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/scenario/**/*.ts', 'src/explain/**/*.ts', 'src/viz/**/*.ts'],
    rules: {
      ...restrict(
        [
          '**/protocol/**',
          '**/worker/**',
          '**/store/**',
          '**/components/**',
          '**/embed/**',
          '**/app/**',
          '**/cli/**',
          'react',
          'react-dom',
          'zustand',
          'node:*',
        ],
        'Pure modules: no UI, no worker, no store, no Node API.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator.' },
      ],
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: restrict(
      [
        '**/worker/**',
        '**/store/**',
        '**/components/**',
        '**/app/**',
        '**/cli/**',
        'react',
        'zustand',
      ],
      'protocol holds message types only.',
    ),
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: restrict(
      [
        '**/store/**',
        '**/components/**',
        '**/app/**',
        '**/embed/**',
        '**/cli/**',
        'react',
        'zustand',
      ],
      'The worker drives the engine; it knows nothing of the page.',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict(
      ['**/components/**', '**/app/**', '**/embed/**', '**/cli/**', 'react-dom'],
      'The store knows no components.',
    ),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: restrict(
      [
        '**/engine/!(types)',
        '**/engine/!(types)/**',
        '**/worker/**',
        '**/cli/**',
        '**/app/**',
        '**/embed/**',
      ],
      'Components read the store, explain and viz; never the engine or the worker.',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(
      [
        '**/store/**',
        '**/components/**',
        '**/app/**',
        '**/embed/**',
        '**/worker/**',
        'react',
        'zustand',
      ],
      'The CLI is headless.',
    ),
  },
);
