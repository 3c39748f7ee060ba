import { SignJWT } from 'jose';
import { resolveJwtSecret } from '../src/auth/verifyToken.ts';
import { roles } from '../src/auth/viewer.ts';
import { loadConfig } from '../src/config.ts';

const usage = `usage: npm run token -- --role ANALYST|OFFICER|ADMIN|AGENCY [--scope 32.16.01[,32.16.02.2001]] [--agency DINKES] [--sub NAME] [--hours 8]

Prints an HS256 bearer token for local use, signed with JWT_SECRET (or the development secret
that \`npm start\` keeps in .data/dev-jwt-secret when JWT_SECRET is unset).
  curl -H "Authorization: Bearer $(npm run -s token -- --role ANALYST)" ...`;

const args = process.argv.slice(2);
const option = (name: string) => {
  const values: string[] = [];
  args.forEach((arg, i) => {
    if (arg === `--${name}` && args[i + 1] !== undefined) values.push(args[i + 1] as string);
  });
  return values;
};
const role = option('role')[0];
if (args.includes('--help') || !role || !roles.includes(role as never) || role === 'PUBLIC') {
  console.error(usage);
  process.exit(args.includes('--help') ? 0 : 64);
}
const scope = option('scope')
  .flatMap((s) => s.split(','))
  .filter((s) => s !== '');
if (role === 'OFFICER' && scope.length === 0) {
  console.error('an OFFICER token needs --scope, e.g. --scope 32.16.01');
  process.exit(64);
}
const config = loadConfig();
const secret = resolveJwtSecret(config.auth, config.production);
if (!secret) {
  console.error(
    'set JWT_SECRET (this server verifies tokens with a JWKS, which this helper cannot sign)',
  );
  process.exit(1);
}
const agency = option('agency')[0];
if (role === 'AGENCY' && !agency) {
  console.error(
    'an AGENCY token needs --agency CODE and --scope with its kabupaten, e.g. --agency DINKES --scope 32.16',
  );
  process.exit(64);
}
const hours = Number(option('hours')[0] ?? 8);
let jwt = new SignJWT(agency ? { role, scope, agency } : { role, scope })
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(option('sub')[0] ?? `dev-${role.toLowerCase()}`)
  .setIssuedAt()
  .setExpirationTime(`${hours}h`);
if (config.auth.issuer) jwt = jwt.setIssuer(config.auth.issuer);
if (config.auth.audience) jwt = jwt.setAudience(config.auth.audience);
console.log(await jwt.sign(new TextEncoder().encode(secret)));
