import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { assertKode } from '../../args/kode.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import type { Region } from '../../generated/prisma/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import {
  DesaObject,
  KabupatenObject,
  KecamatanObject,
  ProvinsiObject,
  RegionInterface,
} from '../region/region.type.ts';

/**
 * Region rows by kode for `_entities`: the representations of one request are batched into one
 * statement. Kept with the request's context (Pothos context cache).
 */
export const entityLoader = createContextCache(
  (_ctx: Context) =>
    new DataLoader<string, Region | null>(async (kodes) => {
      const rows = await db.region.findMany({ where: { kode: { in: [...kodes] } } });
      const byKode = new Map(rows.map((row) => [row.kode, row]));
      return kodes.map((kode) => byKode.get(kode) ?? null);
    }),
);

const kodeKey = builder.selection<{ kode: string }>('kode');

/** @private Loads a referenced region; a malformed kode is BAD_USER_INPUT, an unknown one null. */
function loadRegion(ctx: Context, kode: string): Promise<Region | null> {
  assertKode('kode', kode);
  return entityLoader(ctx).load(kode);
}

// Region is an entity interface (Federation 2.3): another subgraph may extend it as an
// @interfaceObject, and the router resolves `{ __typename: "Region", kode }` here.
builder.asEntity(RegionInterface, {
  key: kodeKey,
  resolveReference: (ref, ctx) => loadRegion(ctx, ref.kode),
});

// Federation requires every implementation of an entity interface to be an entity with the same
// key; a reference with the wrong level for its type resolves to null.
const concrete = [
  [ProvinsiObject, 'PROVINSI'],
  [KabupatenObject, 'KABUPATEN'],
  [KecamatanObject, 'KECAMATAN'],
  [DesaObject, 'DESA'],
] as const satisfies readonly (readonly [typeof DesaObject, RegionLevel])[];

for (const [ref, level] of concrete) {
  builder.asEntity(ref, {
    key: kodeKey,
    resolveReference: async (reference, ctx) => {
      const region = await loadRegion(ctx, reference.kode);
      return region?.level === level ? region : null;
    },
  });
}
