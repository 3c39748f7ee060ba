import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { createTokenVerifier } from '../../src/auth/verifyToken.ts';
import { type Config, config as currentConfig, loadConfig, useConfig } from '../../src/config.ts';
import { createRequestHandler } from '../../src/http/app.ts';
import { createRateLimiter, type RateLimiter } from '../../src/http/rateLimit.ts';
import { createServer } from '../../src/server.ts';

export const testSecret = 'test-secret-at-least-32-bytes-long!!';

export interface TestHttp {
  url: string;
  /** POSTs a JSON body (or raw text) to /graphql. */
  post(
    body: unknown,
    init?: { token?: string; contentType?: string; raw?: boolean },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1:0 with the production wiring and a known JWT secret. */
export async function startTestHttp(
  overrides: { config?: (c: Config) => Config; rateLimiter?: RateLimiter | null } = {},
): Promise<TestHttp> {
  const base = loadConfig({ JWT_SECRET: testSecret });
  const config = overrides.config ? overrides.config(base) : base;
  // Resolvers read limits from the process-wide configuration: use this one until close().
  const previous = currentConfig();
  useConfig(config);
  const apollo = createServer(config);
  await apollo.start();
  const server = createHttpServer(
    createRequestHandler(apollo, {
      verifyToken: createTokenVerifier(config.auth),
      metricsToken: config.ops.metricsToken,
      rateLimiter:
        overrides.rateLimiter === undefined
          ? config.limits.ratePerMinute > 0
            ? createRateLimiter({ perMinute: config.limits.ratePerMinute })
            : null
          : overrides.rateLimiter,
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    post(body, init = {}) {
      const headers: Record<string, string> = {
        'content-type': init.contentType ?? 'application/json',
      };
      if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
      return fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: init.raw ? (body as string) : JSON.stringify(body),
      });
    },
    async close() {
      server.close();
      await apollo.stop();
      useConfig(previous);
    },
  };
}

/** A token as an identity provider would issue it. */
export async function signToken(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string | number; subject?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? `${String(claims.role).toLowerCase()}@test`)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? testSecret));
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
