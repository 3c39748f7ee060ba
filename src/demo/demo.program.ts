import type { Tx } from '../db/client.ts';
import {
  type ActivityDefinitionRow,
  type PlanWeekRow,
  type RealizationWeekRow,
  upsertActivities,
  upsertPlanWeeks,
  upsertRealizationWeeks,
} from '../modules/program/activity/activity.write.sql.ts';
import {
  setItemReferences,
  upsertActionReports,
  upsertGrades,
  upsertScheme,
} from '../modules/program/assessment/assessment.write.sql.ts';
import {
  type ProgramRow,
  upsertAgencies,
  upsertPrograms,
} from '../modules/program/catalog/catalog.write.sql.ts';
import {
  type ProgramTargetWriteRow,
  upsertProgramTargets,
} from '../modules/program/coverage/coverage.target.write.sql.ts';
import {
  type CoverageWriteRow,
  upsertCoverage,
} from '../modules/program/coverage/coverage.write.sql.ts';
import { type LokusRow, replaceLokus } from '../modules/program/lokus/lokus.write.sql.ts';
import {
  type CheckinRow,
  type FamilyRow,
  insertNewFamilies,
  upsertCheckins,
} from '../modules/program/monitoring/monitoring.write.sql.ts';
import { upsertTargets } from '../modules/program/target/target.write.sql.ts';
import { formatDay, parseDay, parseIsoWeek } from '../modules/program/week.ts';
import { mulberry32 } from '../random/mulberry32.ts';

export const syntheticProgramSource = 'synthetic demo (program reports)';
export const monitoringSource = 'synthetic demo (Pancoranmas-like daily monitoring)';

/**
 * Twelve regional agencies (OPD) of Kabupaten Bekasi with their real names. Which of them take
 * part in the stunting convergence, and with which activities, is a plausible assignment for the
 * demo, not the regency's decree.
 */
