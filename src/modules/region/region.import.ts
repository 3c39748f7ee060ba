import type { Geometry } from 'geojson';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { isKode, jenisOfKode, levelOfKode, parentOfKode } from '../../args/kode.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/recordAudit.ts';
import { db } from '../../db/client.ts';
import { ImportRejected } from '../../errors.ts';
import { polygonProblems } from '../../geo/polygonProblems.ts';
import { existingRegions, type RegionRow, upsertRegions } from './region.sql.ts';

/** Which kodes exist, with their level: what other modules' importers check their rows against. */
export { existingRegions };

/** Credit line stored with every region taken from the idn-area-data package (data: ODbL). */
export const idnAreaSource = 'idn-area-data 3.1.2 (Kemendagri codes; ODbL)';

/**
 * The province, kabupaten/kota, kecamatan and desa/kelurahan of each given kabupaten/kota, with
 * names and codes from idn-area-data. Works for any of Indonesia's 514 kabupaten/kota.
 */
export async function regionsFromIdnArea(kabupatenKodes: readonly string[]): Promise<RegionRow[]> {
  const wanted = new Set(kabupatenKodes);
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const found = regencies.filter((r) => wanted.has(r.code));
  const missing = [...wanted].filter((kode) => !found.some((r) => r.code === kode));
  if (missing.length > 0) {
    throw new ImportRejected(
      'unknown kabupaten/kota codes',
      missing.map((k) => `${k} is not in idn-area-data`),
    );
  }
  const provinceCodes = new Set(found.map((r) => r.province_code));
  const rows: RegionRow[] = [];
  const add = (kode: string, nama: string) =>
    rows.push({
      kode,
      nama,
      level: levelOfKode(kode),
      jenis: jenisOfKode(kode),
      parentKode: parentOfKode(kode),
      source: idnAreaSource,
    });
  for (const p of provinces) if (provinceCodes.has(p.code)) add(p.code, p.name);
  for (const r of found) add(r.code, r.name);
  for (const d of districts) if (wanted.has(d.regency_code)) add(d.code, d.name);
  for (const v of villages) if (wanted.has(v.district_code.slice(0, 5))) add(v.code, v.name);
  return rows;
}

/** Loads (or renames) the regions of the given kabupaten/kota. Idempotent. */
export async function importRegionsFromIdnArea(kabupatenKodes: readonly string[], actor: Actor) {
  const rows = await regionsFromIdnArea(kabupatenKodes);
  const changed = await db.$transaction(async (tx) => {
    const count = await upsertRegions(tx, rows);
    await recordAudit(tx, {
      ...actor,
      action: 'IMPORT_REGIONS',
      target: 'region',
      detail: { kabupaten: [...kabupatenKodes], regions: rows.length, changed: count },
    });
    return count;
  });
  return { regions: rows.length, changed };
}

export interface BoundaryImportReport {
  /** Regions whose boundary was written, per level. */
  loaded: Record<string, number>;
  /** Invalid geometries repaired with ST_MakeValid, with PostGIS's reason. */
  repaired: { kode: string; reason: string }[];
  /** Codes in the file that are not known regions (not written). */
  unknown: string[];
}

export interface BoundaryImportOptions {
  /** Credit line stored with each boundary. */
  source: string;
  /** Reject the whole file when it names a region that is not loaded (default: report and skip). */
  strict?: boolean;
  maxVertices?: number;
}

/**
 * Loads boundaries from an RFC 7946 FeatureCollection whose features carry the Kemendagri code in
 * `properties.kode` or as the feature `id`; the level follows from the code. All or nothing:
 * structural faults reject the whole file, topological faults are repaired (ST_MakeValid) and
 * reported, Polygons become MultiPolygons. Replaying the same file gives the same state.
 */
export async function importBoundaries(
  input: unknown,
  options: BoundaryImportOptions,
  actor: Actor,
): Promise<BoundaryImportReport> {
  const features = parseFeatureCollection(input, options.maxVertices);
  const known = new Map(
    (
      await existingRegions(
        db,
        features.map((f) => f.kode),
      )
    ).map((r) => [r.kode, r.level]),
  );
  const unknown = features.filter((f) => !known.has(f.kode)).map((f) => f.kode);
  if (options.strict && unknown.length > 0) {
    throw new ImportRejected('the file names regions that are not loaded', unknown);
  }
  const loadable = features.filter((f) => known.has(f.kode));
  const checks = await db.region.checkGeometries(loadable);
  const empty = checks
    .filter((c) => !c.polygonal)
    .map((c) => `${c.kode}: no polygon left after repair (${c.reason})`);
  if (empty.length > 0) throw new ImportRejected('geometries that cannot be repaired', empty);

  const loaded: Record<string, number> = {};
  for (const f of loadable) {
    const level = known.get(f.kode) as string;
    loaded[level] = (loaded[level] ?? 0) + 1;
  }
  const report: BoundaryImportReport = {
    loaded,
    repaired: checks.filter((c) => !c.valid).map((c) => ({ kode: c.kode, reason: c.reason ?? '' })),
    unknown,
  };
  await db.$transaction(
    async (tx) => {
      const written = await tx.region.setGeometries(loadable, options.source);
      if (written !== loadable.length) {
        throw new Error(`expected to write ${loadable.length} boundaries, wrote ${written}`);
      }
      await recordAudit(tx, {
        ...actor,
        action: 'IMPORT_BOUNDARIES',
        target: 'region.geom',
        detail: { source: options.source, ...report, unknown: unknown.slice(0, 100) },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return report;
}

/** @private Every structural problem of the file, or its features with kode and geometry. */
function parseFeatureCollection(
  input: unknown,
  maxVertices?: number,
): { kode: string; geometry: Geometry }[] {
  if (
    typeof input !== 'object' ||
    input === null ||
    (input as { type?: unknown }).type !== 'FeatureCollection'
  ) {
    throw new ImportRejected('not a GeoJSON FeatureCollection', [
      'the top-level "type" must be "FeatureCollection"',
    ]);
  }
  const list = (input as { features?: unknown }).features;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ImportRejected('not a GeoJSON FeatureCollection', [
      '"features" must be a non-empty array',
    ]);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const features: { kode: string; geometry: Geometry }[] = [];
  list.forEach((feature: unknown, index) => {
    const f = (feature ?? {}) as {
      id?: unknown;
      properties?: { kode?: unknown };
      geometry?: unknown;
    };
    const raw = f.properties?.kode ?? f.id;
    const kode = typeof raw === 'string' ? raw.trim() : undefined;
    const label = `feature ${index}${kode ? ` (${kode})` : ''}`;
    if (!kode || !isKode(kode)) {
      problems.push(
        `${label}: properties.kode or id must be a Kemendagri code, got ${JSON.stringify(raw)}`,
      );
      return;
    }
    if (seen.has(kode)) {
      problems.push(`${label}: kode appears more than once`);
      return;
    }
    seen.add(kode);
    const geometryProblems = polygonProblems(f.geometry, { maxVertices });
    if (geometryProblems.length > 0) {
      problems.push(...geometryProblems.map((p) => `${label}: ${p}`));
      return;
    }
    features.push({ kode, geometry: f.geometry as Geometry });
  });
  if (problems.length > 0)
    throw new ImportRejected('the file was rejected, nothing was written', problems);
  return features;
}
