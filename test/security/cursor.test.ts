import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicViewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

type Page = {
  totalCount?: number;
  pageInfo: { endCursor: string | null };
  nodes: { kode?: string; id?: string }[];
};

const Regions = parse(`
  query CursorRegions($level: RegionLevel!, $parentKode: ID, $after: String) {
    regions(level: $level, parentKode: $parentKode, first: 3, after: $after) {
      pageInfo { endCursor } nodes { kode }
    }
  }
`) as unknown as TypedDocumentNode<{ regions: Page }, Record<string, unknown>>;

const Children = parse(`
  query CursorChildren($kode: ID!, $after: String) {
    region(kode: $kode) { children(first: 2, after: $after) { pageInfo { endCursor } nodes { kode } } }
  }
`) as unknown as TypedDocumentNode<{ region: { children: Page } }, Record<string, unknown>>;

const Records = parse(`
  query CursorRecords($kode: ID!, $after: String) {
    region(kode: $kode) { childRecords(first: 1, after: $after) { pageInfo { endCursor } nodes { id } } }
  }
`) as unknown as TypedDocumentNode<
  { region: { childRecords: Page } | null },
  Record<string, unknown>
>;

/** What Pothos's own cursors look like: anyone could forge one for any id. */
const pothosCursor = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64');

beforeAll(async () => {
  await testDatabase();
});

describe('pagination cursors are opaque, sealed and bound to their query (issue 12)', () => {
  it('pages through regions with a cursor that reveals no kode', async () => {
    const first = await execute(Regions, { level: 'KECAMATAN', parentKode: '32.16' });
    const cursor = first.data?.regions.pageInfo.endCursor as string;
    const last = first.data?.regions.nodes.at(-1)?.kode as string;
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toContain(last);
    const next = await execute(Regions, { level: 'KECAMATAN', parentKode: '32.16', after: cursor });
    expect(next.errors).toBeUndefined();
    expect((next.data?.regions.nodes[0]?.kode ?? '') > last).toBe(true);
  });

  it('pages through a related connection (Region.children)', async () => {
    const first = await execute(Children, { kode: '32.16' });
    expect(first.errors).toBeUndefined();
    const kodes = first.data?.region.children.nodes.map((n) => n.kode) ?? [];
    const next = await execute(Children, {
      kode: '32.16',
      after: first.data?.region.children.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect((next.data?.region.children.nodes[0]?.kode ?? '') > (kodes[1] ?? '~')).toBe(true);
  });

  it('refuses a tampered, a forged, a foreign and a replayed cursor alike', async () => {
    const first = await execute(Regions, { level: 'KECAMATAN', parentKode: '32.16' });
    const cursor = first.data?.regions.pageInfo.endCursor as string;
    const tampered = `${cursor.slice(0, 20)}${cursor[20] === 'A' ? 'B' : 'A'}${cursor.slice(21)}`;
    const attempts = [
      execute(Regions, { level: 'KECAMATAN', parentKode: '32.16', after: tampered }),
      execute(Regions, {
        level: 'KECAMATAN',
        parentKode: '32.16',
        after: pothosCursor('32.16.05'),
      }),
      // Another query's arguments, another field, another viewer.
      execute(Regions, { level: 'DESA', parentKode: '32.16', after: cursor }),
      execute(Children, { kode: '32.16', after: cursor }),
      execute(
        Regions,
        { level: 'KECAMATAN', parentKode: '32.16', after: cursor },
        { viewer: viewers.analyst },
      ),
    ];
    const messages = new Set<string>();
    for (const result of await Promise.all(attempts)) {
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      messages.add((result.errors?.[0]?.message ?? '').replace(/got ".*"\)/, ''));
    }
    expect(messages.size).toBe(1);
  });

  it('gives an officer no existence oracle on by-name records outside its scope', async () => {
    const inScope = await db.child.findFirst({
      orderBy: { desaKode: 'asc' },
      select: { desaKode: true },
    });
    const desa = inScope?.desaKode as string;
    const other = await db.child.findFirst({
      where: { desaKode: { not: desa } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    const officer = viewers.officer(desa);
    const page = await execute(Records, { kode: desa }, { viewer: officer });
    expect(page.errors).toBeUndefined();
    // A forged cursor holding an id that exists elsewhere, and one holding an id that does not:
    // the same coded refusal, before any row is read.
    const results = await Promise.all(
      [other?.id as string, 'no-such-child-id'].map((id) =>
        execute(Records, { kode: desa, after: pothosCursor(id) }, { viewer: officer }),
      ),
    );
    for (const result of results) {
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.data?.region ?? null).toBeNull();
    }
    expect(results[0]?.errors?.[0]?.message.split(' (')[0]).toBe(
      results[1]?.errors?.[0]?.message.split(' (')[0],
    );
    // The officer's own cursor still works, and is useless to the public.
    const cursor = page.data?.region?.childRecords.pageInfo.endCursor as string;
    const next = await execute(Records, { kode: desa, after: cursor }, { viewer: officer });
    expect(next.errors).toBeUndefined();
    const stranger = await execute(
      Records,
      { kode: desa, after: cursor },
      { viewer: publicViewer },
    );
    expect(errorCodes(stranger).length).toBeGreaterThan(0);
  });
});