export const demoAgencies: [code: string, name: string, shortName: string][] = [
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['DINKES', 'Dinas Kesehatan', 'Dinkes'],
  ['DPPKB', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'DPPKB'],
  ['DINSOS', 'Dinas Sosial', 'Dinsos'],
  ['DISDIK', 'Dinas Pendidikan', 'Disdik'],
  ['DISPERKIMTAN', 'Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan', 'Disperkimtan'],
  ['DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD'],
  ['DKP', 'Dinas Ketahanan Pangan', 'DKP'],
  [
    'DISKOMINFOSANTIK',
    'Dinas Komunikasi, Informatika, Persandian dan Statistik',
    'Diskominfosantik',
  ],
  ['DISKAN', 'Dinas Perikanan', 'Diskan'],
  ['DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A'],
  ['DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
];

/** The six programs of the demo (milk, vitamins, iron tablets, PMT, family assistance). */
export const demoPrograms: ProgramRow[] = [
  {
    code: 'PMT_BUMIL_KEK',
    name: 'Makanan tambahan (PMT) ibu hamil KEK',
    kind: 'SPECIFIC',
    targetGroup: 'Pregnant women with chronic energy deficiency (KEK, MUAC < 23.5 cm)',
    indicatorRef: 'SP1',
    leadAgency: 'DINKES',
  },
  {
    code: 'TTD_BUMIL',
    name: 'Tablet tambah darah ibu hamil',
    kind: 'SPECIFIC',
    targetGroup: 'Pregnant women',
    indicatorRef: 'SP2',
    leadAgency: 'DINKES',
  },
  {
    code: 'TTD_REMAJA',
    name: 'Tablet tambah darah remaja putri',
    kind: 'SPECIFIC',
    targetGroup: 'Adolescent girls in school',
    indicatorRef: 'SP3',
    leadAgency: 'DISDIK',
  },
  {
    code: 'SUSU_BALITA',
    name: 'Susu dan PMT balita gizi kurang',
    kind: 'SPECIFIC',
    targetGroup: 'Children 6–59 months with weight faltering or moderate wasting',
    indicatorRef: 'SP8',
    leadAgency: 'DINKES',
  },
  {
    code: 'VITAMIN_A',
    name: 'Kapsul vitamin A balita',
    kind: 'SPECIFIC',
    targetGroup: 'Children 6–59 months',
    indicatorRef: null,
    leadAgency: 'DINKES',
  },
  {
    code: 'PENDAMPINGAN_KELUARGA',
    name: 'Pendampingan keluarga berisiko stunting oleh TPK',
    kind: 'SENSITIVE',
    targetGroup: 'At-risk families (keluarga berisiko stunting)',
    indicatorRef: 'SE7',
    leadAgency: 'DPPKB',
  },
];

type ActionStatusName = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';

/** Bahasa Indonesia names of the demo's generic items "Action N carried out as required". */
const demoItemNames = [
  'Analisis situasi dilaksanakan sesuai ketentuan',
  'Rencana kegiatan disusun sesuai ketentuan',
  'Rembuk stunting dilaksanakan sesuai ketentuan',
  'Peraturan bupati tentang peran desa ditetapkan',
  'Pembinaan KPM dilaksanakan sesuai ketentuan',
  'Sistem manajemen data berjalan sesuai ketentuan',
  'Pengukuran dan publikasi data stunting dilaksanakan',
  'Reviu kinerja tahunan dilaksanakan sesuai ketentuan',
];

/**
 * Assessments of the 8 actions, 2021–2023: each year its own grade scale, items and weights
 * (synthetic, shaped like the provincial scheme) with Bahasa Indonesia item names, Bekasi's
 * grades and action statuses, and the evidence documents of the catalog (migration 0014) it did
 * not supply (every other one is supplied, tagged with its code). 2022 lists its own required
 * evidence for items 1.1 and 1.2 and grade criteria for item 1.1; the other items require their
 * action's catalog.
 */
export const demoAssessments: {
  year: number;
  scale: [string, number][];
  items: [code: string, action: number, weight: number, description: string, name: string][];
  grades: string[];
  actions: ActionStatusName[];
  notSupplied: string[];
  itemEvidence?: Record<string, string[]>;
  criteria?: Record<string, Record<string, string>>;
}[] = [
  {
    year: 2021,
    scale: [
      ['A', 4],
      ['B', 3],
      ['C', 2],
      ['D', 1],
    ],
    items: [1, 2, 3, 4, 5, 6, 7, 8].map((a) => [
      `${a}.1`,
      a,
      [15, 15, 10, 10, 15, 10, 15, 10][a - 1] as number,
      `Action ${a} carried out as required`,
      demoItemNames[a - 1] as string,
    ]),
    grades: ['B', 'B', 'A', 'C', 'B', 'C', 'B', 'B'],
    actions: ['DONE', 'DONE', 'DONE', 'IN_PROGRESS', 'DONE', 'IN_PROGRESS', 'DONE', 'DONE'],
    notSupplied: ['A4.SOSIALISASI', 'A6.KUALITAS_DATA'],
  },
  {
    year: 2022,
    scale: [
      ['A', 5],
      ['B', 4],
      ['C', 3],
      ['D', 2],
      ['E', 1],
    ],
    items: [
      [
        '1.1',
        1,
        10,
        'Lokus chosen from stunting data',
        'Lokus ditetapkan berdasarkan data stunting',
      ],
      [
        '1.2',
        1,
        10,
        'Situation analysis covers every desa',
        'Analisis situasi mencakup seluruh desa',
      ],
      [
        '2.1',
        2,
        10,
        'Sub-activities tagged to indicators in the budget',
        'Subkegiatan dalam anggaran ditandai dengan indikator',
      ],
      [
        '3.1',
        3,
        10,
        'Rembuk stunting held with signed commitment',
        'Rembuk stunting dengan komitmen yang ditandatangani',
      ],
      ['4.1', 4, 10, 'Perbup on village role in place', 'Perbup tentang peran desa ditetapkan'],
      ['5.1', 5, 10, 'KPM active in every lokus desa', 'KPM aktif di setiap desa lokus'],
      ['6.1', 6, 10, 'By-name data integrated across OPD', 'Data by name terintegrasi lintas OPD'],
      ['7.1', 7, 15, 'Prevalence published per desa', 'Prevalensi dipublikasikan per desa'],
      [
        '8.1',
        8,
        15,
        'Annual review with recommendations',
        'Reviu kinerja tahunan dengan rekomendasi',
      ],
    ],
    grades: ['A', 'B', 'A', 'A', 'B', 'B', 'A', 'B', 'A'],
    actions: ['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE'],
    notSupplied: ['A1.REKOMENDASI'],
    itemEvidence: {
      '1.1': ['A1.HASIL_ANALISIS', 'A1.SK_LOKUS'],
      '1.2': ['A1.HASIL_ANALISIS', 'A1.REKOMENDASI'],
    },
    criteria: {
      '1.1': {
        A: '100% desa lokus memiliki jumlah/prevalensi stunting tinggi',
        B: '≥ 75% desa lokus memiliki jumlah/prevalensi stunting tinggi',
        C: '≥ 50% desa lokus memiliki jumlah/prevalensi stunting tinggi',
        D: '≥ 25% desa lokus memiliki jumlah/prevalensi stunting tinggi',
        E: '< 25% desa lokus memiliki jumlah/prevalensi stunting tinggi',
      },
    },
  },
  {
    year: 2023,
    scale: [
      ['A', 100],
      ['B', 75],
      ['C', 50],
      ['D', 25],
    ],
    items: [1, 2, 3, 4, 5, 6, 7, 8].map((a) => [
      `${a}.1`,
      a,
      12.5,
      `Action ${a} carried out as required`,
      demoItemNames[a - 1] as string,
    ]),
    grades: ['A', 'A', 'B', 'A', 'B', 'A', 'B', 'A'],
    actions: ['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'IN_PROGRESS', 'DONE'],
    notSupplied: ['A5.SCORECARD', 'A7.PUBLIKASI'],
  },
];

export interface SeedProgramOptions {
  seed?: number;
  kabupatenKode?: string;
}

/**
 * Synthetic program-tracking data for the demo kabupaten, written with the same functions the
 * importers use (so it is idempotent: a second run changes nothing): the 12 agencies and 6
 * programs, 53 priority desa for 2022 and 75 (cumulative) for 2023 chosen by the synthetic 2021
 * and 2022 stunting counts already in the database, the regency's targets (2022 = 21.5 − 4 =
 * 17.5%, 2024 = 14%, 0% in lokus desa), coverage per desa, 2022 activities planned and realized
 * by ISO week, daily check-ins of families in the 2022 lokus from July to September 2022, and
 * assessments of the 8 actions for 2021–2023. Deterministic for a given seed.
 */
export async function seedProgram(tx: Tx, options: SeedProgramOptions = {}) {
  const seed = options.seed ?? 3216;
  const kab = options.kabupatenKode ?? '32.16';
  const random = mulberry32(seed + 7);
  const regions = await tx.region.findMany({
    where: { kode: { startsWith: `${kab}.` } },
    select: { kode: true, level: true },
    orderBy: { kode: 'asc' },
  });
  const desa = regions.filter((r) => r.level === 'DESA').map((r) => r.kode);
  const kecamatan = regions.filter((r) => r.level === 'KECAMATAN').map((r) => r.kode);

  await upsertAgencies(
    tx,
    demoAgencies.map(([code, name, shortName]) => ({ kabupatenKode: kab, code, name, shortName })),
  );
  await upsertPrograms(tx, demoPrograms);

  const lokus = await chooseLokus(tx, desa);
  await replaceLokus(tx, lokus);
  const lokus2022 = lokus.filter((l) => l.year === 2022).map((l) => l.kode);

  await upsertTargets(tx, [
    ...['STUNTING_SURVEY', 'STUNTING'].flatMap((indicator) => [
      {
        kode: kab,
        indicator,
        year: 2022,
        value: 17.5,
        source:
          'Pemkab Bekasi: 2021 SSGI 21.5% − 4 points (synthetic record of the announced goal)',
      },
      {
        kode: kab,
        indicator,
        year: 2024,
        value: 14,
        source: 'Perpres 72/2021 national target for 2024',
      },
    ]),
    ...lokus2022.map((kode) => ({
      kode,
      indicator: 'STUNTING',
      year: 2022,
      value: 0,
      source: 'Pemkab Bekasi: zero stunting in lokus desa (synthetic)',
    })),
  ]);

  await upsertCoverage(tx, coverageRows(desa, new Set(lokus2022), random));
  await upsertProgramTargets(tx, programTargetRows(kab));

  const { activities, plans, realizations } = activityRows(kab, kecamatan, random);
  const lokusPmt = lokusInterventionRows(
    kab,
    lokus.filter((l) => l.year === 2023).map((l) => l.kode),
  );
  await upsertActivities(tx, [...activities, ...lokusPmt.activities]);
  await upsertPlanWeeks(tx, [...plans, ...lokusPmt.plans]);
  await upsertRealizationWeeks(tx, [...realizations, ...lokusPmt.realizations]);

  const { families, checkins, closed } = monitoringRows(lokus2022, random);
  await insertNewFamilies(tx, families, monitoringSource);
  for (const [id, closedOn] of closed) {
    await tx.monitoredFamily.update({
      where: { id },
      data: { closedOn: new Date(`${closedOn}T00:00:00Z`) },
    });
  }
  await upsertCheckins(tx, checkins);

  const catalog = await tx.assessmentEvidenceType.findMany({
    orderBy: [{ action: 'asc' }, { ordinal: 'asc' }],
  });
  for (const a of demoAssessments) {
    await upsertScheme(
      tx,
      a.scale.map(([grade, points]) => ({ year: a.year, grade, points })),
      a.items.map(([code, action, weight, description, name]) => ({
        year: a.year,
        code,
        action,
        weight,
        description,
        name,
      })),
    );
    await setItemReferences(
      tx,
      a.items.map(([code]) => ({
        year: a.year,
        code,
        evidence: a.itemEvidence?.[code] ?? [],
        criteria: Object.entries(a.criteria?.[code] ?? {}).map(([grade, criterion]) => ({
          grade,
          criterion,
        })),
      })),
    );
    await upsertGrades(
      tx,
      a.items.map(([code], i) => ({
        kabupatenKode: kab,
        year: a.year,
        item: code,
        grade: a.grades[i] as string,
      })),
    );
    await upsertActionReports(
      tx,
      a.actions.map((status, i) => ({
        kabupatenKode: kab,
        year: a.year,
        action: i + 1,
        status,
        evidence: catalog
          .filter((e) => e.action === i + 1 && !a.notSupplied.includes(e.code))
          .map(
            (e) =>
              `${e.code}: aksi-${i + 1}-${a.year}-${e.code.slice(3).toLowerCase()}.pdf (synthetic reference)`,
          ),
        note: null,
      })),
    );
  }
  return {
    agencies: demoAgencies.length,
    programs: demoPrograms.length,
    lokus: { 2022: lokus2022.length, 2023: lokus.filter((l) => l.year === 2023).length },
    activities: activities.length + lokusPmt.activities.length,
    families: families.length,
    checkins: checkins.length,
  };
}

/**
 * @private 2022: the 53 desa with the most stunted children in the synthetic 2021 counts;
 * 2023: those 53 plus the 22 next by the 2022 counts (75 cumulative).
 */
async function chooseLokus(tx: Tx, desa: string[]): Promise<LokusRow[]> {
  const counts = async (period: string) => {
    const rows = await tx.indicatorValue.findMany({
      where: {
        indicatorCode: 'STUNTING',
        period,
        regionKode: { in: desa },
        numerator: { not: null },
      },
      select: { regionKode: true, numerator: true, denominator: true },
      orderBy: [{ regionKode: 'asc' }, { source: 'asc' }],
    });
    const byKode = new Map<string, { n: number; d: number }>();
    for (const r of rows)
      if (!byKode.has(r.regionKode))
        byKode.set(r.regionKode, { n: r.numerator ?? 0, d: r.denominator ?? 0 });
    return [...desa]
      .sort((a, b) => (byKode.get(b)?.n ?? -1) - (byKode.get(a)?.n ?? -1) || a.localeCompare(b))
      .map((kode) => ({ kode, ...(byKode.get(kode) ?? { n: 0, d: 0 }) }));
  };
  const basis = (c: { n: number; d: number }, year: string) =>
    `${c.n} stunted of ${c.d} children measured (synthetic e-PPGBM ${year})`;
  const first = (await counts('2021')).slice(0, 53);
  const chosen = new Set(first.map((c) => c.kode));
  const added = (await counts('2022')).filter((c) => !chosen.has(c.kode)).slice(0, 22);
  const decree = (year: number) =>
    `Keputusan Bupati Bekasi on lokus desa ${year} (synthetic reference)`;
  return [
    ...first.map((c, i) => ({
      kode: c.kode,
      year: 2022,
      basis: basis(c, '2021'),
      rank: i + 1,
      decree: decree(2022),
    })),
    ...first.map((c, i) => ({
      kode: c.kode,
      year: 2023,
      basis: `lokus since 2022; ${basis(c, '2021')}`,
      rank: i + 1,
      decree: decree(2023),
    })),
    ...added.map((c, i) => ({
      kode: c.kode,
      year: 2023,
      basis: basis(c, '2022'),
      rank: 54 + i,
      decree: decree(2023),
    })),
  ];
}

/** @private Reach per desa, program and agency for 2022 and 2023; lokus desa reach more. */
function coverageRows(
  desa: string[],
  lokus: Set<string>,
  random: () => number,
): CoverageWriteRow[] {
  const sizes: Record<string, [number, number, number]> = {
    // program: [min target, max target, base coverage]
    PMT_BUMIL_KEK: [2, 25, 0.78],
    TTD_BUMIL: [20, 200, 0.7],
    TTD_REMAJA: [50, 600, 0.55],
    SUSU_BALITA: [3, 40, 0.8],
    VITAMIN_A: [100, 1500, 0.88],
    PENDAMPINGAN_KELUARGA: [30, 400, 0.65],
  };
  const rows: CoverageWriteRow[] = [];
  for (const period of ['2022', '2023']) {
    for (const kode of desa) {
      for (const program of demoPrograms) {
        const [min, max, base] = sizes[program.code] as [number, number, number];
        const agencies =
          program.code === 'TTD_REMAJA' ? ['DISDIK', 'DINKES'] : [program.leadAgency as string];
        // Two agencies giving iron tablets to the same girls each reach about their share of
        // the desa's girls but report the desa's whole population (coverage counts it once).
        const own: CoverageWriteRow[] = [];
        for (const agency of agencies) {
          const share = Math.round((min + random() * (max - min)) / agencies.length);
          const rate = Math.min(
            1,
            base +
              (lokus.has(kode) ? 0.1 : 0) +
              (random() - 0.5) * 0.3 +
              (period === '2023' ? 0.04 : 0),
          );
          own.push({
            kode,
            program: program.code,
            agency,
            period,
            targetPopulation: share,
            reached: Math.round(share * rate),
            source: syntheticProgramSource,
          });
        }
        const population = own.reduce((sum, r) => sum + r.targetPopulation, 0);
        rows.push(...own.map((r) => ({ ...r, targetPopulation: population })));
      }
    }
  }
  return rows;
}

/**
 * @private Coverage targets of the kabupaten for 2022 and 2023: the national 2024 targets of
 * Perpres 72/2021 Annex A for the indicator each program feeds (shared DOMAIN.md §3); vitamin A
 * feeds none, so it has no target.
 */
function programTargetRows(kab: string): ProgramTargetWriteRow[] {
  const targets: [program: string, percent: number, indicator: string][] = [
    ['PMT_BUMIL_KEK', 90, 'SP1'],
    ['TTD_BUMIL', 80, 'SP2'],
    ['TTD_REMAJA', 58, 'SP3'],
    ['SUSU_BALITA', 90, 'SP8'],
    ['PENDAMPINGAN_KELUARGA', 90, 'SE7'],
  ];
  return [2022, 2023].flatMap((year) =>
    targets.map(([program, targetPercent, indicator]) => ({
      kode: kab,
      program,
      year,
      targetPercent,
      source: `Perpres 72/2021 Annex A ${indicator} target, adopted by the kabupaten (synthetic record)`,
    })),
  );
}

/**
 * @private 2023 lokus interventions: one PMT activity of DINKES located at each lokus desa (4
 * distribution weeks of 5 packages, Rp 1.5 M each), so desa have a budget and a responsible
 * agency of their own; every third desa has not reported its last week.
 */
function lokusInterventionRows(kab: string, lokusDesa: string[]) {
  const activities: ActivityDefinitionRow[] = [];
  const plans: PlanWeekRow[] = [];
  const realizations: RealizationWeekRow[] = [];
  lokusDesa.forEach((kode, i) => {
    const code = `DINKES-LOKUS-PMT-${kode}`;
    activities.push({
      kabupatenKode: kab,
      year: 2023,
      code,
      agency: 'DINKES',
      name: `Kelas ibu hamil dan PMT KEK di desa lokus ${kode}`,
      program: 'PMT_BUMIL_KEK',
      regionKode: kode,
      unit: 'paket',
    });
    for (const w of [10, 20, 30, 40]) {
      const week = parseIsoWeek(`2023-W${w}`);
      if (!week) continue;
      const base = { kabupatenKode: kab, year: 2023, code, weekStart: week.start };
      plans.push({ ...base, quantity: 5, budget: 1_500_000 });
      if (w === 40 && i % 3 === 2) continue;
      realizations.push({ ...base, quantity: 5, spent: 1_500_000, note: null });
    }
  });
  return { activities, plans, realizations };
}

/** @private Activities of 2022 with weekly plans and realizations (some fall behind). */
function activityRows(kab: string, kecamatan: string[], random: () => number) {
  const activities: ActivityDefinitionRow[] = [];
  const plans: PlanWeekRow[] = [];
  const realizations: RealizationWeekRow[] = [];
  const add = (
    agency: string,
    code: string,
    name: string,
    program: string | null,
    regionKode: string,
    unit: string,
    weeks: [number, number, number],
    quantity: number,
    budget: number,
  ) => {
    activities.push({
      kabupatenKode: kab,
      year: 2022,
      code,
      agency,
      name,
      program,
      regionKode,
      unit,
    });
    const diligence = 0.75 + random() * 0.35;
    for (let w = weeks[0]; w <= weeks[1]; w += weeks[2]) {
      const week = parseIsoWeek(`2022-W${String(w).padStart(2, '0')}`);
      if (!week) continue;
      plans.push({ kabupatenKode: kab, year: 2022, code, weekStart: week.start, quantity, budget });
      if (random() < 0.08) continue; // not reported this week
      const share = Math.min(1.2, diligence + (random() - 0.5) * 0.3);
      realizations.push({
        kabupatenKode: kab,
        year: 2022,
        code,
        weekStart: week.start,
        quantity: Math.max(0, Math.round(quantity * share)),
        spent: Math.round(budget * Math.min(1, share)),
        note: null,
      });
    }
  };
  for (const [agency, code, name, program, unit, weeks, quantity, budget] of kabupatenActivities) {
    add(agency, code, name, program, kab, unit, weeks, quantity, budget);
  }
  kecamatan.forEach((kec, i) => {
    const n = String(i + 1).padStart(2, '0');
    add(
      'DINKES',
      `DINKES-PMT-${n}`,
      `Distribusi PMT ibu hamil KEK, kecamatan ${kec}`,
      'PMT_BUMIL_KEK',
      kec,
      'paket',
      [6, 50, 1],
      20,
      3_000_000,
    );
    add(
      'DINKES',
      `DINKES-SUSU-${n}`,
      `Distribusi susu balita gizi kurang, kecamatan ${kec}`,
      'SUSU_BALITA',
      kec,
      'paket',
      [6, 50, 2],
      30,
      2_500_000,
    );
    add(
      'DPPKB',
      `DPPKB-TPK-${n}`,
      `Pendampingan keluarga berisiko oleh TPK, kecamatan ${kec}`,
      'PENDAMPINGAN_KELUARGA',
      kec,
      'kunjungan',
      [3, 50, 1],
      40,
      1_200_000,
    );
  });
  return { activities, plans, realizations };
}

type KabActivity = [
  string,
  string,
  string,
  string | null,
  string,
  [number, number, number],
  number,
  number,
];

/** @private [agency, code, name, program, unit, [first week, last week, step], quantity, budget per week] */
const kabupatenActivities: KabActivity[] = [
  [
    'BAPPEDA',
    'BAPPEDA-AKSI1',
    'Analisis situasi stunting (aksi 1)',
    null,
    'dokumen',
    [6, 10, 1],
    1,
    15_000_000,
  ],
  [
    'BAPPEDA',
    'BAPPEDA-AKSI3',
    'Rembuk stunting kabupaten (aksi 3)',
    null,
    'kegiatan',
    [23, 23, 1],
    1,
    80_000_000,
  ],
  [
    'BAPPEDA',
    'BAPPEDA-AKSI8',
    'Review kinerja tahunan (aksi 8)',
    null,
    'dokumen',
    [48, 50, 1],
    1,
    20_000_000,
  ],
  [
    'DINKES',
    'DINKES-UKUR',
    'Pengukuran serentak balita di posyandu',
    null,
    'posyandu',
    [31, 34, 1],
    400,
    60_000_000,
  ],
  [
    'DINKES',
    'DINKES-TTD-BUMIL',
    'Distribusi tablet tambah darah ibu hamil',
    'TTD_BUMIL',
    'strip',
    [2, 50, 1],
    900,
    9_000_000,
  ],
  [
    'DINKES',
    'DINKES-VITA',
    'Pemberian kapsul vitamin A (Februari, Agustus)',
    'VITAMIN_A',
    'kapsul',
    [5, 35, 30],
    20_000,
    40_000_000,
  ],
  [
    'DPPKB',
    'DPPKB-PK22',
    'Pendataan keluarga berisiko stunting',
    null,
    'desa',
    [10, 16, 1],
    27,
    25_000_000,
  ],
  [
    'DINSOS',
    'DINSOS-PANGAN',
    'Bantuan pangan keluarga berisiko di desa lokus',
    null,
    'paket',
    [8, 48, 4],
    500,
    50_000_000,
  ],
  [
    'DISDIK',
    'DISDIK-TTD-REMAJA',
    'Distribusi tablet tambah darah remaja putri di sekolah',
    'TTD_REMAJA',
    'strip',
    [2, 48, 1],
    2_000,
    6_000_000,
  ],
  [
    'DISPERKIMTAN',
    'PERKIM-JAMBAN',
    'Pembangunan jamban sehat di desa lokus',
    null,
    'unit',
    [20, 45, 1],
    15,
    45_000_000,
  ],
  [
    'DPMD',
    'DPMD-KPM',
    'Pembinaan kader pembangunan manusia (aksi 5)',
    null,
    'desa',
    [8, 40, 2],
    12,
    8_000_000,
  ],
  [
    'DKP',
    'DKP-PEKARANGAN',
    'Pekarangan pangan lestari di desa lokus',
    null,
    'kelompok',
    [12, 40, 2],
    6,
    12_000_000,
  ],
  [
    'DISKOMINFOSANTIK',
    'KOMINFO-KAMPANYE',
    'Kampanye perubahan perilaku cegah stunting',
    null,
    'konten',
    [10, 50, 2],
    4,
    5_000_000,
  ],
  [
    'DISKOMINFOSANTIK',
    'KOMINFO-AKSI7',
    'Publikasi data stunting per desa (aksi 7)',
    null,
    'rilis',
    [45, 45, 1],
    1,
    3_000_000,
  ],
  [
    'DISKAN',
    'DISKAN-GEMARIKAN',
    'Gerakan memasyarakatkan makan ikan untuk ibu hamil dan balita',
    null,
    'kegiatan',
    [15, 40, 1],
    3,
    7_000_000,
  ],
  [
    'DP3A',
    'DP3A-KAWIN-ANAK',
    'Sosialisasi pencegahan perkawinan anak',
    null,
    'kegiatan',
    [10, 40, 3],
    4,
    4_000_000,
  ],
  [
    'DISDUKCAPIL',
    'CAPIL-AKTA',
    'Layanan akta kelahiran dan NIK balita di desa lokus',
    null,
    'dokumen',
    [5, 48, 1],
    60,
    2_000_000,
  ],
];

/** @private Families in the 2022 lokus watched daily from July to September 2022. */
function monitoringRows(lokus: string[], random: () => number) {
  const given = [
    'Ahmad',
    'Asep',
    'Budi',
    'Dedi',
    'Eka',
    'Hendra',
    'Iwan',
    'Jajang',
    'Nur',
    'Rina',
    'Siti',
    'Tati',
    'Ujang',
    'Wawan',
    'Yani',
  ];
  const family = [
    'Hidayat',
    'Kurniawan',
    'Nugraha',
    'Permana',
    'Pratama',
    'Saputra',
    'Setiawan',
    'Wijaya',
  ];
  const categories = ['PREGNANT', 'UNDER_TWO', 'STUNTED'] as const;
  const families: FamilyRow[] = [];
  const checkins: CheckinRow[] = [];
  const closed: [string, string][] = [];
  const start = parseDay('2022-07-01') as number;
  const end = parseDay('2022-09-30') as number;
  for (const kode of lokus) {
    const count = 4 + Math.floor(random() * 5);
    for (let i = 0; i < count; i += 1) {
      const id = `F-${kode.replaceAll('.', '')}-${String(i + 1).padStart(2, '0')}`;
      const enrolled = start + Math.floor(random() * 45);
      const closes = random() < 0.1 ? enrolled + 20 + Math.floor(random() * 40) : null;
      const diligence = 0.5 + random() * 0.45;
      const name = `${given[Math.floor(random() * given.length)]} ${family[Math.floor(random() * family.length)]}`;
      const category = categories[Math.floor(random() * 3)] as FamilyRow['category'];
      for (let day = enrolled; day <= Math.min(end, closes ?? end); day += 1) {
        if (random() > diligence) continue;
        const r = random();
        const date = formatDay(day);
        checkins.push({
          family: id,
          date,
          status: r < 0.85 ? 'WELL' : r < 0.97 ? 'NEEDS_ATTENTION' : 'REFERRED',
          note: null,
        });
      }
      families.push({ id, kode, category, name, firstSeen: formatDay(enrolled) });
      if (closes !== null && closes <= end) closed.push([id, formatDay(closes)]);
    }
  }
  return { families, checkins, closed };
}
