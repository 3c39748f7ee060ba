import {
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getVariableValues,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { geometryOutput } from '../../args/geometry.ts';
import { assertKode } from '../../args/kode.ts';
import { defaultPageSize, maxPageSize } from '../../args/page.ts';
import { assertPeriod } from '../../args/period.ts';
import type { Context } from '../../context.ts';
import { RawJson } from '../../scalars/rawJson.ts';
import {
  countRegions,
  type RegionLevel,
  type RegionPageRow,
  regionPage,
} from '../region/region.list.ts';
import { regionLoaders } from '../region/region.loaders.ts';
import { indicatorLoaders, recordDesaCandidates } from './indicator.loaders.ts';
import { type ServedIndicatorValue, servedValue, servedValueList } from './indicator.served.ts';
import { regionWithDesaValues } from './indicator.sql.ts';

/**
 * Region pages answered in one pass (issue 15, "fast without the cache"). The maps' and
 * dashboards' commonest questions — `regions(level, parentKode, first) { totalCount nodes { … } }`
 * and `region(kode) { … }` with names, boundaries, inner points, parents and indicator values —
 * cost one resolver, one promise and one DataLoader call per field and row under graphql-js:
 * most of an uncached 187-desa choropleth's CPU. An operation made only of such fields is
 * planned once per query text and answered here instead: the rows in one statement, then the
 * same loaders and the same `servedValue` (so the same disclosure) for the whole page at once,
 * and the JSON written directly, in the order and with the keys graphql-js would write.
 *
 * Anything else — fragments, directives, cursors or `pageInfo`, fields not listed here — is not
 * planned, and any value graphql-js would refuse or any error on the way (a bad argument, an
 * unknown indicator, a database outage) gives up the plan for that request, so the ordinary
 * execution answers it with its own errors. test/modules/compiledRegions.test.ts compares both
 * paths' answers byte for byte.
 */

/** A plan of one operation; null when it is not made only of plannable fields. */
export type RegionsPlan = readonly RootEntry[];

type RootEntry =
  | { kind: 'typename'; key: string }
  | {
      kind: 'regions';
      key: string;
      node: FieldNode;
      def: GraphQLField<unknown, unknown>;
      entries: readonly ConnectionEntry[];
      nodes: readonly RegionEntry[] | null;
    }
  | {
      kind: 'region';
      key: string;
      node: FieldNode;
      def: GraphQLField<unknown, unknown>;
      region: readonly RegionEntry[];
    };

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
      fields: readonly ValueEntry[];
    };

type ParentEntry =
  | { kind: 'typename'; key: string }
  | { kind: 'column'; key: string; column: RegionColumn };

type Scalar = 'String' | 'Int' | 'Float' | 'Boolean';
type ValueEntry =
  | { kind: 'typename'; key: string }
  | {
      kind: 'value';
      key: string;
      name: keyof ServedIndicatorValue;
      scalar: Scalar;
      nullable: boolean;
    };

const regionColumns: Record<string, RegionColumn> = {
  kode: 'kode',
  nama: 'nama',
  level: 'level',
  source: 'source',
  areaKm2: 'areaKm2',
  geometrySource: 'geometrySource',
};

/** IndicatorValue's fields: each exposes the served value's property of the same name. */
const valueFields: Record<string, { scalar: Scalar; nullable: boolean }> = {
  code: { scalar: 'String', nullable: false },
  period: { scalar: 'String', nullable: false },
  source: { scalar: 'String', nullable: false },
  numerator: { scalar: 'Int', nullable: true },
  denominator: { scalar: 'Int', nullable: true },
  value: { scalar: 'Float', nullable: true },
  ciLow: { scalar: 'Float', nullable: true },
  ciHigh: { scalar: 'Float', nullable: true },
  standardError: { scalar: 'Float', nullable: true },
  method: { scalar: 'String', nullable: true },
  synthetic: { scalar: 'Boolean', nullable: false },
  suppressed: { scalar: 'Boolean', nullable: false },
  suppressionReason: { scalar: 'String', nullable: true },
  aggregated: { scalar: 'Boolean', nullable: false },
  reportingRegions: { scalar: 'Int', nullable: true },
  expectedRegions: { scalar: 'Int', nullable: true },
};

