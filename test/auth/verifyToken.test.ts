import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenVerifier, InvalidToken } from '../../src/auth/verifyToken.ts';
import { loadConfig } from '../../src/config.ts';
import { signToken, testSecret } from '../helpers/httpServer.ts';

const verifier = () => createTokenVerifier(loadConfig({ JWT_SECRET: testSecret }).auth);

afterEach(() => {
  vi.useRealTimers();
});

describe('verified-token cache', () => {
  it('stops accepting a token once it expires, though it was verified before', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T08:00:00Z'), toFake: ['Date'] });
    const verify = verifier();
    const token = await signToken({ role: 'ANALYST' }, { expiresIn: '10s' });
    await expect(verify(token)).resolves.toMatchObject({ role: 'ANALYST' });
    vi.setSystemTime(new Date('2026-11-28T08:00:09Z'));
    await expect(verify(token)).resolves.toMatchObject({ role: 'ANALYST' });
    vi.setSystemTime(new Date('2026-11-28T08:00:11Z'));
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidToken);
  });

  it('does not let a token with a changed byte ride on a verified one', async () => {
    const verify = verifier();
    const token = await signToken({ role: 'OFFICER', scope: ['32.16.01'] });
    await verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    await expect(verify(`${header}.${forged}.${signature}`)).rejects.toBeInstanceOf(InvalidToken);
    await expect(verify(token)).resolves.toMatchObject({ role: 'OFFICER', scope: ['32.16.01'] });
  });
});
