import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { isKode } from '../args/kode.ts';
import type { Config } from '../config.ts';
import { LruCache } from '../lru.ts';
import { developmentSecret } from './devSecret.ts';
import { type Role, roles, type Viewer } from './viewer.ts';

/** A token was sent but cannot be trusted: expired, malformed, wrongly signed or bad claims. */
export class InvalidToken extends Error {
  constructor(reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidToken';
  }
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

/**
 * Verifies bearer JWTs with an HS256 secret or a JWKS (file or URL) and turns their `role` and
 * `scope` claims into a viewer. Without any key configured every token is refused.
 */
export function createTokenVerifier(auth: Config['auth']): TokenVerifier {
  const key = keyFor(auth);
  // A dashboard sends the same token with every request: its signature is checked once, and the
  // viewer is reused until the token expires (at most five minutes). Only verified tokens are
  // kept, under their full text, so a changed byte is a different entry.
  const verified = new LruCache<{ viewer: Viewer; until: number }>(10_000);
  return async (token) => {
    if (!key) throw new InvalidToken('this server verifies no tokens (no JWT key configured)');
    const known = verified.get(token);
    if (known && Date.now() < known.until) return known.viewer;
    let payload: JWTPayload;
    try {
      ({ payload } =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, verifyOptions(auth, ['HS256']))
          : await jwtVerify(token, key, verifyOptions(auth)));
    } catch (error) {
      throw new InvalidToken((error as { code?: string }).code ?? (error as Error).message);
    }
    checkTimes(payload, Date.now());
    const viewer = viewerFromClaims(payload);
    const now = Date.now();
    const expires = (payload.exp as number) * 1000;
    verified.set(token, { viewer, until: Math.min(expires, now + 5 * 60_000) });
    return viewer;
  };
}

/** Clock difference tolerated between the identity provider and this server, in seconds. */
export const clockSkewSeconds = 60;

/**
 * Every token must expire: one without `exp` is refused (no maximum lifetime is imposed on
 * tokens that have one: the identity provider sets it). A token issued in the future (`iat`
 * more than `clockSkewSeconds` ahead) is refused too.
 */
export function checkTimes(payload: JWTPayload, nowMs: number): void {
  if (typeof payload.exp !== 'number') {
    throw new InvalidToken('claim "exp" is required: tokens must expire');
  }
  if (typeof payload.iat === 'number' && payload.iat > nowMs / 1000 + clockSkewSeconds) {
    throw new InvalidToken('claim "iat" is in the future');
  }
}

/** The viewer a verified token stands for; bad claims make the token invalid. */
export function viewerFromClaims(payload: JWTPayload): Viewer {
  const role = payload.role;
  if (typeof role !== 'string' || !roles.includes(role as Role) || role === 'PUBLIC') {
    throw new InvalidToken(`claim "role" must be ANALYST, OFFICER, ADMIN or AGENCY`);
  }
  const scope = payload.scope ?? [];
  if (!Array.isArray(scope) || !scope.every((s) => typeof s === 'string' && isKode(s))) {
    throw new InvalidToken('claim "scope" must be an array of kode prefixes such as "32.16.01"');
  }
  if (role === 'OFFICER' && scope.length === 0) {
    throw new InvalidToken('an OFFICER token needs a non-empty "scope"');
  }
  if (role === 'AGENCY') {
    // An agency records its own realizations: one agency code, in one kabupaten/kota.
    const agency = payload.agency;
    if (typeof agency !== 'string' || !/^[A-Z][A-Z0-9_]{1,29}$/.test(agency)) {
      throw new InvalidToken(
        'an AGENCY token needs claim "agency", an agency code such as "DINKES"',
      );
    }
    if (scope.length !== 1 || !/^\d{2}\.\d{2}$/.test(scope[0] as string)) {
      throw new InvalidToken(
        'an AGENCY token needs "scope" with its one kabupaten/kota, e.g. ["32.16"]',
      );
    }
    return {
      role: 'AGENCY',
      scope,
      subject: typeof payload.sub === 'string' ? payload.sub : null,
      agency,
    };
  }
  return {
    role: role as Role,
    scope,
    subject: typeof payload.sub === 'string' ? payload.sub : null,
  };
}

/**
 * The HS256 secret for development: JWT_SECRET, or outside production a random secret kept in
 * `.data/dev-jwt-secret` so that `npm start` and `npm run token` agree on one machine.
 */
export function resolveJwtSecret(auth: Config['auth'], production: boolean): string | undefined {
  if (auth.jwtSecret || production || auth.jwksFile || auth.jwksUrl) return auth.jwtSecret;
  return developmentSecret('dev-jwt-secret');
}

/** @private */
function keyFor(auth: Config['auth']): Uint8Array | JWTVerifyGetKey | undefined {
  if (auth.jwksFile) return createLocalJWKSet(JSON.parse(readFileSync(auth.jwksFile, 'utf8')));
  if (auth.jwksUrl) return createRemoteJWKSet(new URL(auth.jwksUrl));
  if (auth.jwtSecret) return new TextEncoder().encode(auth.jwtSecret);
  return undefined;
}

/** @private */
function verifyOptions(auth: Config['auth'], algorithms?: string[]) {
  return {
    ...(algorithms ? { algorithms } : {}),
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  };
}
