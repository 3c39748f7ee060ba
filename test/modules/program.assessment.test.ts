import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.ts';
import { db } from '../../src/db/client.ts';
import { importProgramCsv } from '../../src/modules/program/import.kinds.ts';
import { upsertRegions } from '../../src/modules/region/region.sql.ts';
import { fixtureActor } from '../fixtures/program/load.ts';
import { errorCodes, execute, viewers } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Issue 16.5: the assessment with its references. Expected answers are worked out by hand from
// the demo's assessment rows (src/demo/demo.program.ts, demoAssessments) and from the made-up
// province "98" written below, or counted by a separate SQL path.
type Data = Record<string, unknown>;
const run = (query: string, viewer: Viewer = viewers.analyst, variables: Data = {}) =>
  execute(parse(query) as TypedDocumentNode<Data, Data>, variables, { viewer });
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | null)?.[key], value);
const codes = (list: unknown) => (list as { code: string }[]).map((e) => e.code);

// province 98: two kabupaten; a 2017 scheme with two items on action 1 (one listing its own
// evidence, with criteria) and one on action 2 (its action's catalog); scale A=4 B=2 C=1.
const scheme = `year,item,action,weight,description,scale,name,evidence,criteria
2017,1.1,1,20,Lokus from data,A=4;B=2;C=1,Lokus berdasarkan data,A1.SK_LOKUS | A1.HASIL_ANALISIS,A: semua lokus tinggi | B: ≥ 75% lokus | C: < 75% lokus
2017,1.2,1,30,Analysis covers every desa,A=4;B=2;C=1,Analisis mencakup semua desa,,
2017,2.1,2,50,Plan in the budget,A=4;B=2;C=1,,,
`;
// 98.01: 1.1 A (4 × 20 = 80), 1.2 B (2 × 30 = 60), 2.1 C (1 × 50 = 50) = 190 of 400.
// Action 1: 140 of 200, mean points 140 / 50 = 2.8 → B (the best grade with points ≤ 2.8).
// 98.02: 1.1 A, 2.1 A, 1.2 not graded: 80 + 200 = 280 → first; 98.01 second of 2.
const grades = `kabupaten,year,item,grade
98.01,2017,1.1,A
98.01,2017,1.2,B
98.01,2017,2.1,C
98.02,2017,1.1,A
98.02,2017,2.1,A
`;
const actions = `kabupaten,year,action,status,evidence,note
98.01,2017,1,DONE,A1.HASIL_ANALISIS: ansit-2017.pdf | peta.png | A2.INTEGRASI_RKPD: wrong-action.pdf,
98.01,2017,2,IN_PROGRESS,,
`;

beforeAll(async () => {
  await testDatabase();
  const row = (kode: string, level: 'PROVINSI' | 'KABUPATEN') => ({
    kode,
    nama: `Assessment fixture ${kode}`,
    level,
    jenis: null,
    parentKode: kode.includes('.') ? '98' : null,
    source: 'assessment test fixture',
  });
  await upsertRegions(db, [
    row('98', 'PROVINSI'),
    row('98.01', 'KABUPATEN'),
    row('98.02', 'KABUPATEN'),
  ]);
  await importProgramCsv('ASSESSMENT_SCHEME', scheme, fixtureActor);
  await importProgramCsv('ASSESSMENT_GRADES', grades, fixtureActor);
  await importProgramCsv('ACTION_REPORTS', actions, fixtureActor);
});

afterAll(async () => {
  await db.$transaction(async (tx) => {
    await tx.assessmentPublishedRank.deleteMany({
      where: { OR: [{ kabupatenKode: { startsWith: '98' } }, { kabupatenKode: '32.16' }] },
    });
    await tx.actionReport.deleteMany({ where: { kabupatenKode: { startsWith: '98' } } });
    await tx.assessmentGrade.deleteMany({ where: { kabupatenKode: { startsWith: '98' } } });
    await tx.assessmentItem.deleteMany({ where: { year: 2017 } });
    await tx.assessmentGradeScale.deleteMany({ where: { year: 2017 } });
    await tx.region.deleteMany({ where: { level: 'KABUPATEN', kode: { startsWith: '98' } } });
    await tx.region.deleteMany({ where: { kode: '98' } });
  });
});

