import {
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  isInterfaceType,
  type SelectionSetNode,
} from 'graphql';
import { geometryOutput } from '../../args/geometry.ts';
import { assertKode } from '../../args/kode.ts';
import { defaultPageSize, maxPageSize } from '../../args/page.ts';
import { assertPeriod } from '../../args/period.ts';
import type { Context } from '../../context.ts';
import { metresPerDegree } from '../../db/generalised.ts';
import type { GeometryOptions } from '../../db/postgis.ts';
import { RawJson } from '../../scalars/rawJson.ts';
import { planValue, type Shaper } from '../plan/plan.exposed.ts';
import {
  fieldsOf,
  float,
  GiveUp,
  int,
  nullOnly,
  planLeaves,
  rawOrJson,
  scalar,
} from '../plan/plan.json.ts';
import type { FieldPlanner } from '../plan/plan.ts';
import {
  countRegions,
  type RegionLevel,
  type RegionPageRow,
  regionPage,
} from '../region/region.list.ts';
import {
  cachedGeometryVersion,
  primeGeometry,
  primeGeometryInfo,
  regionLoaders,
} from '../region/region.loaders.ts';
import { indicatorLoaders, recordDesaCandidates } from './indicator.loaders.ts';
import { servedValue, servedValueList } from './indicator.served.ts';
import { regionDetail } from './indicator.sql.ts';

/**
 * Region pages answered by a plan (src/modules/plan/plan.ts): the maps' and dashboards' commonest
 * questions — `regions(level, parentKode, first) { totalCount nodes { … } }` and
 * `region(kode) { … }` with names, boundaries, inner points, parents and indicator values. The
 * rows come in one statement, then the same loaders and the same `servedValue` (so the same
 * disclosure) run for the whole page at once, and the JSON is written directly. Cursors and
 * `pageInfo` are not planned.
 */

type ConnectionEntry = { kind: 'typename' | 'totalCount' | 'nodes'; key: string };

type RegionColumn = 'kode' | 'nama' | 'level' | 'source' | 'areaKm2' | 'geometrySource';

type RegionEntry =
  | { kind: 'typename'; key: string }
  | { kind: 'column'; key: string; column: RegionColumn }
  | { kind: 'geometry'; key: string; node: FieldNode; def: GraphQLField<unknown, unknown> }
  | { kind: 'centroid' | 'bbox'; key: string }
  | { kind: 'parent'; key: string; fields: readonly ParentEntry[] }
  | {
      kind: 'indicator';
      key: string;
      node: FieldNode;
      def: GraphQLField<unknown, unknown>;
      /** The served value shaped for the selection (plan.exposed.ts). */
      shape: Shaper;
    };

type ParentEntry =
  | { kind: 'typename'; key: string }
  | { kind: 'column'; key: string; column: RegionColumn };

const regionColumns: Record<string, RegionColumn> = {
  kode: 'kode',
  nama: 'nama',
  level: 'level',
  source: 'source',
  areaKm2: 'areaKm2',
  geometrySource: 'geometrySource',
};

const levelTypeName: Record<RegionLevel, string> = {
  PROVINSI: 'Provinsi',
  KABUPATEN: 'Kabupaten',
  KECAMATAN: 'Kecamatan',
  DESA: 'Desa',
};

/** Plans `Query.region(kode)`. */
export const planRegionField: FieldPlanner = (schema, node, def) => {
  const region = planRegion(schema, node.selectionSet);
  if (!region) return null;
  return {
    async answer(variables, ctx) {
      const args = getArgumentValues(def, node, variables);
      if (typeof args.kode !== 'string') throw new GiveUp();
      assertKode('kode', args.kode);
      const rows = await regionRows(region, args.kode, variables, ctx);
      const [text] = await writeRegions(region, rows, variables, ctx);
      return new RawJson(text ?? 'null');
    },
  };
};

/** Plans `Query.regions(level, parentKode, first)` without cursors. */
export const planRegionsField: FieldPlanner = (schema, node, def) => {
  const connection = fieldsOf(node.selectionSet);
  if (!connection) return null;
  const entries: ConnectionEntry[] = [];
  let nodes: RegionEntry[] | null = null;
  for (const [inner, field] of connection) {
    const kind = field.name.value;
    if (kind === '__typename' || kind === 'totalCount') {
      if (field.selectionSet) return null;
      entries.push({ kind: kind === '__typename' ? 'typename' : 'totalCount', key: inner });
    } else if (kind === 'nodes') {
      nodes = planRegion(schema, field.selectionSet);
      if (!nodes) return null;
      entries.push({ kind: 'nodes', key: inner });
    } else return null;
  }
  return {
    answer: async (variables, ctx) =>
      new RawJson(
        await writeConnection(
          entries,
          nodes,
          getArgumentValues(def, node, variables),
          variables,
          ctx,
        ),
      ),
  };
};

