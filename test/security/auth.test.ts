import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { loadFixture } from '../helpers/fixtures.ts';
import {
  type GraphQLBody,
  signToken,
  startTestHttp,
  type TestHttp,
} from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

let http: TestHttp;

beforeAll(async () => {
  await testDatabase();
  await loadFixture();
  http = await startTestHttp();
});

afterAll(async () => {
  await http.close();
});

const ask = async (query: string, token?: string, variables?: Record<string, unknown>) => {
  const response = await http.post({ query, variables }, { token });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
};
const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.code);

const childQuery = `query($id: ID!) { childRecord(id: $id) { id name sex birthDate desa { kode } measurements { haz } } }`;
const inScopeChild = 'C-3216012001-001';

describe('tokens', () => {
  it('treats a request without a token as PUBLIC', async () => {
    const { status, body } = await ask('{ region(kode: "32.16") { nama } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ region: { nama: 'KABUPATEN BEKASI' } });
  });

  it.each([
    [
      'expired',
      async () => signToken({ role: 'ANALYST' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
    ],
    [
      'wrongly signed',
      async () => signToken({ role: 'ANALYST' }, { secret: 'another-secret-another-secret-!!' }),
    ],
    ['malformed', async () => 'not.a.jwt'],
    [
      'unsigned (alg none)',
      async () => {
        const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
        const payload = Buffer.from(JSON.stringify({ role: 'ADMIN', sub: 'x' })).toString(
          'base64url',
        );
        return `${header}.${payload}.`;
      },
    ],
    ['of an unknown role', async () => signToken({ role: 'ROOT' })],
    ['of role PUBLIC', async () => signToken({ role: 'PUBLIC' })],
    ['of an OFFICER without scope', async () => signToken({ role: 'OFFICER' })],
    ['with a malformed scope', async () => signToken({ role: 'OFFICER', scope: ["32.16'--"] })],
    [
      'signed with another algorithm',
      async () => {
        const key = new TextEncoder().encode(
          'test-secret-at-least-32-bytes-long!!test-secret-at-least-32-bytes-long!!',
        );
        return new SignJWT({ role: 'ADMIN' })
          .setProtectedHeader({ alg: 'HS512' })
          .setExpirationTime('1h')
          .sign(key);
      },
    ],
  ])('answers a token %s with 401 UNAUTHENTICATED', async (_name, make) => {
    const { status, body } = await ask('{ indicators { code } }', await make());
    expect(status).toBe(401);
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a non-bearer Authorization header with 401', async () => {
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('individual records', () => {
  it('shows a by-name record to an OFFICER whose scope covers its desa', async () => {
    const token = await signToken({ role: 'OFFICER', scope: ['32.16.01'] });
    const { body } = await ask(childQuery, token, { id: inScopeChild });
    expect(body.errors).toBeUndefined();
    expect(body.data?.childRecord).toMatchObject({
      id: inScopeChild,
      desa: { kode: '32.16.01.2001' },
    });
  });

  it('gives an OFFICER outside the scope the same null as a record that does not exist', async () => {
    const token = await signToken({ role: 'OFFICER', scope: ['32.16.02'] });
    const hidden = await ask(childQuery, token, { id: inScopeChild });
    const missing = await ask(childQuery, token, { id: 'C-0000000000-000' });
    expect(hidden.body).toEqual({ data: { childRecord: null } });
    expect(missing.body).toEqual(hidden.body);
  });

  it('refuses ANALYST with FORBIDDEN and PUBLIC with UNAUTHENTICATED', async () => {
    const analyst = await ask(childQuery, await signToken({ role: 'ANALYST' }), {
      id: inScopeChild,
    });
    expect(codes(analyst.body)).toEqual(['FORBIDDEN']);
    expect(analyst.body.data?.childRecord ?? null).toBeNull();
    const anonymous = await ask(childQuery, undefined, { id: inScopeChild });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the children of a desa in scope and refuses a desa outside it', async () => {
    const token = await signToken({ role: 'OFFICER', scope: ['32.16.01.2001'] });
    const list = `query($kode: ID!) { region(kode: $kode) { childRecords(first: 50) { nodes { id name } } } }`;
    const inside = await ask(list, token, { kode: '32.16.01.2001' });
    expect(inside.body.errors).toBeUndefined();
    const region = inside.body.data?.region as
      | { childRecords: { nodes: { id: string }[] } }
      | undefined;
    const nodes = region?.childRecords.nodes ?? [];
    expect(nodes).toHaveLength(12);
    expect(nodes.every((n) => n.id.startsWith('C-3216012001-'))).toBe(true);
    const outside = await ask(list, token, { kode: '32.16.01.2002' });
    expect(codes(outside.body)).toEqual(['FORBIDDEN']);
    // The kecamatan holds other desa the officer may not see: refused as a whole.
    const kecamatan = await ask(list, token, { kode: '32.16.01' });
    expect(codes(kecamatan.body)).toEqual(['FORBIDDEN']);
  });

  it('audits every read of individual records: who, what, when', async () => {
    const token = await signToken(
      { role: 'OFFICER', scope: ['32.16.01'] },
      { subject: 'bidan-audit@test' },
    );
    const before = new Date();
    await ask(childQuery, token, { id: inScopeChild });
    const entries = await db.auditLog.findMany({ where: { actor: 'bidan-audit@test' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      role: 'OFFICER',
      action: 'READ_CHILD',
      target: inScopeChild,
    });
    expect(entries[0]?.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });
});

describe('writes', () => {
  const mutation = `mutation($values: [IndicatorValueInput!]!) { upsertIndicatorValues(values: $values) { rows changed } }`;
  const values = [
    {
      kode: '99.01.01.2001',
      indicator: 'WASTING',
      period: '2019-07',
      source: 'auth-test',
      numerator: 2,
      denominator: 30,
    },
  ];

  it('refuses PUBLIC (UNAUTHENTICATED), ANALYST and OFFICER (FORBIDDEN), and writes nothing', async () => {
    const anonymous = await ask(mutation, undefined, { values });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    for (const claims of [{ role: 'ANALYST' }, { role: 'OFFICER', scope: ['99'] }]) {
      const refused = await ask(mutation, await signToken(claims), { values });
      expect(codes(refused.body)).toEqual(['FORBIDDEN']);
    }
    expect(await db.indicatorValue.count({ where: { source: 'auth-test' } })).toBe(0);
  });

  it('lets ADMIN write, audits it, and a replay changes nothing', async () => {
    const token = await signToken({ role: 'ADMIN' }, { subject: 'admin-writes@test' });
    const first = await ask(mutation, token, { values });
    expect(first.body.data).toEqual({ upsertIndicatorValues: { rows: 1, changed: 1 } });
    const again = await ask(mutation, token, { values });
    expect(again.body.data).toEqual({ upsertIndicatorValues: { rows: 1, changed: 0 } });
    const audit = await db.auditLog.findMany({
      where: { actor: 'admin-writes@test' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, (a.detail as { changed: number }).changed])).toEqual([
      ['UPSERT_INDICATOR_VALUES', 1],
      ['UPSERT_INDICATOR_VALUES', 0],
    ]);
  });

  it('rejects a batch with one bad value whole, listing the problem', async () => {
    const token = await signToken({ role: 'ADMIN' });
    const batch = [
      { ...values[0], source: 'auth-test-batch' },
      { ...values[0], source: 'auth-test-batch', period: '2019-08', numerator: 40 },
    ];
    const { body } = await ask(mutation, token, { values: batch });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.extensions?.problems).toEqual([
      'values[1]: numerator 40 is larger than denominator 30',
    ]);
    expect(await db.indicatorValue.count({ where: { source: 'auth-test-batch' } })).toBe(0);
  });

  it('leaves nothing written when the transaction fails halfway (after the upsert)', async () => {
    // A trigger makes the audit insert fail after the values were written in the same transaction.
    await db.$executeRaw`CREATE OR REPLACE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.detail::text LIKE '%auth-test-halfway%' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`;
    await db.$executeRaw`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`;
    try {
      const token = await signToken({ role: 'ADMIN' });
      const { body } = await ask(mutation, token, {
        values: [{ ...values[0], source: 'auth-test-halfway' }],
      });
      expect(codes(body)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(body)).not.toContain('injected failure');
      expect(await db.indicatorValue.count({ where: { source: 'auth-test-halfway' } })).toBe(0);
    } finally {
      await db.$executeRaw`DROP TRIGGER test_fail_audit ON audit_log`;
      await db.$executeRaw`DROP FUNCTION test_fail_audit()`;
    }
  });
});
