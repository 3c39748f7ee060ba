import { pageCost, pageSizeLimit } from '../../args/page.ts';
import { actorOf } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/recordAudit.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { RegionInterface } from '../region/region.type.ts';
import { ChildRecordObject } from './child.type.ts';

builder.queryField('childRecord', (t) =>
  t.prismaField({
    type: ChildRecordObject,
    nullable: true,
    authScopes: { officer: true },
    description:
      'OFFICER. One by-name record. Null when it does not exist or lies outside your scope (the two are not told apart).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const child = await db.child.findFirst({
        ...query,
        where: { id: String(args.id), ...inScope(ctx.viewer) },
      });
      await audit(ctx, 'READ_CHILD', String(args.id), { found: child !== null });
      return child;
    },
  }),
);

builder.prismaInterfaceField(RegionInterface, 'childRecords', (t) =>
  t.prismaConnection({
    type: ChildRecordObject,
    cursor: 'id',
    maxSize: pageSizeLimit,
    authScopes: (region) => ({ officerOf: region.kode }),
    description:
      'OFFICER in scope. By-name records of children in this region (a desa, or every desa of a kecamatan), ordered by id; every read is audited.',
    complexity: (args) => ({ field: 10, multiplier: pageCost(args) }),
    resolve: async (query, region, _args, ctx) => {
      const children = await db.child.findMany({
        ...query,
        where: {
          OR: [{ desaKode: region.kode }, { desaKode: { startsWith: `${region.kode}.` } }],
          ...inScope(ctx.viewer),
        },
        orderBy: { id: 'asc' },
      });
      await audit(ctx, 'READ_CHILD_LIST', region.kode, { ids: children.map((c) => c.id) });
      return children;
    },
  }),
);

/** @private Records the read before any record leaves; a failed audit fails the request. */
async function audit(ctx: Context, action: string, target: string, detail: Prisma.InputJsonValue) {
  await recordAudit(db, { ...actorOf(ctx), action, target, detail });
}

/** @private Only desa inside the viewer's scope; nothing at all for anyone but an OFFICER. */
function inScope(viewer: Viewer): Prisma.ChildWhereInput {
  if (viewer.role !== 'OFFICER' || viewer.scope.length === 0) return { id: { in: [] } };
  return {
    AND: [
      {
        OR: viewer.scope.flatMap((prefix) => [
          { desaKode: prefix },
          { desaKode: { startsWith: `${prefix}.` } },
        ]),
      },
    ],
  };
}
