import { actorOf } from '../../../audit/actor.ts';
import { recordAudit } from '../../../audit/recordAudit.ts';
import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { kabupatenArg } from '../args.ts';
import { refused } from '../refusal.ts';
import {
  kabupatenKotaInProvince,
  loadRanking,
  type PublishedRankShape,
  type RankingShape,
} from './assessment.rank.ts';
import { provinceScores } from './assessment.sql.ts';
import { ConvergenceAssessmentObject } from './assessment.type.ts';

const PublishedRankObject = builder.objectRef<PublishedRankShape>('PublishedRank').implement({
  description: 'The rank the province published for a kabupaten/kota in a year, as recorded.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 = best.' }),
    outOf: t.exposeInt('outOf', { description: 'Kabupaten/kota the province ranked.' }),
    source: t.exposeString('source', { description: 'Where the rank was published.' }),
    note: t.exposeString('note', { nullable: true }),
    recordedAt: t.string({ resolve: (p) => p.recordedAt.toISOString() }),
  }),
});

const AssessmentRankingObject = builder.objectRef<RankingShape>('AssessmentRanking').implement({
  description:
    'The rank computed from the grades in this database beside the rank the province published. The computed rank is only among the kabupaten/kota graded here (`computedAmong`): with only Bekasi loaded it is "1 of 1", not a provincial rank.',
  fields: (t) => ({
    kabupatenKode: t.exposeID('kabupatenKode'),
    year: t.exposeInt('year'),
    computedRank: t.exposeInt('computedRank', {
      nullable: true,
      description:
        '1 + the number of kabupaten/kota graded here that year with a higher score (ties share); null when not graded.',
    }),
    computedAmong: t.exposeInt('computedAmong', {
      description: 'Kabupaten/kota of the province graded in this database that year.',
    }),
    kabupatenKotaInProvince: t.exposeInt('kabupatenKotaInProvince', {
      description: 'Kabupaten/kota of the province (Kemendagri codes; Jawa Barat: 27).',
    }),
    computedIsProvincial: t.boolean({
      description:
        'Whether every kabupaten/kota of the province is graded here, so the computed rank is a provincial rank.',
      resolve: (r) => r.computedAmong >= r.kabupatenKotaInProvince,
    }),
    published: t.field({
      type: PublishedRankObject,
      nullable: true,
      description: 'Null when no published rank is recorded for the year.',
      resolve: (r) => r.published,
    }),
    summary: t.string({
      description:
        'One line, e.g. "computed 1 of 1 graded here (27 in the province); published 5 of 27".',
      resolve: (r) =>
        `computed ${r.computedRank === null ? 'none (not graded)' : `${r.computedRank} of ${r.computedAmong} graded here`} (${r.kabupatenKotaInProvince} in the province); ${r.published ? `published ${r.published.rank} of ${r.published.outOf}` : 'no published rank recorded'}`,
    }),
  }),
});

builder.objectField(ConvergenceAssessmentObject, 'ranking', (t) =>
  t.field({
    type: AssessmentRankingObject,
    description: 'The computed rank beside the rank the province published.',
    resolve: (a) => loadRanking(a.kabupatenKode, a.year, a.provinceScores),
  }),
);

