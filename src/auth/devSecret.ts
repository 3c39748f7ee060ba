import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A development secret kept in `.data/<name>` (made on first use, 256 random bits, mode 0600),
 * so that `npm start` and the command-line tools of one machine agree on it without any setting.
 * Never used in production, where the secret must be configured.
 */
export function developmentSecret(name: string): string {
  const file = path.resolve('.data', name);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