describe('convergenceActions', () => {
  it('names the 8 actions in Bahasa Indonesia, with English beside, and their evidence catalog', async () => {
    const result = await run(
      `{ convergenceActions { number name nameEn evidence { code action } } }`,
    );
    expect(result.errors).toBeUndefined();
    const list = at(result.data, 'convergenceActions') as {
      number: number;
      name: string;
      nameEn: string;
      evidence: { code: string; action: number }[];
    }[];
    expect(list.map((a) => [a.number, a.name])).toEqual([
      [1, 'Analisis Situasi'],
      [2, 'Rencana Kegiatan'],
      [3, 'Rembuk Stunting'],
      [4, 'Peraturan Bupati/Walikota tentang Peran Desa'],
      [5, 'Pembinaan Kader Pembangunan Manusia (KPM)'],
      [6, 'Sistem Manajemen Data'],
      [7, 'Pengukuran dan Publikasi Data Stunting'],
      [8, 'Reviu Kinerja Tahunan'],
    ]);
    expect(list[0]?.nameEn).toBe('Situation analysis');
    for (const a of list) {
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(
        a.evidence.every((e) => e.action === a.number && e.code.startsWith(`A${a.number}.`)),
      ).toBe(true);
    }
    const [{ n }] = await db.$queryRaw<[{ n: number }]>`
      SELECT count(*)::int AS n FROM assessment_evidence_type`;
    expect(list.flatMap((a) => a.evidence)).toHaveLength(n);
  });
});