builder.queryFields((t) => ({
  assessmentRanking: t.field({
    type: AssessmentRankingObject,
    description:
      'The rank of a kabupaten/kota in a year: computed from the grades here (among those graded here) and as the province published it.',
    args: { kabupatenKode: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: async (_root, args) => {
      const kode = kabupatenArg(args.kabupatenKode);
      const year = yearArg(args.year);
      return loadRanking(kode, year, await provinceScores(kode.slice(0, 2), year));
    },
  }),
}));

const RankWriteResult = builder
  .objectRef<{ ranking: RankingShape; changed: boolean }>('PublishedRankWriteResult')
  .implement({
    description: 'The ranking after the write.',
    fields: (t) => ({
      ranking: t.field({ type: AssessmentRankingObject, resolve: (r) => r.ranking }),
      changed: t.exposeBoolean('changed', {
        description: 'False when the same rank was already recorded (or none was, for a removal).',
      }),
    }),
  });

builder.mutationFields((t) => ({
  recordPublishedRank: t.field({
    type: RankWriteResult,
    authScopes: { admin: true },
    description:
      'ADMIN. Records the rank the province published for a kabupaten/kota in a year (replacing one recorded before). Refused with a code naming the value: RANK_OUT_OF_RANGE (rank < 1, rank or outOf above the kabupaten/kota of the province, outOf below rank), YEAR_NOT_COME, REGION_NOT_FOUND. One transaction, idempotent, audited.',
    args: {
      kabupatenKode: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      rank: t.arg.int({ required: true }),
      outOf: t.arg.int({
        description: 'Kabupaten/kota the province ranked; default all of the province.',
      }),
      source: t.arg.string({
        required: true,
        description: 'Where it was published (decree, announcement, link).',
      }),
      note: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const kode = kabupatenArg(args.kabupatenKode);
      const year = yearArg(args.year);
      const source = oneLine('source', args.source, 500);
      const note = args.note == null ? null : oneLine('note', args.note, 2000);
      const inProvince = await kabupatenKotaInProvince(kode.slice(0, 2));
      const outOf = args.outOf ?? inProvince;
      if (!Number.isInteger(args.rank) || args.rank < 1 || args.rank > inProvince) {
        throw refused(
          'RANK_OUT_OF_RANGE',
          'rank',
          args.rank,
          `rank must be 1–${inProvince}: the province ${kode.slice(0, 2)} has ${inProvince} kabupaten/kota`,
        );
      }
      if (outOf < args.rank || outOf > inProvince) {
        throw refused(
          'RANK_OUT_OF_RANGE',
          'outOf',
          outOf,
          `outOf must be ${args.rank}–${inProvince} (at least the rank, at most the ${inProvince} kabupaten/kota of the province)`,
        );
      }
      return db
        .$transaction(async (tx) => {
          await regionMustExist(tx, kode);
          const changed = await tx.$executeRaw`
          INSERT INTO assessment_published_rank (kabupaten_kode, year, rank, out_of, source, note)
          VALUES (${kode}, ${year}, ${args.rank}, ${outOf}, ${source}, ${note})
          ON CONFLICT (kabupaten_kode, year) DO UPDATE
            SET rank = EXCLUDED.rank, out_of = EXCLUDED.out_of, source = EXCLUDED.source,
                note = EXCLUDED.note, recorded_at = now()
            WHERE (assessment_published_rank.rank, assessment_published_rank.out_of,
                   assessment_published_rank.source, assessment_published_rank.note)
                  IS DISTINCT FROM (EXCLUDED.rank, EXCLUDED.out_of, EXCLUDED.source, EXCLUDED.note)`;
          if (changed > 0) {
            await recordAudit(tx, {
              ...actorOf(ctx),
              action: 'RECORD_PUBLISHED_RANK',
              target: `${kode}/${year}`,
              detail: { rank: args.rank, outOf, source },
            });
          }
          return { changed: changed > 0 };
        })
        .then(async ({ changed }) => ({
          changed,
          ranking: await loadRanking(kode, year, await provinceScores(kode.slice(0, 2), year)),
        }));
    },
  }),
  removePublishedRank: t.field({
    type: RankWriteResult,
    authScopes: { admin: true },
    description:
      'ADMIN. Removes the published rank recorded for a kabupaten/kota and year. Idempotent, audited.',
    args: { kabupatenKode: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const kode = kabupatenArg(args.kabupatenKode);
      const year = yearArg(args.year);
      const changed = await db.$transaction(async (tx) => {
        const n = await tx.$executeRaw`
          DELETE FROM assessment_published_rank WHERE kabupaten_kode = ${kode} AND year = ${year}`;
        if (n > 0) {
          await recordAudit(tx, {
            ...actorOf(ctx),
            action: 'REMOVE_PUBLISHED_RANK',
            target: `${kode}/${year}`,
            detail: {},
          });
        }
        return n > 0;
      });
      return {
        changed,
        ranking: await loadRanking(kode, year, await provinceScores(kode.slice(0, 2), year)),
      };
    },
  }),
}));

/** @private A year argument: 2000–2100 (BAD_USER_INPUT), not after this year (YEAR_NOT_COME). */
function yearArg(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badUserInput('year', year, 'year must be 2000–2100');
  }
  const now = new Date().getUTCFullYear();
  if (year > now) {
    throw refused('YEAR_NOT_COME', 'year', year, `year ${year} has not come yet (now ${now})`);
  }
  return year;
}

/** @private One line of 1–max characters, trimmed; BAD_USER_INPUT otherwise. */
function oneLine(argument: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '' || text.length > max || /[\r\n]/.test(text)) {
    throw badUserInput(argument, value, `${argument} must be one line of 1–${max} characters`);
  }
  return text;
}

/** @private REGION_NOT_FOUND unless the kabupaten/kota is a loaded region. */
async function regionMustExist(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  kode: string,
): Promise<void> {
  const region = await tx.region.findUnique({ where: { kode }, select: { level: true } });
  if (!region) {
    throw refused('REGION_NOT_FOUND', 'kabupatenKode', kode, `no kabupaten/kota ${kode} is loaded`);
  }
}