const levelTypeName: Record<RegionLevel, string> = {
  PROVINSI: 'Provinsi',
  KABUPATEN: 'Kabupaten',
  KECAMATAN: 'Kecamatan',
  DESA: 'Desa',
};

/** Thrown when a plan cannot answer this request; the ordinary execution answers it. */
class GiveUp extends Error {}

/**
 * Plans an operation, or null when some part of it is not plannable. Pure: depends only on the
 * schema and the document, so callers keep plans per query text.
 */
export function planRegions(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): RegionsPlan | null {
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const query = schema.getQueryType();
  const fields = fieldsOf(operation.selectionSet);
  if (!query || !fields) return null;
  const queryFields = query.getFields();
  const plan: RootEntry[] = [];
  for (const [key, node] of fields) {
    const name = node.name.value;
    if (name === '__typename') {
      plan.push({ kind: 'typename', key });
      continue;
    }
    const def = queryFields[name];
    if (!def) return null;
    if (name === 'region') {
      const region = planRegion(schema, node.selectionSet);
      if (!region) return null;
      plan.push({ kind: 'region', key, node, def, region });
    } else if (name === 'regions') {
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
      plan.push({ kind: 'regions', key, node, def, entries, nodes });
    } else return null;
  }
  return plan.length > 0 ? plan : null;
}

/** Answers a plan: the data object (region fields as JSON text), or null to execute normally. */
export async function answerRegions(
  plan: RegionsPlan,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  ctx: Context,
): Promise<Record<string, unknown> | null> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const values = coerced.coerced;
  try {
    const parts = await Promise.all(
      plan.map(async (entry): Promise<[string, unknown]> => {
        if (entry.kind === 'typename') return [entry.key, 'Query'];
        const args = getArgumentValues(entry.def, entry.node, values);
        if (entry.kind === 'region') {
          if (typeof args.kode !== 'string') throw new GiveUp();
          assertKode('kode', args.kode);
          const rows = await regionRows(entry.region, args.kode, values, ctx);
          const [text] = await writeRegions(entry.region, rows, values, ctx);
          return [entry.key, new RawJson(text ?? 'null')];
        }
        return [entry.key, new RawJson(await writeConnection(entry, args, values, ctx))];
      }),
    );
    return Object.fromEntries(parts);
  } catch {
    return null;
  }
}

/**
 * @private The row of `region(kode)`; for a desa whose plan asks for an indicator value (of the
 * best source), that value's candidates are read in the same statement and recorded for the
 * request, so the detail costs one statement.
 */
async function regionRows(
  plan: readonly RegionEntry[],
  kode: string,
  variables: Record<string, unknown>,
  ctx: Context,
): Promise<RegionPageRow[]> {
  const indicator = plan.find((e) => e.kind === 'indicator');
  if (kode.length === 13 && indicator?.kind === 'indicator') {
    const args = getArgumentValues(indicator.def, indicator.node, variables);
    if (args.source == null && typeof args.code === 'string' && typeof args.period === 'string') {
      const { row, values } = await regionWithDesaValues(kode, args.code, args.period);
      if (row) recordDesaCandidates(indicatorLoaders(ctx), [kode], args.code, args.period, values);
      return row ? [row] : [];
    }
  }
  return regionPage({ kode }, 1);
}

