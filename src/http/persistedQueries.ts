import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';

/** Registered operations: SHA-256 of the query text → the query text. */
export type PersistedManifest = ReadonlyMap<string, string>;

/**
 * Reads a manifest of registered operations: a JSON object `{ "<sha256>": "<query>" }` (the
 * format of graphql-codegen's client preset with `persistedDocuments: true`). Every hash is
 * checked against its query.
 */
export function loadPersistedManifest(file: string): PersistedManifest {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const manifest = new Map<string, string>();
  for (const [hash, query] of Object.entries(raw)) {
    if (typeof query !== 'string' || sha256(query) !== hash) {
      throw new Error(`${file}: entry ${hash} is not the SHA-256 of its query`);
    }
    manifest.set(hash, query);
  }
  return manifest;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The APQ cache for allow-list mode: it answers only registered hashes and ignores attempts to
 * register new ones.
 */
export function allowListCache(manifest: PersistedManifest): KeyValueCache<string> {
  return {
    async get(key) {
      return manifest.get(key.replace(/^apq:/, ''));
    },
    async set() {},
    async delete() {},
  };
}

/** Refuses any operation whose text is not registered (allow-list mode). */
export function allowListPlugin(manifest: PersistedManifest): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, queryHash }) {
          if (!manifest.has(queryHash) && !manifest.has(sha256(source))) {
            throw new GraphQLError('this server runs registered operations only', {
              extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
