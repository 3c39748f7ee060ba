import { readFile } from 'node:fs/promises';
import { bbox } from '@turf/bbox';
import type { MultiPolygon, Polygon } from 'geojson';
import { isKode } from '../args/kode.ts';
import { db, type Tx } from '../db/client.ts';
import { nestedPartition, type PartitionNode } from '../geo/nestedPartition.ts';
import {
  type IndicatorValueRow,
  upsertIndicatorValues,
} from '../modules/indicator/indicator.sql.ts';
import { regionsFromIdnArea } from '../modules/region/region.import.ts';
import { upsertRegions } from '../modules/region/region.sql.ts';
import { repoPath } from '../paths.ts';
import { mulberry32 } from '../random/mulberry32.ts';
import { seedFacilities } from './demo.facility.ts';
import { seedProgram } from './demo.program.ts';

/** Kabupaten Bekasi's real bounding box [west, south, east, north]; the polygons inside are made up. */
export const bekasiBbox: [number, number, number, number] = [106.9696, -6.4858, 107.2966, -5.9184];
export const demoKabupaten = '32.16';
export const demoSeed = 3216;
export const syntheticGeometrySource = 'synthetic demo geometry (not real boundaries)';
export const syntheticValueSource = 'synthetic demo (e-PPGBM-like counts)';
/** Credit line of the shipped real boundaries (data/boundaries/, see README "Data sources"). */
export const shippedBoundarySource = 'cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN)';

/**
 * Real boundaries shipped in the repository, per kabupaten: the desa/kelurahan file and the
 * kecamatan and kabupaten outlines dissolved from it (so the levels nest exactly).
 */
export const shippedBoundaries: Record<string, readonly string[]> = {
  '32.16': [
    'data/boundaries/kab_bekasi_desa_kelurahan.geojson',
    'data/boundaries/kab_bekasi_kecamatan_dissolved_from_desa.geojson',
    'data/boundaries/kab_bekasi_outline_dissolved_from_desa.geojson',
  ],
};

export interface DemoOptions {
  seed?: number;
  /**
   * "real" (default): the shipped real boundaries of the demo kabupaten; "synthetic": made-up
   * rectangles that tile its bounding box and nest exactly (the test database uses them, so
   * hand-checked expectations stay put). A kabupaten without a shipped boundary always gets
   * rectangles.
   */
  geometry?: 'real' | 'synthetic';
}

/** Kabupaten-wide stunting level the synthetic routine counts are drawn around, per year (%). */
const stuntingLevel: Record<string, number> = { 2021: 21.5, 2022: 19.2, 2023: 16.8, 2024: 14.6 };

/**
 * Published survey prevalence for Kabupaten Bekasi and Jawa Barat (SSGI 2021, 2022, 2024; SKI 2023),
 * as reported by Kemenkes and quoted in shared/DOMAIN.md. These are real figures, not synthetic.
 */
const surveyEstimates: IndicatorValueRow[] = [
  survey('32.16', '2021', 21.5, 'SSGI 2021 (Kemenkes)'),
  survey('32.16', '2022', 17.8, 'SSGI 2022 (Kemenkes)'),
  survey('32.16', '2023', 23.2, 'SKI 2023 (Kemenkes)'),
  survey('32.16', '2024', 18.4, 'SSGI 2024 (Kemenkes)'),
  survey('32', '2022', 20.2, 'SSGI 2022 (Kemenkes)'),
];

/**
 * Loads the demo data in one transaction: Kabupaten Bekasi's real region names and codes
 * (idn-area-data), its real boundaries (or synthetic rectangles, see DemoOptions), synthetic
 * routine counts per desa, made-up by-name records, program and facility data, and the published
 * survey figures. Everything made up is written as synthetic (migration 0009: the transaction
 * says so, the rows carry `synthetic = true`); the names, codes, real boundaries and survey
 * figures are real and are not. Deterministic: the same seed gives the same database.
 */
