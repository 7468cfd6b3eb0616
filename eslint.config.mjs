// Lint also guards the layers: shared/ is pure, electron/ and renderer/ never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare module names only: a project folder called `crypto` is not Node's module.
const nodeBuiltins = { regex: '^(node:|(fs|path|os|crypto|child_process|url|util|stream|zlib)(/|$))' };

const rendererPatterns = [
  { group: ['**/electron/**', 'electron'], message: 'renderer/ never imports electron/; use the Platform.' },
  { ...nodeBuiltins, message: 'renderer/ runs in a browser page: no Node built-ins.' },
];

const storeOnly =
  'features/ reads and writes data through renderer/src/store (its hooks and useStore()), never db/ or Dexie.';

// renderer/src folders below the screens: services, storage and the store.
const serviceFolders = [
  'cases',
  'journal',
  'workflow',
  'registry',
  'rules',
  'complaints',
  'audit',
  'reports',
  'backup',
  'auth',
  'print',
  'db',
  'store',
  'workers',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.vite/', 'out/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', '**/renderer/**', '@renderer/*'],
              message: 'shared/ is pure: no electron/ or renderer/.',
            },
            { ...nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            {
              group: ['react', 'react-dom', 'dexie', '@mantine/*'],
              message: 'shared/ is pure: no UI or storage libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'process'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '@renderer/*'], message: 'electron/ never imports renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    // Screens reach data only through the store (issue 11, renderer/src/store/README.md).
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            { regex: '^((\\.\\./)+|@renderer/)db(/|$)', message: storeOnly },
            { group: ['dexie', 'dexie/**', 'dexie-react-hooks'], message: storeOnly },
          ],
        },
      ],
    },
  },
  {
    // Services and storage sit below the screens and the frame.
    files: [`renderer/src/{${serviceFolders.join(',')}}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            {
              regex: '^((\\.\\./)+|@renderer/)(features|app)(/|$)',
              message: 'Service folders never import features/ or app/: they sit below the screens.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'tests/**/*.{ts,tsx}',
      'scripts/**/*.ts',
      '**/*.config.{ts,mts,mjs}',
      'forge.config.ts',
      'electron/vite.*.mts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
