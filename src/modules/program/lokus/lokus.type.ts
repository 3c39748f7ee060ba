import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { programLoaders } from '../loaders.ts';

// This file must not import src/modules/region/region.type.ts: region.type.ts may import
// PriorityVillageObject for `Desa.priority`.

export const PriorityVillageObject = builder.prismaObject('PriorityVillage', {
  description:
    "A priority village (desa lokus) of one year, with the basis of its selection. Every year's list is kept.",
  fields: (t) => ({
    desa: t.relation('desa'),
    year: t.exposeInt('year'),
    basis: t.exposeString('basis', {
      description: 'Why it was chosen, e.g. the stunting count or prevalence it was ranked by.',
    }),
    rank: t.exposeInt('rank', { nullable: true, description: "Rank in the year's list." }),
    decree: t.exposeString('decree', {
      nullable: true,
      description: 'The decree (SK) that names it.',
    }),
    sinceYear: t.int({
      description:
        'First year of the unbroken run of years up to this one in which the desa was a lokus.',
      resolve: async (p, _args, ctx) =>
        sinceYear(await programLoaders(ctx).lokusYears.load(p.desaKode), p.year),
    }),
    isNew: t.boolean({
      description: 'True when the desa was not a lokus the year before.',
      resolve: async (p, _args, ctx) =>
        !(await programLoaders(ctx).lokusYears.load(p.desaKode)).includes(p.year - 1),
    }),
    allYears: t.intList({
      description: 'Every year the desa was a lokus, oldest first (its history).',
      resolve: (p, _args, ctx) => programLoaders(ctx).lokusYears.load(p.desaKode),
    }),
  }),
});

/** The lokus of `year` at or below a region, by rank then kode. */
export function priorityVillagesUnder(
  query: { include?: Prisma.PriorityVillageInclude; select?: Prisma.PriorityVillageSelect },
  kode: string,
  year: number,
) {
  return db.priorityVillage.findMany({
    ...query,
    where: { year, OR: [{ desaKode: kode }, { desaKode: { startsWith: `${kode}.` } }] },
    orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { desaKode: 'asc' }],
  });
}

/**
 * A desa as the lokus of `year`, or null. Prisma batches the findUnique calls of one tick into one
 * statement, so a list of desa costs one query.
 */
export function priorityOfDesa(
  query: { include?: Prisma.PriorityVillageInclude; select?: Prisma.PriorityVillageSelect },
  desaKode: string,
  year: number,
) {
  return db.priorityVillage.findUnique({ ...query, where: { desaKode_year: { desaKode, year } } });
}

/** @private */
function sinceYear(years: readonly number[], year: number): number {
  let since = year;
  while (years.includes(since - 1)) since -= 1;
  return since;
}
