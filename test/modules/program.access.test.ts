import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/client.ts';
import { dropProgramFixture, loadProgramFixture } from '../fixtures/program/load.ts';
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
  await loadProgramFixture();
  http = await startTestHttp();
});

afterAll(async () => {
  await http.close();
  await dropProgramFixture();
});

const ask = async (query: string, token?: string, variables?: Record<string, unknown>) => {
  const response = await http.post({ query, variables }, { token });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
};
const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.code);

const listQuery = `query($kode: ID!, $days: Int, $asOf: String) {
  region(kode: $kode) {
    monitoredFamilies(first: 50, notVisitedForDays: $days, asOf: $asOf) {
      nodes { id headName category desa { kode } lastCheckin(asOf: "2023-01-04") checkins { date status } }
    }
  }
}`;
const oneQuery = `query($id: ID!) { monitoredFamily(id: $id) { id headName } }`;

describe('monitored families (by name)', () => {
  it('are listed for an OFFICER whose scope covers the region, with who was not visited', async () => {
    const token = await signToken({ role: 'OFFICER', scope: ['97.01.01'] });
    const all = await ask(listQuery, token, { kode: '97.01.01' });
    expect(all.body.errors).toBeUndefined();
    const region = all.body.data?.region as
      | { monitoredFamilies: { nodes: { id: string }[] } }
      | undefined;
    const nodes = region?.monitoredFamilies.nodes ?? [];
    expect(nodes.map((n) => n.id)).toEqual(['FX-A', 'FX-B', 'FX-C', 'FX-D', 'FX-E']);
    expect(nodes[0]).toMatchObject({
      headName: 'Siti Fixture',
      category: 'PREGNANT',
      desa: { kode: '97.01.01.2001' },
      lastCheckin: '2023-01-03',
    });
    // Not visited on 2, 3 or 4 January 2023 though enrolled before: C and E.
    const overdue = await ask(listQuery, token, { kode: '97.01.01', days: 3, asOf: '2023-01-04' });
    expect(overdue.body.data).toEqual({
      region: {
        monitoredFamilies: {
          nodes: [
            expect.objectContaining({ id: 'FX-C', lastCheckin: '2022-12-28' }),
            expect.objectContaining({ id: 'FX-E', lastCheckin: '2022-12-26' }),
          ],
        },
      },
    });
  });

  it('check the dates of a check-in range', async () => {
    const token = await signToken({ role: 'OFFICER', scope: ['97.01.01'] });
    const bad = await ask(
      '{ monitoredFamily(id: "FX-A") { checkins(from: "2023-02-30") { date } } }',
      token,
    );
    expect(codes(bad.body)).toEqual(['BAD_USER_INPUT']);
    const range = await ask(
      '{ monitoredFamily(id: "FX-A") { checkins(from: "2022-12-30", to: "2023-01-02") { date status } } }',
      token,
    );
    expect(range.body.data).toEqual({
      monitoredFamily: {
        checkins: [
          { date: '2023-01-02', status: 'WELL' },
          { date: '2022-12-30', status: 'NEEDS_ATTENTION' },
        ],
      },
    });
  });

  it('are refused to PUBLIC (UNAUTHENTICATED), ANALYST and an OFFICER elsewhere (FORBIDDEN)', async () => {
    const anonymous = await ask(listQuery, undefined, { kode: '97.01.01' });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const analyst = await ask(listQuery, await signToken({ role: 'ANALYST' }), {
      kode: '97.01.01',
    });
    expect(codes(analyst.body)).toEqual(['FORBIDDEN']);
    const elsewhere = await signToken({ role: 'OFFICER', scope: ['97.01.02'] });
    const outside = await ask(listQuery, elsewhere, { kode: '97.01.01' });
    expect(codes(outside.body)).toEqual(['FORBIDDEN']);
    // One family outside the scope is the same null as one that does not exist.
    const hidden = await ask(oneQuery, elsewhere, { id: 'FX-A' });
    const missing = await ask(oneQuery, elsewhere, { id: 'FX-NONE' });
    expect(hidden.body).toEqual({ data: { monitoredFamily: null } });
    expect(missing.body).toEqual(hidden.body);
  });

  it('leave an audit entry for every read: who, what, when', async () => {
    const token = await signToken(
      { role: 'OFFICER', scope: ['97.01.01.2001'] },
      { subject: 'kader-audit@test' },
    );
    await ask(listQuery, token, { kode: '97.01.01.2001' });
    await ask(oneQuery, token, { id: 'FX-B' });
    const entries = await db.auditLog.findMany({
      where: { actor: 'kader-audit@test' },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((e) => [e.role, e.action, e.target, e.detail])).toEqual([
      ['OFFICER', 'READ_MONITORED_FAMILY_LIST', '97.01.01.2001', { ids: ['FX-A', 'FX-B'] }],
      ['OFFICER', 'READ_MONITORED_FAMILY', 'FX-B', { found: true }],
    ]);
  });

  it('leave the public with counts only', async () => {
    const counts = await ask(
      '{ monitoring(kode: "97.01.01", from: "2022-12-28", to: "2023-01-04", bucket: WEEK) { label familiesMonitored } }',
    );
    expect(counts.status).toBe(200);
    expect(counts.body.errors).toBeUndefined();
  });
});

describe('program writes', () => {
  const mutation = `mutation { importProgramCsv(kind: TARGETS, csv: "kode,indicator,year,value,source\\n97.01,STUNTING,2025,12,x\\n") { rows } }`;

  it('need ADMIN', async () => {
    expect(codes((await ask(mutation)).body)).toEqual(['UNAUTHENTICATED']);
    for (const role of ['ANALYST', 'OFFICER']) {
      const token = await signToken({ role, scope: ['97'] });
      expect(codes((await ask(mutation, token)).body), role).toEqual(['FORBIDDEN']);
    }
    const admin = await ask(mutation, await signToken({ role: 'ADMIN' }));
    expect(admin.body).toEqual({ data: { importProgramCsv: { rows: 1 } } });
  });
});
