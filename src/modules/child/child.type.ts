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
    ageDays: t.exposeInt('ageDays', { nullable: true, description: 'Age in days that day.' }),
    measured: t.exposeString('measured', {
      nullable: true,
      description: '"L" recumbent length, "H" standing height (e-PPGBM imports).',
    }),
    oedema: t.exposeBoolean('oedema', { description: 'Bilateral pitting oedema.' }),
    waz: t.exposeFloat('waz', {
      nullable: true,
      description: 'Weight-for-age z-score (WHO 2006); null with oedema.',
    }),
    whz: t.exposeFloat('whz', {
      nullable: true,
      description: 'Weight-for-length/height z-score (WHO 2006); null with oedema.',
    }),
    hazFlagged: t.exposeBoolean('hazFlagged', {
      nullable: true,
      description: 'HAZ outside −6…6: implausible, to be checked.',
    }),
    wazFlagged: t.exposeBoolean('wazFlagged', {
      nullable: true,
      description: 'WAZ outside −6…5: implausible, to be checked.',
    }),
    whzFlagged: t.exposeBoolean('whzFlagged', {
      nullable: true,
      description: 'WHZ outside −5…5: implausible, to be checked.',
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
