import { builder } from '../../../builder.ts';
import { ProgramKind } from '../../../generated/prisma/enums.ts';

export const ProgramKindEnum = builder.enumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'SPECIFIC (direct causes, health-led) or SENSITIVE (underlying causes).',
});

export const AgencyObject = builder.prismaObject('Agency', {
  description: 'A regional agency (OPD, organisasi perangkat daerah) of a kabupaten/kota.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable short code, e.g. "DINKES".' }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { description: 'Usual abbreviation, e.g. "Dinkes".' }),
    kabupatenKode: t.exposeID('kabupatenKode'),
  }),
});

export const ProgramObject = builder.prismaObject('Program', {
  description: 'An intervention program (e.g. PMT for pregnant women with KEK, iron tablets).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, used as `intervention`.' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ProgramKindEnum }),
    targetGroup: t.exposeString('targetGroup', { description: 'Who it serves (sasaran).' }),
    indicatorRef: t.exposeString('indicatorRef', {
      nullable: true,
      description: 'Standard indicator it feeds (Perpres 72/2021 Annex A: SP1–SP9, SE1–SE11).',
    }),
    leadAgency: t.exposeString('leadAgency', {
      nullable: true,
      description: 'Code of the agency that usually leads it.',
    }),
  }),
});