/**
 * @private The row of `region(kode)`, with what its detail asks for besides in the same statement
 * (`regionDetail`): a desa's stored values of the indicator asked for (of the best source), its
 * boundaries and its inner point or box, recorded for the request as their loaders would have
 * read them. A detail costs one statement, with or without the boundary cache.
 */
async function regionRows(
  plan: readonly RegionEntry[],
  kode: string,
  variables: Record<string, unknown>,
  ctx: Context,
): Promise<RegionPageRow[]> {
  let values: { code: string; period: string } | null = null;
  const indicator = plan.find((e) => e.kind === 'indicator');
  if (kode.length === 13 && indicator?.kind === 'indicator') {
    const args = getArgumentValues(indicator.def, indicator.node, variables);
    if (args.source == null && typeof args.code === 'string' && typeof args.period === 'string') {
      values = { code: args.code, period: args.period };
    }
  }
  // Boundaries the process cache holds (under the version last seen) are not read again: the
  // loaders take them by the row's geom_version, or read them if the boundary has changed since.
  const geometries: Required<GeometryOptions>[] = [];
  for (const entry of plan) {
    if (entry.kind !== 'geometry') continue;
    const options = geometryOutput(getArgumentValues(entry.def, entry.node, variables));
    if (
      cachedGeometryVersion(kode, options) === undefined &&
      !geometries.some(
        (g) => g.simplifyMeters === options.simplifyMeters && g.precision === options.precision,
      )
    ) {
      geometries.push(options);
    }
  }
  const info =
    plan.some((e) => e.kind === 'centroid' || e.kind === 'bbox') &&
    cachedGeometryVersion(kode, null) === undefined;
  if (!values && geometries.length === 0 && !info) return regionPage({ kode }, 1);
  const detail = await regionDetail(kode, {
    values,
    geometries: geometries.map((g) => ({
      toleranceDegrees: g.simplifyMeters / metresPerDegree,
      precision: g.precision,
    })),
    info,
  });
  const { row } = detail;
  if (!row) return [];
  if (values && detail.values) {
    recordDesaCandidates(indicatorLoaders(ctx), [kode], values.code, values.period, detail.values);
  }
  geometries.forEach((options, i) => {
    primeGeometry(
      ctx,
      { kode, geomVersion: row.geom_version, ...options },
      detail.geometries[i] ?? null,
    );
  });
  if (detail.info) primeGeometryInfo(ctx, detail.info);
  return [row];
}

/** @private `{ totalCount, nodes }` of one `regions` call, keys in selection order. */
async function writeConnection(
  entries: readonly ConnectionEntry[],
  nodesPlan: readonly RegionEntry[] | null,
  args: Record<string, unknown>,
  variables: Record<string, unknown>,
  ctx: Context,
): Promise<string> {
  if (args.after != null || args.before != null || args.last != null) throw new GiveUp();
  const first = args.first ?? defaultPageSize;
  // Pothos's own checks and messages answer a page size out of range; an empty page too.
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new GiveUp();
  }
  const level = args.level as RegionLevel;
  let parentKode: string | null = null;
  if (args.parentKode != null) {
    parentKode = String(args.parentKode);
    assertKode('parentKode', parentKode);
  }
  const listing = { level, parentKode };
  const rows = await regionPage(listing, first + 1);
  const page = rows.length > first ? rows.slice(0, first) : rows;
  const wantsCount = entries.some((e) => e.kind === 'totalCount');
  const [count, nodes] = await Promise.all([
    // A page with nothing after it holds every match: no count statement (as RegionConnection).
    wantsCount && rows.length > first ? countRegions(listing) : page.length,
    nodesPlan ? writeRegions(nodesPlan, page, variables, ctx) : [],
  ]);
  const out: string[] = [];
  for (const e of entries) {
    const value =
      e.kind === 'typename'
        ? '"RegionConnection"'
        : e.kind === 'totalCount'
          ? int(count, false)
          : `[${nodes.join(',')}]`;
    out.push(`${JSON.stringify(e.key)}:${value}`);
  }
  return `{${out.join(',')}}`;
}