export async function seedDemo(options: DemoOptions = {}) {
  const seed = options.seed ?? demoSeed;
  const regions = await regionsFromIdnArea([demoKabupaten]);
  const files = options.geometry === 'synthetic' ? undefined : shippedBoundaries[demoKabupaten];
  const polygons = files
    ? await readShippedBoundaries(files)
    : nestedPartition(
        bekasiBbox,
        buildTree(
          regions.map((r) => r.kode),
          demoKabupaten,
        ),
        { seed },
      );
  const desa = regions.filter((r) => r.level === 'DESA').map((r) => r.kode);
  const values = syntheticValues(desa, polygons, seed);

  await db.$transaction(
    async (tx) => {
      await upsertRegions(tx, regions);
      await upsertIndicatorValues(tx, surveyEstimates);
      if (files) {
        await tx.region.setGeometries(
          [...polygons].map(([kode, geometry]) => ({ kode, geometry })),
          shippedBoundarySource,
        );
      }
      // From here on everything written is made up.
      await writingSynthetic(tx, true);
      if (!files) {
        await tx.region.setGeometries(
          [...polygons].map(([kode, geometry]) => ({ kode, geometry })),
          syntheticGeometrySource,
        );
      }
      await upsertIndicatorValues(tx, values);
      const { children, measurements } = syntheticChildren(desa, seed);
      await tx.child.createMany({ data: children, skipDuplicates: true });
      await tx.measurement.createMany({ data: measurements, skipDuplicates: true });
      await seedProgram(tx, { seed });
      await seedFacilities(tx, { seed });
      await writingSynthetic(tx, false);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return {
    regions: regions.length,
    boundaries: polygons.size,
    syntheticBoundaries: files ? 0 : polygons.size,
    values: values.length + surveyEstimates.length,
  };
}

/**
 * Draws the shipped real boundaries of the demo kabupaten (what `seedDemo` draws by default),
 * without touching anything else; returns how many regions got one.
 */
export async function drawShippedBoundaries(): Promise<number> {
  const files = shippedBoundaries[demoKabupaten] ?? [];
  const polygons = await readShippedBoundaries(files);
  return db.region.setGeometries(
    [...polygons].map(([kode, geometry]) => ({ kode, geometry })),
    shippedBoundarySource,
  );
}

/**
 * What a start does about the demo: seeds it when `seed` is on and the database holds no regions
 * yet (a database with any real region is never touched); returns the counts, or null.
 */
export async function seedDemoIfEmpty(seed: boolean, options: DemoOptions = {}) {
  if (!seed || (await hasRegions())) return null;
  return seedDemo(options);
}

/**
 * Marks what the transaction writes from now on as synthetic (or not): the `synthetic` columns'
 * default and the boundary trigger read this setting (migration 0009). Local to the transaction.
 */
export async function writingSynthetic(tx: Tx, on: boolean): Promise<void> {
  await tx.$queryRaw`SELECT set_config('petagizi.synthetic', ${on ? 'on' : 'off'}, true)`;
}

/** @private Polygons by kode from the shipped GeoJSON files (inside the repository). */
async function readShippedBoundaries(
  files: readonly string[],
): Promise<Map<string, Polygon | MultiPolygon>> {
  const polygons = new Map<string, Polygon | MultiPolygon>();
  for (const file of files) {
    const collection = JSON.parse(await readFile(repoPath(file), 'utf8')) as {
      features: { id?: string; properties?: { kode?: string }; geometry: Polygon | MultiPolygon }[];
    };
    for (const feature of collection.features) {
      const kode = feature.properties?.kode ?? feature.id;
      if (typeof kode !== 'string' || !isKode(kode)) {
        throw new Error(`${file}: a feature without a Kemendagri code`);
      }
      polygons.set(kode, feature.geometry);
    }
  }
  return polygons;
}

/** Whether the database already holds regions (the demo is seeded on first start only). */
export async function hasRegions(): Promise<boolean> {
  return (await db.region.findFirst({ select: { kode: true } })) !== null;
}

/** @private The kabupaten › kecamatan › desa tree below `root`. */
function buildTree(kodes: string[], root: string): PartitionNode {
  const children = (parent: string): PartitionNode[] =>
    kodes
      .filter((k) => k.startsWith(`${parent}.`) && !k.slice(parent.length + 1).includes('.'))
      .sort()
      .map((k) => ({ id: k, children: children(k) }));
  return { id: root, children: children(root) };
}

/**
 * @private Routine counts per desa with spatial clustering (a smooth risk surface of three
 * seeded hotspots plus desa noise), a heavy-tailed number of children measured (some desa very
 * small), some desa without data in a year and two that never report.
 */
function syntheticValues(
  desa: string[],
  polygons: Map<string, Polygon | MultiPolygon>,
  seed: number,
): IndicatorValueRow[] {
  const random = mulberry32(seed + 1);
  const normal = () => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const [west, south, east, north] = bekasiBbox;
  const hotspots = Array.from({ length: 3 }, () => ({
    x: west + random() * (east - west),
    y: south + random() * (north - south),
    weight: 0.6 + random() * 0.6,
  }));
  const centre = (kode: string) => {
    const [x0, y0, x1, y1] = bbox(polygons.get(kode) as Polygon | MultiPolygon);
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  };
  const never = new Set([desa[desa.length - 1], desa[Math.floor(desa.length / 2)]]);
  const profile = desa.map((kode, index) => {
    const { x, y } = centre(kode);
    const surface = hotspots.reduce(
      (sum, h) => sum + h.weight * Math.exp(-((x - h.x) ** 2 + (y - h.y) ** 2) / (2 * 0.06 ** 2)),
      0,
    );
    // Every 23rd desa is tiny, so small denominators are always present.
    const children =
      index % 23 === 5
        ? 8 + Math.floor(random() * 20)
        : Math.round(Math.exp(Math.log(900) + 0.7 * normal()));
    return {
      kode,
      risk: Math.exp(0.9 * surface + 0.15 * normal()),
      wastingRisk: Math.exp(0.5 * surface + 0.25 * normal()),
      children: Math.min(4000, Math.max(8, children)),
    };
  });

  const rows: IndicatorValueRow[] = [];
  const periods = ['2021', '2022', '2023', '2024', '2023-02', '2023-08', '2024-02', '2024-08'];
  for (const period of periods) {
    const level = (stuntingLevel[period.slice(0, 4)] as number) / 100;
    const reporting = profile.filter((d) => !never.has(d.kode) && random() > 0.04);
    const measured = reporting.map((d) =>
      Math.max(
        1,
        Math.round(d.children * (period.length === 4 ? 0.85 : 0.6) * (0.85 + 0.3 * random())),
      ),
    );
    const totalMeasured = measured.reduce((a, b) => a + b, 0);
    const scale =
      (level * totalMeasured) /
      reporting.reduce((s, d, i) => s + d.risk * (measured[i] as number), 0);
    reporting.forEach((d, i) => {
      const n = measured[i] as number;
      const stunted = binomial(n, Math.min(0.9, scale * d.risk), random);
      const counts: [string, number][] = [
        ['STUNTING', stunted],
        ['SEVERE_STUNTING', binomial(stunted, 0.3, random)],
        ['WASTING', binomial(n, Math.min(0.5, 0.07 * d.wastingRisk), random)],
        ['UNDERWEIGHT', binomial(n, Math.min(0.6, 0.6 * scale * d.risk), random)],
      ];
      for (const [code, numerator] of counts) {
        rows.push({
          kode: d.kode,
          code,
          period,
          source: syntheticValueSource,
          numerator,
          denominator: n,
          value: null,
          ciLow: null,
          ciHigh: null,
          se: null,
          method: null,
        });
      }
    });
  }
  return rows;
}

const givenNames = {
  L: ['Aditya', 'Bagas', 'Dimas', 'Fajar', 'Galih', 'Putra', 'Rafi', 'Rizky', 'Yusuf', 'Zaki'],
  P: [
    'Aisyah',
    'Citra',
    'Dewi',
    'Fitri',
    'Intan',
    'Kirana',
    'Nabila',
    'Salsabila',
    'Sari',
    'Wulan',
  ],
} as const;
const familyNames = [
  'Hidayat',
  'Kurniawan',
  'Lestari',
  'Nugraha',
  'Permana',
  'Pratama',
  'Saputra',
  'Wijaya',
];

/**
 * @private By-name demo records (made-up names, not real people) for the desa of kecamatan
 * Tarumajaya (32.16.01) only: enough to exercise scoped access and auditing.
 */
function syntheticChildren(desa: string[], seed: number) {
  const random = mulberry32(seed + 2);
  const children: {
    id: string;
    name: string;
    sex: string;
    birthDate: Date;
    desaKode: string;
    source: string;
  }[] = [];
  const measurements: {
    childId: string;
    measuredOn: Date;
    weightKg: number;
    heightCm: number;
    haz: number;
  }[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  for (const kode of desa.filter((k) => k.startsWith('32.16.01.'))) {
    for (let i = 0; i < 12; i += 1) {
      const id = `C-${kode.replaceAll('.', '')}-${String(i + 1).padStart(3, '0')}`;
      const ageDays = 60 + Math.floor(random() * 1700);
      const birthDate = new Date(Date.UTC(2024, 7, 1) - ageDays * 86_400_000);
      const sex = random() < 0.5 ? 'L' : 'P';
      children.push({
        id,
        name: `${pick(givenNames[sex])} ${pick(familyNames)}`,
        sex,
        birthDate,
        desaKode: kode,
        source: 'synthetic demo (made-up by-name records)',
      });
      const haz = -2.2 + 1.3 * (random() + random() + random() - 1.5);
      for (const [month, extraDays] of [
        [1, -181],
        [7, 0],
      ] as const) {
        const days = ageDays + extraDays;
        if (days < 0) continue;
        const median = lengthForAgeMedian(days);
        const heightCm = Math.round(median * (1 + 0.037 * haz) * 10) / 10;
        measurements.push({
          childId: id,
          measuredOn: new Date(Date.UTC(2024, month, 1)),
          weightKg: Math.round((3.3 + days * 0.0065 + haz * 0.4) * 10) / 10,
          heightCm,
          haz: Math.round(haz * 100) / 100,
        });
      }
    }
  }
  return { children, measurements };
}

/**
 * @private WHO 2006 length/height-for-age medians for boys (cm) at 0, 6, 12, 24, 36, 48 and 60
 * months, interpolated linearly: close enough for demo records whose stored z-score and height
 * should roughly agree (height = M × (1 + 0.037 × z)). Not for computing real z-scores.
 */
function lengthForAgeMedian(days: number): number {
  const months = [0, 6, 12, 24, 36, 48, 60];
  const medians = [49.9, 67.6, 75.7, 87.1, 96.1, 103.3, 110.0];
  const m = Math.min(60, days / 30.4375);
  const i = Math.max(
    0,
    months.findIndex((_, k) => (months[k + 1] ?? Infinity) > m),
  );
  const [m0, m1] = [months[i] ?? 0, months[i + 1] ?? 60];
  const [h0, h1] = [medians[i] ?? 49.9, medians[i + 1] ?? 110];
  return h0 + ((h1 - h0) * (m - m0)) / Math.max(1, m1 - m0);
}

/** @private Exact binomial draw by counting successes (n is at most a few thousand). */
function binomial(n: number, p: number, random: () => number): number {
  let k = 0;
  for (let i = 0; i < n; i += 1) if (random() < p) k += 1;
  return k;
}

/** @private */
function survey(kode: string, period: string, value: number, source: string): IndicatorValueRow {
  return {
    kode,
    code: 'STUNTING_SURVEY',
    period,
    source,
    numerator: null,
    denominator: null,
    value,
    ciLow: null,
    ciHigh: null,
    se: null,
    method: 'direct survey estimate as published',
  };
}
