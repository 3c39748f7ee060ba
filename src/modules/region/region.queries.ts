import { assertKode } from '../../args/kode.ts';
import { pageCost, pageSizeLimit } from '../../args/page.ts';
import { checkPoint } from '../../args/point.ts';
import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { reads } from '../../db/freshness.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { RegionConnection, RegionInterface, RegionLevelEnum } from './region.type.ts';

builder.queryFields((t) => ({
  region: t.prismaField({
    type: RegionInterface,
    nullable: true,
    extensions: reads('regions'),
    description: 'A region by Kemendagri code; null when the code is well-formed but unknown.',
    args: { kode: t.arg.id({ required: true, description: 'e.g. "32.16.01.2001"' }) },
    resolve: (query, _root, args) => {
      const kode = String(args.kode);
      assertKode('kode', kode);
      return db.region.findUnique({ ...query, where: { kode } });
    },
  }),

  regions: t.prismaConnection(
    {
      type: RegionInterface,
      cursor: 'kode',
      extensions: reads('regions'),
      maxSize: pageSizeLimit,
      complexity: (args) => ({ field: 1, multiplier: pageCost(args) }),
      description:
        'The regions of `level` inside the region `parentKode` at any depth (e.g. all desa of kabupaten 32.16), or all regions of `level` without it; ordered by kode. `first` may be up to 500.',
      args: {
        level: t.arg({ type: RegionLevelEnum, required: true }),
        parentKode: t.arg.id({ description: 'Only regions inside this one, e.g. "32.16".' }),
      },
      totalCount: (_parent, args) => db.region.count({ where: regionsWhere(args) }),
      resolve: (query, _root, args) =>
        db.region.findMany({ ...query, where: regionsWhere(args), orderBy: { kode: 'asc' } }),
    },
    RegionConnection,
  ),

  regionAt: t.prismaField({
    type: RegionInterface,
    nullable: true,
    extensions: reads('regions'),
    description:
      'The region of `level` that contains the point; null outside every loaded boundary. A point on a boundary shared by several regions belongs to the one with the smallest kode.',
    args: {
      longitude: t.arg.float({ required: true, description: 'Degrees east, −180 to 180.' }),
      latitude: t.arg.float({ required: true, description: 'Degrees north, −90 to 90.' }),
      level: t.arg({ type: RegionLevelEnum, defaultValue: 'DESA' }),
    },
    resolve: async (query, _root, args) => {
      checkPoint(args.longitude, args.latitude);
      // Read before the lookup: a point outside every boundary uses no query, which Pothos
      // outside production reports as an error ("Prisma query was unused").
      const select = { ...query };
      const kode = await db.region.kodeAt(args.longitude, args.latitude, args.level ?? 'DESA');
      return kode === null ? null : db.region.findUnique({ ...select, where: { kode } });
    },
  }),
}));

/** @private */
function regionsWhere(args: {
  level: Prisma.RegionWhereInput['level'];
  parentKode?: string | number | null;
}): Prisma.RegionWhereInput {
  if (args.parentKode == null) return { level: args.level };
  const parentKode = String(args.parentKode);
  assertKode('parentKode', parentKode);
  return { level: args.level, kode: { startsWith: `${parentKode}.` } };
}
