import { checkInteger } from '../../args/integer.ts';
import { maxPageSize } from '../../args/page.ts';
import { checkPoint } from '../../args/point.ts';
import { builder } from '../../builder.ts';
import { badUserInput } from '../../errors.ts';
import { RegionInterface } from '../region/region.type.ts';
import { facilityLoaders } from './facility.loaders.ts';
import { facilitiesWithinRows, nearestFacilityRows } from './facility.sql.ts';
import { FacilityDistanceObject, FacilityKindEnum, FacilityObject } from './facility.type.ts';

/** Largest radius of `facilitiesWithin`, metres. */
const maxMeters = 100_000;

builder.queryFields((t) => ({
  facilitiesWithin: t.field({
    type: [FacilityDistanceObject],
    complexity: 20,
    description:
      'Facilities within `meters` of the point (geodesic, WGS 84), nearest first; ties by id.',
    args: {
      longitude: t.arg.float({ required: true }),
      latitude: t.arg.float({ required: true }),
      meters: t.arg.float({ required: true, description: 'Radius in metres, 0–100,000.' }),
      kind: t.arg({ type: FacilityKindEnum, description: 'Only this kind (default: both).' }),
      limit: t.arg.int({ defaultValue: 100, description: `At most this many, 1–${maxPageSize}.` }),
    },
    resolve: (_root, args) => {
      checkPoint(args.longitude, args.latitude);
      if (!(args.meters >= 0 && args.meters <= maxMeters)) {
        throw badUserInput('meters', args.meters, `meters must be between 0 and ${maxMeters}`);
      }
      const limit = checkInteger('limit', args.limit ?? 100, 1, maxPageSize);
      return facilitiesWithinRows(
        args.longitude,
        args.latitude,
        args.meters,
        args.kind ?? null,
        limit,
      );
    },
  }),

  nearestFacilities: t.field({
    type: [FacilityDistanceObject],
    complexity: 20,
    description:
      'The k facilities nearest to the point by geodesic distance (WGS 84), nearest first; ties by id.',
    args: {
      longitude: t.arg.float({ required: true }),
      latitude: t.arg.float({ required: true }),
      k: t.arg.int({ defaultValue: 5, description: '1–100.' }),
      kind: t.arg({ type: FacilityKindEnum, description: 'Only this kind (default: both).' }),
    },
    resolve: (_root, args) => {
      checkPoint(args.longitude, args.latitude);
      const k = checkInteger('k', args.k ?? 5, 1, 100);
      return nearestFacilityRows(args.longitude, args.latitude, k, args.kind ?? null);
    },
  }),
}));

builder.prismaInterfaceField(RegionInterface, 'facilities', (t) =>
  t.prismaField({
    type: [FacilityObject],
    complexity: 10,
    description:
      'Facilities standing in this region (a desa, or every desa below a kecamatan or kabupaten), ordered by id.',
    args: {
      kind: t.arg({ type: FacilityKindEnum, description: 'Only this kind (default: both).' }),
    },
    resolve: (query, region, args, ctx) =>
      facilityLoaders(ctx)
        .inRegion(query, args.kind ?? null)
        .load(region.kode),
  }),
);
