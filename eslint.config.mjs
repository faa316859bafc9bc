// ESLint (flat config) for the whole workspace: `npm run lint` (also the first stage of `npm test`).
//
// What is checked, and where:
//   everywhere      @eslint/js recommended + typescript-eslint recommended, plus two type-aware rules
//                   (no-floating-promises, no-misused-promises) through the TypeScript project service
//   apps/web        Next's rules (core-web-vitals + typescript) and react-hooks recommended
//   apps/api/src    the layering of the API, so boundaries are checked rather than remembered:
//                     - platform/ is below everything: it imports no module, app, job or CLI code
//                     - modules/ do not reach up into app/, jobs/, cli/, main.ts or cli.ts
//                     - a module uses another module only through its index.ts (one zone per pair,
//                       generated from the folders in modules/, so a new module is covered at once)
//                     - services and policies are transport-free (no GraphQL, Apollo, Express, Agenda, Next)
//   apps/api/src, apps/web   import/no-cycle; type-only circles: dependency-cruiser (.dependency-cruiser.cjs)
//   tests and specs no-explicit-any is off; no-floating-promises stays on
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));
const api = 'apps/api/src';
const web = 'apps/web';
const modulesDir = join(root, api, 'modules');
const modules = readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const tsFiles = ['**/*.{ts,tsx,mts,cts}'];
const jsFiles = ['**/*.{js,mjs,cjs}'];
const webFiles = [`${web}/**/*.{ts,tsx,js,jsx,mjs}`];
const testFiles = ['apps/api/test/**/*.ts', '**/*.spec.ts', 'e2e/**/*.ts'];

/** eslint-plugin-import: parse TypeScript, resolve through the given tsconfig(s). */
const importSettings = (...projects) => ({
  'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
  // Do not parse packages' own files to follow their imports: cycles are looked for in our code only.
  'import/ignore': ['/node_modules/'],
  'import/resolver': { typescript: { alwaysTryTypes: true, project: projects.map((p) => join(root, p)) } },
});
// import/no-cycle skips type-only imports; dependency-cruiser (.dependency-cruiser.cjs, also in `npm run lint`) counts them.
const noCycle = ['error', { ignoreExternal: true }];

