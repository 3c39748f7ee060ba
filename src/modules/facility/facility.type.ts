import { builder } from '../../builder.ts';
import { FacilityKind } from '../../generated/prisma/enums.ts';
import { analyticsLoaders } from '../analytics/analytics.loaders.ts';
import { RegionInterface } from '../region/region.type.ts';
import { facilityLoaders } from './facility.loaders.ts';
import type { FacilityDistanceRow } from './facility.sql.ts';

export const FacilityKindEnum = builder.enumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'PUSKESMAS (primary-care unit with a work area) or POSYANDU (community post).',
});

export const FacilityObject = builder.prismaObject('Facility', {
  description: 'A puskesmas or posyandu at a point. Public data.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: FacilityKindEnum }),
    name: t.exposeString('name'),
    registryCode: t.exposeString('registryCode', {
      nullable: true,
      description: 'Registry code (Kemenkes for a puskesmas); null when unknown.',
    }),
    active: t.exposeBoolean('active'),
    rw: t.exposeString('rw', {
      nullable: true,
      description: 'Rukun warga (RW) a posyandu serves, e.g. "003".',
    }),
    location: t.field({
      type: 'GeoJSON',
      description: 'Position as a GeoJSON Point (RFC 7946, [longitude, latitude]).',
      resolve: async (facility, _args, ctx) => {
        const location = await facilityLoaders(ctx).location.load(facility.id);
        if (location === null) throw new Error(`facility ${facility.id} vanished`);
        return location;
      },
    }),
    desa: t.prismaField({
      type: RegionInterface,
      description: 'The desa/kelurahan the facility stands in.',
      resolve: async (query, facility, _args, ctx) => {
        const region = await analyticsLoaders(ctx).regions(query).load(facility.desaKode);
        if (region === null) throw new Error(`region ${facility.desaKode} vanished`);
        return region;
      },
    }),
    puskesmas: t.relation('puskesmas', {
      nullable: true,
      description: 'The puskesmas a posyandu reports to; null for a puskesmas.',
    }),
  }),
});

export const FacilityDistanceObject = builder
  .objectRef<FacilityDistanceRow>('FacilityDistance')
  .implement({
    description: 'A facility and its distance from a point.',
    fields: (t) => ({
      distanceMeters: t.exposeFloat('meters', {
        description:
          'Geodesic distance from the point on the WGS 84 ellipsoid (PostGIS geography), metres.',
      }),
      facility: t.prismaField({
        type: FacilityObject,
        resolve: async (query, d, _args, ctx) => {
          const facility = await facilityLoaders(ctx).byId(query).load(d.id);
          if (facility === null) throw new Error(`facility ${d.id} vanished`);
          return facility;
        },
      }),
    }),
  });
