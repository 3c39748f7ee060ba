import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { kabupatenArg } from '../args.ts';
import { AgencyObject, ProgramObject } from './catalog.type.ts';

builder.queryFields((t) => ({
  programs: t.prismaField({
    type: [ProgramObject],
    description: 'The intervention programs, by code.',
    resolve: (query) => db.program.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),

  agencies: t.prismaField({
    type: [AgencyObject],
    description: 'The agencies (OPD) of a kabupaten/kota, by code.',
    args: { kabupatenKode: t.arg.id({ required: true }) },
    resolve: (query, _root, args) =>
      db.agency.findMany({
        ...query,
        where: { kabupatenKode: kabupatenArg(args.kabupatenKode) },
        orderBy: { code: 'asc' },
      }),
  }),
}));