describe('missingEvidence', () => {
  const query = `query($kode: ID!, $year: Int!, $only: Boolean) {
    missingEvidence(kabupatenKode: $kode, year: $year, onlyMissing: $only) {
      schemeLoaded required supplied missing
      actions { action name status required { code } missing { code } untagged
        items { item name requirementSource required { code } supplied { type { code } reference } missing { code } } }
    }
  }`;

  it('lists what the demo did not supply for 2023, per action and item', async () => {
    // The demo's 2023 items (1.1 … 8.1) list no evidence: each requires its action's catalog;
    // the demo left out A5.SCORECARD and A7.PUBLIKASI.
    const result = await run(query, viewers.analyst, { kode: '32.16', year: 2023, only: true });
    expect(result.errors).toBeUndefined();
    const check = at(result.data, 'missingEvidence') as Data;
    const [{ catalog, unsupplied }] = await db.$queryRaw<[{ catalog: number; unsupplied: number }]>`
      SELECT count(*)::int AS catalog,
             count(*) FILTER (WHERE NOT EXISTS (
               SELECT 1 FROM action_report r, unnest(r.evidence) AS e
               WHERE r.kabupaten_kode = '32.16' AND r.year = 2023 AND r.action = t.action
                 AND e LIKE t.code || ':%'))::int AS unsupplied
      FROM assessment_evidence_type t`;
    expect(unsupplied).toBe(2);
    expect(check).toMatchObject({
      schemeLoaded: true,
      required: catalog,
      supplied: catalog - 2,
      missing: 2,
    });
    const list = check.actions as Data[];
    expect(list.map((a) => [a.action, a.name, a.status, codes(a.missing)])).toEqual([
      [5, 'Pembinaan Kader Pembangunan Manusia (KPM)', 'DONE', ['A5.SCORECARD']],
      [7, 'Pengukuran dan Publikasi Data Stunting', 'IN_PROGRESS', ['A7.PUBLIKASI']],
    ]);
    expect(at(list, 0, 'items')).toEqual([
      expect.objectContaining({
        item: '5.1',
        name: 'Pembinaan KPM dilaksanakan sesuai ketentuan',
        requirementSource: 'ACTION_CATALOG',
        required: [{ code: 'A5.PEMBINAAN_KPM' }, { code: 'A5.SCORECARD' }],
        supplied: [
          {
            type: { code: 'A5.PEMBINAAN_KPM' },
            reference: 'A5.PEMBINAAN_KPM: aksi-5-2023-pembinaan_kpm.pdf (synthetic reference)',
          },
        ],
        missing: [{ code: 'A5.SCORECARD' }],
      }),
    ]);
  });

  it("uses the items' own lists where the scheme gives them (demo 2022)", async () => {
    const result = await run(query, viewers.analyst, { kode: '32.16', year: 2022 });
    const list = at(result.data, 'missingEvidence', 'actions') as Data[];
    expect(list).toHaveLength(8);
    const first = list[0] as Data;
    expect(codes(first.required)).toEqual(['A1.HASIL_ANALISIS', 'A1.SK_LOKUS', 'A1.REKOMENDASI']);
    expect(codes(first.missing)).toEqual(['A1.REKOMENDASI']);
    expect(
      (first.items as Data[]).map((i) => [i.item, i.requirementSource, codes(i.missing)]),
    ).toEqual([
      ['1.1', 'ITEM', []],
      ['1.2', 'ITEM', ['A1.REKOMENDASI']],
    ]);
    expect(at(result.data, 'missingEvidence', 'missing')).toBe(1);
  });

  it('counts only references tagged with a document of their own action', async () => {
    // 98.01 2017: action 1 requires (1.1) SK_LOKUS, HASIL_ANALISIS and (1.2, its catalog) all 3;
    // only HASIL_ANALISIS is tagged. Action 2 (2.1, catalog: 2 documents): nothing supplied.
    const result = await run(query, viewers.analyst, { kode: '98.01', year: 2017 });
    const check = at(result.data, 'missingEvidence') as Data;
    expect(check).toMatchObject({ required: 5, supplied: 1, missing: 4 });
    const [one, two] = check.actions as [Data, Data];
    expect(one.untagged).toEqual(['peta.png', 'A2.INTEGRASI_RKPD: wrong-action.pdf']);
    expect(codes(one.missing)).toEqual(['A1.SK_LOKUS', 'A1.REKOMENDASI']);
    expect(
      (one.items as Data[]).map((i) => [i.item, i.name, codes(i.required), codes(i.missing)]),
    ).toEqual([
      ['1.1', 'Lokus berdasarkan data', ['A1.HASIL_ANALISIS', 'A1.SK_LOKUS'], ['A1.SK_LOKUS']],
      [
        '1.2',
        'Analisis mencakup semua desa',
        ['A1.HASIL_ANALISIS', 'A1.SK_LOKUS', 'A1.REKOMENDASI'],
        ['A1.SK_LOKUS', 'A1.REKOMENDASI'],
      ],
    ]);
    expect(codes(two.missing)).toEqual(['A2.RENCANA_KEGIATAN', 'A2.INTEGRASI_RKPD']);
  });

  it('checks all 8 actions against their catalog for a year without a scheme', async () => {
    const result = await run(query, viewers.analyst, { kode: '98.01', year: 2016 });
    const check = at(result.data, 'missingEvidence') as Data;
    const total = await db.assessmentEvidenceType.count();
    expect(check).toMatchObject({
      schemeLoaded: false,
      required: total,
      supplied: 0,
      missing: total,
    });
    expect((check.actions as Data[]).map((a) => a.status)).toEqual(Array(8).fill(null));
  });
});

