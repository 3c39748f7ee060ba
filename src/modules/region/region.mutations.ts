import { actorOf } from '../../audit/actor.ts';
import { builder } from '../../builder.ts';
import { config } from '../../config.ts';
import { ImportRejected, rejectedInput } from '../../errors.ts';
import { type BoundaryImportReport, importBoundaries } from './region.import.ts';

const LevelCount = builder.objectRef<{ level: string; count: number }>('LevelCount').implement({
  fields: (t) => ({ level: t.exposeString('level'), count: t.exposeInt('count') }),
});

const RepairedGeometry = builder
  .objectRef<{ kode: string; reason: string }>('RepairedGeometry')
  .implement({
    description: 'A boundary that was invalid and repaired with ST_MakeValid.',
    fields: (t) => ({
      kode: t.exposeID('kode'),
      reason: t.exposeString('reason', { description: 'What PostGIS found wrong.' }),
    }),
  });

const BoundaryImportResult = builder
  .objectRef<BoundaryImportReport>('BoundaryImportResult')
  .implement({
    fields: (t) => ({
      loaded: t.field({
        type: [LevelCount],
        resolve: (report) =>
          Object.entries(report.loaded).map(([level, count]) => ({ level, count })),
      }),
      repaired: t.field({ type: [RepairedGeometry], resolve: (report) => report.repaired }),
      unknown: t.idList({
        description: 'Codes in the input that are not loaded regions (not written).',
        resolve: (report) => report.unknown,
      }),
    }),
  });

builder.mutationField('importBoundaries', (t) =>
  t.field({
    type: BoundaryImportResult,
    authScopes: { admin: true },
    description:
      'ADMIN. Loads boundaries from a GeoJSON FeatureCollection whose features carry the Kemendagri code in properties.kode or id, like `npm run import:boundaries`. All or nothing; invalid geometry is repaired and reported; polygons are capped in vertex count.',
    args: {
      featureCollection: t.arg({ type: 'GeoJSON', required: true }),
      source: t.arg.string({
        required: true,
        description: 'Credit line stored with the boundaries.',
      }),
      strict: t.arg.boolean({
        defaultValue: false,
        description: 'Reject the input when it names regions that are not loaded.',
      }),
    },
    complexity: 100,
    resolve: async (_root, args, ctx) => {
      try {
        return await importBoundaries(
          args.featureCollection,
          {
            source: args.source,
            strict: args.strict ?? false,
            maxVertices: config().limits.maxPolygonVertices,
          },
          actorOf(ctx),
        );
      } catch (error) {
        if (error instanceof ImportRejected) throw rejectedInput(error);
        throw error;
      }
    },
  }),
);
