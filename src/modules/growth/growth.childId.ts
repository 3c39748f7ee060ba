import { createHmac } from 'node:crypto';
import { developmentSecret } from '../../auth/devSecret.ts';
import type { Config } from '../../config.ts';

/** Shortest accepted CHILD_ID_SECRET: 32 characters (at least 128 bits if random text). */
const minSecretLength = 32;

/**
 * The key that pseudonymises child ids: CHILD_ID_SECRET, or outside production a random key kept
 * in `.data/dev-child-id-secret` (like the development JWT secret), so re-imports on one machine
 * find the same children. In production a missing or short key is an error: a pseudonym made with
 * a guessable key is as good as the NIK.
 */
export function resolveChildIdSecret(config: Pick<Config, 'childIdSecret' | 'production'>): string {
  const configured = config.childIdSecret;
  if (configured) {
    if (configured.length < minSecretLength) {
      throw new Error(`CHILD_ID_SECRET must be at least ${minSecretLength} characters`);
    }
    return configured;
  }
  if (config.production) {
    throw new Error('CHILD_ID_SECRET is required in production (the key that pseudonymises NIK)');
  }
  return developmentSecret('dev-child-id-secret');
}

/**
 * The stored id of a child: HMAC-SHA256 of the upstream id (NIK) under the secret key, 128 bits
 * as 32 hex digits. The same NIK always gives the same id under one key, so re-imports match;
 * without the key the NIK cannot be recovered or confirmed (16 digits are too few to hide behind
 * a plain hash), and ids carry no order.
 */
export function childIdHash(secret: string, upstreamId: string): string {
  return createHmac('sha256', secret).update(upstreamId, 'utf8').digest('hex').slice(0, 32);
}