/** @private `{ totalCount, nodes }` of one `regions` call, keys in selection order. */
async function writeConnection(
  entry: Extract<RootEntry, { kind: 'regions' }>,
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
  const wantsCount = entry.entries.some((e) => e.kind === 'totalCount');
  const [count, nodes] = await Promise.all([
    // A page with nothing after it holds every match: no count statement (as RegionConnection).
    wantsCount && rows.length > first ? countRegions(listing) : page.length,
    entry.nodes ? writeRegions(entry.nodes, page, variables, ctx) : [],
  ]);
  const out: string[] = [];
  for (const e of entry.entries) {
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
          text = value == null ? 'null' : writeValue(entry.fields, value as ServedIndicatorValue);
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
function writeValue(fields: readonly ValueEntry[], value: ServedIndicatorValue): string {
  const out = fields.map((entry) => {
    const text =
      entry.kind === 'typename'
        ? '"IndicatorValue"'
        : scalar(value[entry.name], entry.scalar, entry.nullable);
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

/** @private A value as graphql-js serialises the scalar; anything it would refuse gives up. */
function scalar(value: unknown, type: Scalar, nullable: boolean): string {
  if (value === null || value === undefined) return nullOnly(nullable ? null : undefined);
  switch (type) {
    case 'String':
      if (typeof value !== 'string') throw new GiveUp();
      return JSON.stringify(value);
    case 'Boolean':
      if (typeof value !== 'boolean') throw new GiveUp();
      return value ? 'true' : 'false';
    case 'Int':
      return int(value, nullable);
    case 'Float':
      return float(value, nullable);
  }
}

/** @private */
function int(value: unknown, nullable: boolean): string {
  if (value === null) return nullOnly(nullable ? null : undefined);
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value > 2_147_483_647 ||
    value < -2_147_483_648
  ) {
    throw new GiveUp();
  }
  return JSON.stringify(value);
}

/** @private */
function float(value: unknown, nullable: boolean): string {
  if (value === null) return nullOnly(nullable ? null : undefined);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new GiveUp();
  return JSON.stringify(value);
}

/** @private `null` where null is allowed; a non-null field without a value gives up. */
function nullOnly(value: unknown): string {
  if (value === null) return 'null';
  throw new GiveUp();
}

/** @private */
function rawOrJson(value: unknown): string {
  return value instanceof RawJson ? value.text : JSON.stringify(value);
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
      const fieldsPlan = planLeaves<ValueEntry>(node.selectionSet, (key, valueName) => {
        const known = valueFields[valueName];
        return known
          ? { kind: 'value', key, name: valueName as keyof ServedIndicatorValue, ...known }
          : null;
      });
      if (!fieldsPlan) return null;
      plan.push({ kind: 'indicator', key, node, def, fields: fieldsPlan });
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

/**
 * @private The plan of a selection of scalar fields: `__typename`, or what `leaf` makes of a field
 * without arguments (null: not plannable).
 */
function planLeaves<E>(
  selection: SelectionSetNode | undefined,
  leaf: (key: string, name: string) => E | null,
): (E | { kind: 'typename'; key: string })[] | null {
  const fields = fieldsOf(selection);
  if (!fields) return null;
  const plan: (E | { kind: 'typename'; key: string })[] = [];
  for (const [key, field] of fields) {
    if (field.selectionSet || field.arguments?.length) return null;
    const name = field.name.value;
    const entry = name === '__typename' ? { kind: 'typename' as const, key } : leaf(key, name);
    if (!entry) return null;
    plan.push(entry);
  }
  return plan;
}

/**
 * @private The fields of a selection set by response key, in order; null when it holds anything
 * but plain fields (fragments, directives) or two fields with one response key (graphql-js would
 * merge them).
 */
function fieldsOf(selection: SelectionSetNode | undefined): [string, FieldNode][] | null {
  if (!selection) return null;
  const out: [string, FieldNode][] = [];
  const seen = new Set<string>();
  for (const node of selection.selections) {
    if (node.kind !== Kind.FIELD || node.directives?.length) return null;
    const key = node.alias?.value ?? node.name.value;
    if (seen.has(key)) return null;
    seen.add(key);
    out.push([key, node]);
  }
  return out;
}
