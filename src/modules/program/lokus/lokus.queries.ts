import { builder } from '../../../builder.ts';
import { kabupatenArg } from '../args.ts';
import { PriorityVillageObject, priorityVillagesUnder } from './lokus.type.ts';

builder.queryFields((t) => ({
  priorityVillages: t.prismaField({
    type: [PriorityVillageObject],
    description: 'The priority villages (lokus) of a kabupaten/kota in a year, by rank then kode.',
    args: { kabupatenKode: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: (query, _root, args) =>
      priorityVillagesUnder(query, kabupatenArg(args.kabupatenKode), args.year),
  }),
}));