/** A leading underscore marks a binding that is unused on purpose (`_args`, `{ secret: _s, ...rest }`). */
const unusedVars = [
  'error',
  { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
];

/** apps/api/src layering (import/no-restricted-paths; paths are relative to the repository root). */
const layerZones = [
  {
    target: `${api}/platform`,
    from: [`${api}/modules`, `${api}/app`, `${api}/jobs`, `${api}/cli`, `${api}/main.ts`, `${api}/cli.ts`],
    message: 'platform/ is the bottom layer: it must not import modules/, app/, jobs/, cli/ or the entry points (main.ts, cli.ts). Pass what it needs in as a parameter instead.',
  },
  {
    target: `${api}/modules`,
    from: [`${api}/app`, `${api}/jobs`, `${api}/cli`, `${api}/main.ts`, `${api}/cli.ts`],
    message: 'modules/ must not import app/, jobs/, cli/ or the entry points (main.ts, cli.ts): those are composed from the modules, not the other way round.',
  },
];
const moduleZones = modules.flatMap((target) =>
  modules
    .filter((other) => other !== target)
    .map((other) => ({
      target: `${api}/modules/${target}`,
      from: `${api}/modules/${other}`,
      except: ['./index.ts'],
      message: `modules/${target} may use modules/${other} only through its index.ts (import from '../${other}'); export what is needed from modules/${other}/index.ts instead of reaching into its files.`,
    })),
);

const transports = ['type-graphql', 'graphql', 'graphql-ws', 'express', 'agenda', 'next'];
const transportFree = [
  'error',
  {
    paths: transports.map((name) => ({
      name,
      message: `Services and policies are transport-free: '${name}' belongs in a resolver, REST handler, job or app/ code. Keep this file plain TypeScript.`,
    })),
    patterns: [
      {
        group: ['@apollo/*', ...transports.map((name) => `${name}/*`)],
        message: 'Services and policies are transport-free: GraphQL, Apollo, Express, Agenda and Next belong in resolvers, REST handlers, jobs or app/ code.',
      },
    ],
  },
];

/** Next's flat configs, confined to the portal (they would otherwise apply to every file). */
const scopeToWeb = (configs) =>
  configs.map((config) => {
    if (!config.files && !config.plugins && !config.rules && !config.languageOptions) return null; // its global ignores
    const settings = { ...config.settings };
    delete settings['import/resolver']; // replaced below by the resolver for apps/web/tsconfig.json
    // Keep Next's globals; the parser is typescript-eslint's for every file (set below), so its Babel
    // parser and options are dropped.
    const { languageOptions, ...rest } = config;
    return { ...rest, files: webFiles, settings, ...(languageOptions?.globals ? { languageOptions: { globals: languageOptions.globals } } : {}) };
  }).filter(Boolean);

export default defineConfig(
  globalIgnores(
    [
      '**/node_modules/',
      '**/dist/',
      '**/.next/',
      '**/coverage/',
      '**/test-results/',
      '**/playwright-report/',
      '.nx/',
      '.test-results/',
      'bench-results/',
      'data/',
      'apps/web/next-env.d.ts',
      'apps/web/lib/graphql/generated/',
      'e2e/support/generated/',
      `${api}/platform/db/migrations/`,
    ],
    'workspace/ignores',
  ),
  {
    name: 'workspace/report-unused-disable-directives',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // --- base: JavaScript + TypeScript recommended -------------------------------------------------
  { name: 'eslint/recommended', ...js.configs.recommended },
  ...tseslint.configs.recommended,
  {
    name: 'workspace/unused',
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': unusedVars },
  },
  {
    name: 'workspace/node-globals',
    files: [...jsFiles, 'apps/api/**/*.ts', 'packages/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },

  // --- apps/web: Next + React hooks -------------------------------------------------------------
  ...scopeToWeb(nextCoreWebVitals),
  ...scopeToWeb(nextTypescript),
  { ...reactHooks.configs.flat.recommended, name: 'react-hooks/recommended', files: webFiles },
  {
    name: 'workspace/web',
    files: webFiles,
    settings: { next: { rootDir: web }, ...importSettings(`${web}/tsconfig.json`) },
    rules: {
      'import/no-cycle': noCycle,
      // next/typescript downgrades these two to warnings; keep them errors like everywhere else.
      '@typescript-eslint/no-unused-vars': unusedVars,
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },

  // --- type-aware rules, everywhere --------------------------------------------------------------
  {
    name: 'workspace/type-aware',
    files: [...tsFiles, ...jsFiles],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        // Each file is checked with the nearest tsconfig.json; the few files outside every tsconfig
        // (tool configs, one API script) use the default project.
        projectService: {
          allowDefaultProject: ['eslint.config.mjs', '.dependency-cruiser.cjs', 'apps/api/jest.config.js', 'apps/api/scripts/*.mjs'],
        },
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  // --- apps/api/src: boundaries ------------------------------------------------------------------
  {
    name: 'workspace/api-boundaries',
    files: [`${api}/**/*.ts`],
    plugins: { import: importPlugin },
    settings: importSettings('apps/api/tsconfig.json'),
    rules: {
      'import/no-cycle': noCycle,
      'import/no-restricted-paths': ['error', { basePath: root, zones: [...layerZones, ...moduleZones] }],
    },
  },
  {
    name: 'workspace/api-transport-free',
    files: [`${api}/**/*.service.ts`, `${api}/**/*.policy.ts`],
    rules: { 'no-restricted-imports': transportFree },
  },

  // --- tests and specs: a little looser -----------------------------------------------------------
  {
    name: 'workspace/tests',
    files: testFiles,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  // --- CommonJS config files ---------------------------------------------------------------------
  {
    name: 'workspace/commonjs',
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