describe('adding evidence for a requirement', () => {
  const add = (args: string, viewer: Viewer = viewers.admin) =>
    run(
      `mutation { addActionEvidence(kabupatenKode: "98.01", year: 2017, ${args}) { evidence changed } }`,
      viewer,
    );

  it('tags the reference, and missingEvidence counts it', async () => {
    const first = await add('action: 1, evidence: "sk-lokus-2017.pdf", requirement: "A1.SK_LOKUS"');
    expect(first.errors).toBeUndefined();
    expect(at(first.data, 'addActionEvidence')).toEqual({
      evidence: [
        'A1.HASIL_ANALISIS: ansit-2017.pdf',
        'peta.png',
        'A2.INTEGRASI_RKPD: wrong-action.pdf',
        'A1.SK_LOKUS: sk-lokus-2017.pdf',
      ],
      changed: true,
    });
    const again = await add('action: 1, evidence: "sk-lokus-2017.pdf", requirement: "A1.SK_LOKUS"');
    expect(at(again.data, 'addActionEvidence', 'changed')).toBe(false);
    const check = await run(
      `{ missingEvidence(kabupatenKode: "98.01", year: 2017) { supplied missing } }`,
    );
    expect(at(check.data, 'missingEvidence')).toEqual({ supplied: 2, missing: 3 });
    const removed = await run(
      `mutation { removeActionEvidence(kabupatenKode: "98.01", year: 2017, action: 1, evidence: "sk-lokus-2017.pdf", requirement: "A1.SK_LOKUS") { changed } }`,
      viewers.admin,
    );
    expect(at(removed.data, 'removeActionEvidence', 'changed')).toBe(true);
  });

  it('refuses a code outside the catalog or of another action, naming it, and writes nothing', async () => {
    const unknown = await add('action: 1, evidence: "x.pdf", requirement: "A1.NO_SUCH"');
    expect(errorCodes(unknown)).toEqual(['UNKNOWN_EVIDENCE_TYPE']);
    expect(unknown.errors?.[0]?.message).toContain('A1.NO_SUCH');
    const other = await add('action: 1, evidence: "A2.RENCANA_KEGIATAN: plan.pdf"');
    expect(errorCodes(other)).toEqual(['EVIDENCE_TYPE_NOT_OF_ACTION']);
    expect(other.errors?.[0]?.extensions).toMatchObject({ argument: 'evidence' });
    const report = await db.actionReport.findUniqueOrThrow({
      where: { kabupatenKode_year_action: { kabupatenKode: '98.01', year: 2017, action: 1 } },
    });
    expect(report.evidence).toHaveLength(3);
    expect(errorCodes(await add('action: 1, evidence: "y.pdf"', viewers.analyst))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('refuses a scheme listing evidence of another action', async () => {
    const bad = await run(
      `mutation($csv: String!) { importProgramCsv(kind: ASSESSMENT_SCHEME, csv: $csv) { changed } }`,
      viewers.admin,
      {
        csv: 'year,item,action,weight,description,scale,evidence\n2017,2.1,2,50,Plan in the budget,A=4;B=2;C=1,A1.SK_LOKUS\n',
      },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(bad.errors?.[0]?.extensions?.problems)).toContain(
      'A1.SK_LOKUS belongs to action 1, not 2',
    );
  });
});

describe('ConvergenceAssessment.subtotals', () => {
  const query = `query($kode: ID!, $year: Int!) { convergenceAssessment(kabupatenKode: $kode, year: $year) {
    score maxScore
    grades { item name criteria { grade criterion } }
    subtotals { action name items gradedItems weight score maxScore scorePercent meanPoints grade }
  } }`;

  it('adds up each action from its items and grades it by the stated rule (demo 2022)', async () => {
    // 2022 scale A=5 B=4 …; action 1: 1.1 A (10 × 5) + 1.2 B (10 × 4) = 90 of 100, mean 4.5 → B.
    // Action 7: 7.1 B, weight 15: 60 of 75, mean 4 → B. Whole: 455 of 500.
    const result = await run(query, viewers.analyst, { kode: '32.16', year: 2022 });
    expect(result.errors).toBeUndefined();
    const a = at(result.data, 'convergenceAssessment') as Data;
    expect(a).toMatchObject({ score: 455, maxScore: 500 });
    const subtotals = a.subtotals as Data[];
    expect(subtotals).toHaveLength(8);
    expect(subtotals[0]).toEqual({
      action: 1,
      name: 'Analisis Situasi',
      items: 2,
      gradedItems: 2,
      weight: 20,
      score: 90,
      maxScore: 100,
      scorePercent: 90,
      meanPoints: 4.5,
      grade: 'B',
    });
    expect(subtotals[6]).toMatchObject({ action: 7, score: 60, maxScore: 75, grade: 'B' });
    expect(subtotals.reduce((s, t) => s + (t.score as number), 0)).toBe(455);
    expect(at(a, 'grades', 0)).toEqual({
      item: '1.1',
      name: 'Lokus ditetapkan berdasarkan data stunting',
      criteria: [
        { grade: 'A', criterion: '100% desa lokus memiliki jumlah/prevalensi stunting tinggi' },
        { grade: 'B', criterion: '≥ 75% desa lokus memiliki jumlah/prevalensi stunting tinggi' },
        { grade: 'C', criterion: '≥ 50% desa lokus memiliki jumlah/prevalensi stunting tinggi' },
        { grade: 'D', criterion: '≥ 25% desa lokus memiliki jumlah/prevalensi stunting tinggi' },
        { grade: 'E', criterion: '< 25% desa lokus memiliki jumlah/prevalensi stunting tinggi' },
      ],
    });
  });

  it('rounds the mean down to a grade of the scale, and gives none while an item is ungraded', async () => {
    const one = at(
      (await run(query, viewers.analyst, { kode: '98.01', year: 2017 })).data,
      'convergenceAssessment',
    ) as Data;
    expect(one).toMatchObject({ score: 190, maxScore: 400 });
    expect(one.subtotals).toEqual([
      expect.objectContaining({
        action: 1,
        score: 140,
        maxScore: 200,
        meanPoints: 2.8,
        grade: 'B',
        gradedItems: 2,
      }),
      expect.objectContaining({ action: 2, score: 50, maxScore: 200, meanPoints: 1, grade: 'C' }),
    ]);
    expect(at(one, 'grades', 0, 'criteria')).toEqual([
      { grade: 'A', criterion: 'semua lokus tinggi' },
      { grade: 'B', criterion: '≥ 75% lokus' },
      { grade: 'C', criterion: '< 75% lokus' },
    ]);
    // 98.02: 1.2 not graded → action 1 has 80 of 200 from one item, mean 4, no grade.
    const two = at(
      (await run(query, viewers.analyst, { kode: '98.02', year: 2017 })).data,
      'convergenceAssessment',
    ) as Data;
    expect(at(two, 'subtotals', 0)).toMatchObject({
      items: 2,
      gradedItems: 1,
      score: 80,
      meanPoints: 4,
      grade: null,
    });
  });
});

describe('published rank beside the computed rank', () => {
  const ranking = `query($kode: ID!, $year: Int!) { assessmentRanking(kabupatenKode: $kode, year: $year) {
    computedRank computedAmong kabupatenKotaInProvince computedIsProvincial summary
    published { rank outOf source note }
  } }`;
  const record = (args: string, viewer: Viewer = viewers.admin) =>
    run(
      `mutation { recordPublishedRank(${args}) { changed ranking { computedRank published { rank outOf source } } } }`,
      viewer,
    );
  // Jawa Barat's kabupaten/kota counted straight from idn-area-data's CSV (18 kabupaten + 9 kota).
  const jabar = readFileSync(
    new URL('../../node_modules/idn-area-data/data/regencies.csv', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.split(',')[1] === '32').length;

  it('says the computed rank is 1 of 1 when only Bekasi is graded, out of the 27 of Jawa Barat', async () => {
    expect(jabar).toBe(27);
    const result = await run(ranking, viewers.analyst, { kode: '32.16', year: 2023 });
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'assessmentRanking')).toEqual({
      computedRank: 1,
      computedAmong: 1,
      kabupatenKotaInProvince: jabar,
      computedIsProvincial: false,
      summary: 'computed 1 of 1 graded here (27 in the province); no published rank recorded',
      published: null,
    });
  });

  it('records the published rank once (a retry changes nothing, audited once) and shows it beside', async () => {
    const args =
      'kabupatenKode: "32.16", year: 2023, rank: 5, source: "Pengumuman penilaian kinerja 8 aksi konvergensi Jawa Barat 2023 (test)"';
    const first = await record(args);
    expect(first.errors).toBeUndefined();
    expect(at(first.data, 'recordPublishedRank')).toMatchObject({
      changed: true,
      ranking: { computedRank: 1, published: { rank: 5, outOf: 27 } },
    });
    expect(at((await record(args)).data, 'recordPublishedRank', 'changed')).toBe(false);
    expect(
      await db.auditLog.count({ where: { action: 'RECORD_PUBLISHED_RANK', target: '32.16/2023' } }),
    ).toBe(1);
    const read = await run(
      `{ convergenceAssessment(kabupatenKode: "32.16", year: 2023) { rank assessedCount ranking { summary published { rank outOf } } } }`,
    );
    expect(at(read.data, 'convergenceAssessment')).toEqual({
      rank: 1,
      assessedCount: 1,
      ranking: {
        summary: 'computed 1 of 1 graded here (27 in the province); published 5 of 27',
        published: { rank: 5, outOf: 27 },
      },
    });
  });

  it('refuses a rank below 1 or above the kabupaten/kota of the province, a future year, and non-admins', async () => {
    const before = await db.assessmentPublishedRank.findMany({ where: { kabupatenKode: '32.16' } });
    const zero = await record('kabupatenKode: "32.16", year: 2023, rank: 0, source: "x"');
    expect(errorCodes(zero)).toEqual(['RANK_OUT_OF_RANGE']);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ argument: 'rank', value: 0 });
    const over = await record('kabupatenKode: "32.16", year: 2023, rank: 28, source: "x"');
    expect(errorCodes(over)).toEqual(['RANK_OUT_OF_RANGE']);
    expect(over.errors?.[0]?.message).toContain('28');
    expect(over.errors?.[0]?.message).toContain('27 kabupaten/kota');
    const outOf = await record(
      'kabupatenKode: "32.16", year: 2023, rank: 5, outOf: 4, source: "x"',
    );
    expect(outOf.errors?.[0]?.extensions).toMatchObject({
      code: 'RANK_OUT_OF_RANGE',
      argument: 'outOf',
      value: 4,
    });
    const next = new Date().getUTCFullYear() + 1;
    const future = await record(`kabupatenKode: "32.16", year: ${next}, rank: 1, source: "x"`);
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'YEAR_NOT_COME',
      argument: 'year',
      value: next,
    });
    expect(
      errorCodes(await record('kabupatenKode: "32.16", year: 2023, rank: 1, source: " "')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await record('kabupatenKode: "32.16.01", year: 2023, rank: 1, source: "x"')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await record('kabupatenKode: "32.99", year: 2023, rank: 1, source: "x"')),
    ).toEqual(['REGION_NOT_FOUND']);
    expect(
      errorCodes(
        await record('kabupatenKode: "32.16", year: 2023, rank: 1, source: "x"', viewers.analyst),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await record('kabupatenKode: "32.16", year: 2023, rank: 1, source: "x"', {
          role: 'PUBLIC',
          scope: [],
          subject: null,
        }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
    expect(
      await db.assessmentPublishedRank.findMany({ where: { kabupatenKode: '32.16' } }),
    ).toEqual(before);
  });

  it('ranks among the kabupaten/kota graded here, and bounds a published rank by those loaded when the province is not in idn-area-data', async () => {
    // 98.02 (280) before 98.01 (190); province 98 is made up, so it has the 2 loaded.
    const result = await run(ranking, viewers.analyst, { kode: '98.01', year: 2017 });
    expect(at(result.data, 'assessmentRanking')).toMatchObject({
      computedRank: 2,
      computedAmong: 2,
      kabupatenKotaInProvince: 2,
      computedIsProvincial: true,
    });
    expect(
      errorCodes(await record('kabupatenKode: "98.01", year: 2017, rank: 3, source: "x"')),
    ).toEqual(['RANK_OUT_OF_RANGE']);
    const ok = await record(
      'kabupatenKode: "98.01", year: 2017, rank: 1, source: "made-up province"',
    );
    expect(at(ok.data, 'recordPublishedRank')).toMatchObject({
      changed: true,
      ranking: { computedRank: 2, published: { rank: 1, outOf: 2, source: 'made-up province' } },
    });
    const removed = await run(
      `mutation { removePublishedRank(kabupatenKode: "98.01", year: 2017) { changed ranking { published { rank } } } }`,
      viewers.admin,
    );
    expect(at(removed.data, 'removePublishedRank')).toEqual({
      changed: true,
      ranking: { published: null },
    });
  });
});
