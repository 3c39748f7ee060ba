import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for a front-end, generated from the schema a running petagizi serves at
// /schema.graphql (start one with `npm start`, or point PETAGIZI_SCHEMA_URL elsewhere). The
// client preset also writes persisted-documents.json: the manifest that a server started with
// PERSISTED_QUERIES=allowlist PERSISTED_QUERIES_FILE=… runs, and nothing else.
const config: CodegenConfig = {
  schema: process.env.PETAGIZI_SCHEMA_URL ?? 'http://localhost:4000/schema.graphql',
  documents: ['examples/frontend/src/**/*.ts', '!examples/frontend/src/gql/**'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/frontend/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          mode: 'replaceDocumentWithHash',
          // Plain hex SHA-256 (the preset's 'sha256' writes "sha256:<hex>"): the key the server's
          // manifest and APQ's `sha256Hash` use.
          hashAlgorithm: (operation: string) =>
            createHash('sha256').update(operation).digest('hex'),
        },
      },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
