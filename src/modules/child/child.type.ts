import { builder } from '../../builder.ts';

export const MeasurementObject = builder.prismaObject('Measurement', {
  description: 'One anthropometric measurement of a child.',
  fields: (t) => ({
    measuredOn: t.string({
      description: 'Date of measurement, YYYY-MM-DD.',
      resolve: (m) => m.measuredOn.toISOString().slice(0, 10),
    }),
    weightKg: t.exposeFloat('weightKg'),
    heightCm: t.exposeFloat('heightCm', { description: 'Length (under 24 months) or height, cm.' }),
    haz: t.exposeFloat('haz', {
      nullable: true,
      description:
        'Length/height-for-age z-score (WHO 2006); below −2 is stunted, below −3 severely.',
    }),
  }),
});

/**
 * Individual-level record: personal data of a specific kind (UU 27/2022). Every field runs the
 * type's scope check, so a record can only be seen by an OFFICER whose scope covers its desa,
 * however it was reached.
 */
export const ChildRecordObject = builder.prismaObject('Child', {
  name: 'ChildRecord',
  description:
    'A child under five recorded by name (e-PPGBM-like). Visible only to an OFFICER whose scope covers the desa; every read is audited.',
  runScopesOnType: true,
  authScopes: (child) => ({ officerOf: child.desaKode }),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pseudonymous identifier.' }),
    name: t.exposeString('name'),
    sex: t.exposeString('sex', { description: '"L" (laki-laki) or "P" (perempuan).' }),
    birthDate: t.string({ resolve: (c) => c.birthDate.toISOString().slice(0, 10) }),
    desa: t.relation('desa'),
    measurements: t.relation('measurements', { query: { orderBy: { measuredOn: 'asc' } } }),
  }),
});
