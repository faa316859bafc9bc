import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The portal's (and the e2e support code's) GraphQL, typed from the API's committed schema.
 *
 *   npm run codegen -w @tm/web            regenerate lib/graphql/generated/ and e2e/support/generated/
 *   graphql-codegen --config codegen.ts --check   (in `build` / `typecheck`) fails when they are stale
 *
 * Codegen itself fails when a document doesn't validate against the schema (a renamed field, a
 * missing argument), so the web build breaks as soon as the API's schema and the portal disagree.
 * Paths are relative to apps/web (npm and Nx run the scripts there).
 */

/** How the API serialises its custom scalars (see apps/api/schema.graphql). */
const scalars = {
  /** The portal sends and reads ids as strings (the API would also take an Int on input). */
  ID: 'string',
  /** 64-bit byte counts as decimal strings ("1073741824"); BigInt for arithmetic. */
  Bytes: 'string',
  /** ISO 8601 at UTC. */
  DateTime: 'string',
  /** Bits per second: sent as an Int or a RouterOS string ("2M"); the API answers what it stored ("512K"). */
  Rate: { input: 'number | string', output: 'string' },
  /** Free-form (a reset's snapshot): read it with a type guard. */
  JSON: 'unknown',
};

const config = {
  // Enums as string unions ('ADMIN' | 'AGENT'), as @tm/shared's constants are (v6 spelling of enumsAsTypes).
  enumType: 'string-literal',
  useTypeImports: true,
  // Documents are TypedDocumentString objects: toString() is the query text, no graphql-js at runtime.
  documentMode: 'string',
  strictScalars: true,
  scalars,
} as const;

const presetConfig = { fragmentMasking: false } as const;

const codegen: CodegenConfig = {
  schema: '../api/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'lib/graphql/generated/': {
      preset: 'client',
      documents: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', '!lib/graphql/generated/**'],
      presetConfig,
      config,
    },
    '../../e2e/support/generated/': {
      preset: 'client',
      documents: ['../../e2e/support/**/*.ts', '!../../e2e/support/generated/**'],
      presetConfig,
      config,
    },
  },
};

export default codegen;