/** @private One JSON object per row: the loaders of the whole page run together. */
async function writeRegions(
  plan: readonly RegionEntry[],
  rows: readonly RegionPageRow[],
  variables: Record<string, unknown>,
  ctx: Context,
): Promise<string[]> {
  const loaders = regionLoaders(ctx);
  const loaded = await Promise.all(
    plan.map(async (entry): Promise<readonly unknown[] | null> => {
      switch (entry.kind) {
        case 'geometry': {
          const options = geometryOutput(getArgumentValues(entry.def, entry.node, variables));
          return Promise.all(
            rows.map((row) =>
              loaders.geometry.load({ kode: row.kode, geomVersion: row.geom_version, ...options }),
            ),
          );
        }
        case 'centroid':
        case 'bbox':
          return Promise.all(
            rows.map((row) =>
              loaders.geometryInfo.load({ kode: row.kode, geomVersion: row.geom_version }),
            ),
          );
        case 'indicator': {
          const args = getArgumentValues(entry.def, entry.node, variables) as {
            code: string;
            period: string;
            source?: string | null;
          };
          assertPeriod('period', args.period);
          if (args.source == null) {
            return servedValueList(
              ctx,
              rows.map((row) => row.kode),
              args.code,
              args.period,
            );
          }
          return Promise.all(rows.map((row) => servedValue(ctx, { kode: row.kode, ...args })));
        }
        default:
          return null;
      }
    }),
  );
  return rows.map((row, index) => {
    const out: string[] = [];
    plan.forEach((entry, at) => {
      const value = loaded[at]?.[index];
      let text: string;
      switch (entry.kind) {
        case 'typename':
          text = JSON.stringify(levelTypeName[row.level]);
          break;
        case 'column':
          text = column(row, entry.column, false);
          break;
        case 'geometry':
          text = value instanceof RawJson ? value.text : nullOnly(value);
          break;
        case 'centroid': {
          const info = value as { centroid: unknown } | null;
          text = info?.centroid == null ? 'null' : rawOrJson(info.centroid);
          break;
        }
        case 'bbox': {
          const info = value as { bbox: readonly number[] | null } | null;
          text =
            info?.bbox == null ? 'null' : `[${info.bbox.map((n) => float(n, false)).join(',')}]`;
          break;
        }
        case 'parent':
          text = row.p_kode === null ? 'null' : writeParent(entry.fields, row);
          break;
        case 'indicator':
          text = JSON.stringify(entry.shape(value ?? null));
          break;
      }
      out.push(`${JSON.stringify(entry.key)}:${text}`);
    });
    return `{${out.join(',')}}`;
  });
}

/** @private */
function writeParent(fields: readonly ParentEntry[], row: RegionPageRow): string {
  const parent = {
    kode: row.p_kode,
    nama: row.p_nama,
    level: row.p_level,
    source: row.p_source,
    area_km2: row.p_area_km2,
    geom_source: row.p_geom_source,
  } as RegionPageRow;
  const out = fields.map((entry) => {
    const text =
      entry.kind === 'typename'
        ? JSON.stringify(levelTypeName[parent.level])
        : column(parent, entry.column, true);
    return `${JSON.stringify(entry.key)}:${text}`;
  });
  return `{${out.join(',')}}`;
}

/** @private */
function column(row: RegionPageRow, name: RegionColumn, parent: boolean): string {
  switch (name) {
    case 'kode':
    case 'nama':
    case 'level':
    case 'source':
      return scalar(row[name], 'String', false);
    case 'areaKm2':
      return float(row.area_km2, true);
    case 'geometrySource':
      return scalar(row.geom_source, 'String', true);
    default:
      throw new GiveUp(parent ? 'parent' : 'region');
  }
}

/** @private The plan of a Region selection, or null. */
function planRegion(
  schema: GraphQLSchema,
  selection: SelectionSetNode | undefined,
): RegionEntry[] | null {
  const fields = fieldsOf(selection);
  const region = schema.getType('Region');
  if (!fields || !isInterfaceType(region)) return null;
  const regionFieldDefs = region.getFields();
  const plan: RegionEntry[] = [];
  for (const [key, node] of fields) {
    const name = node.name.value;
    const column = regionColumns[name];
    if (name === '__typename' || column) {
      if (node.selectionSet || node.arguments?.length) return null;
      plan.push(
        name === '__typename'
          ? { kind: 'typename', key }
          : { kind: 'column', key, column: column as RegionColumn },
      );
    } else if (name === 'centroid' || name === 'bbox') {
      if (node.arguments?.length) return null;
      plan.push({ kind: name, key });
    } else if (name === 'geometry' || name === 'indicator') {
      const def = regionFieldDefs[name];
      if (!def) return null;
      if (name === 'geometry') {
        plan.push({ kind: 'geometry', key, node, def });
        continue;
      }
      // IndicatorValue's fields expose the served value's properties.
      const shape = planValue(def.type, node.selectionSet);
      if (!shape) return null;
      plan.push({ kind: 'indicator', key, node, def, shape });
    } else if (name === 'parent') {
      if (node.arguments?.length) return null;
      const fieldsPlan = planLeaves<ParentEntry>(node.selectionSet, (key, parentName) => {
        const column = regionColumns[parentName];
        return column ? { kind: 'column', key, column } : null;
      });
      if (!fieldsPlan) return null;
      plan.push({ kind: 'parent', key, fields: fieldsPlan });
    } else return null;
  }
  return plan;
}
