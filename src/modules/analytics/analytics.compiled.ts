import { type FieldNode, type GraphQLField, getArgumentValues, isObjectType } from 'graphql';
import { stringifyResponse } from '../../scalars/rawJson.ts';
import { fieldsOf, float, int, keyText, planLeaves, scalar } from '../plan/plan.json.ts';
import type { FieldPlanner } from '../plan/plan.ts';
import {
  type ChoroplethClassShape,
  type ChoroplethRegionShape,
  choroplethArgs,
  choroplethFeatures,
  computeChoropleth,
} from './analytics.choropleth.ts';

/**
 * `Query.choropleth` answered by a plan (src/modules/plan/plan.ts): a province's choropleth is
 * 5,957 regions of six fields, and graphql-js's per-field execution and the result objects were
 * most of its uncached CPU. The plan runs the resolver's own `computeChoropleth` and
 * `choroplethFeatures`, then writes the selected fields' JSON itself.
 */

type ChoroplethEntry =
  | { kind: 'typename' | 'breaks' | 'noDataCount'; key: string }
  | { kind: 'classes'; key: string; fields: readonly ClassEntry[] }
  | { kind: 'regions'; key: string; fields: readonly RegionEntry[] }
  | { kind: 'features'; key: string; node: FieldNode; def: GraphQLField<unknown, unknown> };

type ClassField = keyof ChoroplethClassShape;
type ClassEntry =
  | { kind: 'typename'; key: string }
  | { kind: 'field'; key: string; name: ClassField };
type RegionField = keyof ChoroplethRegionShape;
type RegionEntry =
  | { kind: 'typename'; key: string }
  | { kind: 'field'; key: string; name: RegionField };

const classFields: Record<string, ClassField> = {
  index: 'index',
  lower: 'lower',
  upper: 'upper',
  upperInclusive: 'upperInclusive',
  count: 'count',
};

const regionFields: Record<string, RegionField> = {
  kode: 'kode',
  nama: 'nama',
  value: 'value',
  rawValue: 'rawValue',
  classIndex: 'classIndex',
  suppressed: 'suppressed',
};

/** Plans `Query.choropleth` with any of Choropleth's fields. */
export const planChoroplethField: FieldPlanner = (schema, node, def) => {
  const fields = fieldsOf(node.selectionSet);
  const type = schema.getType('Choropleth');
  if (!fields || !isObjectType(type)) return null;
  const defs = type.getFields();
  const plan: ChoroplethEntry[] = [];
  for (const [key, field] of fields) {
    const name = field.name.value;
    if (name === '__typename' || name === 'breaks' || name === 'noDataCount') {
      if (field.selectionSet || field.arguments?.length) return null;
      plan.push({ kind: name === '__typename' ? 'typename' : name, key });
    } else if (name === 'classes') {
      const inner = planLeaves<ClassEntry>(field.selectionSet, (k, n) =>
        classFields[n] ? { kind: 'field', key: k, name: classFields[n] } : null,
      );
      if (!inner || field.arguments?.length) return null;
      plan.push({ kind: 'classes', key, fields: inner });
    } else if (name === 'regions') {
      const inner = planLeaves<RegionEntry>(field.selectionSet, (k, n) =>
        regionFields[n] ? { kind: 'field', key: k, name: regionFields[n] } : null,
      );
      if (!inner || field.arguments?.length) return null;
      plan.push({ kind: 'regions', key, fields: inner });
    } else if (name === 'featureCollection') {
      const featuresDef = defs[name];
      if (field.selectionSet || !featuresDef) return null;
      plan.push({ kind: 'features', key, node: field, def: featuresDef });
    } else return null;
  }
  return {
    async answer(variables, ctx) {
      const args = getArgumentValues(def, node, variables) as Parameters<typeof choroplethArgs>[0];
      const c = await computeChoropleth(ctx, choroplethArgs(args));
      const parts = await Promise.all(
        plan.map(async (entry): Promise<string> => {
          switch (entry.kind) {
            case 'typename':
              return '"Choropleth"';
            case 'breaks':
              return `[${c.breaks.map((b) => float(b, false)).join(',')}]`;
            case 'noDataCount':
              return int(c.noDataCount, false);
            case 'classes':
              return `[${c.classes.map((k) => writeClass(entry.fields, k)).join(',')}]`;
            case 'regions':
              return writeRegions(entry.fields, c.regions);
            case 'features': {
              const features = await choroplethFeatures(
                ctx,
                c,
                getArgumentValues(entry.def, entry.node, variables),
              );
              return stringifyResponse(features).slice(0, -1);
            }
          }
        }),
      );
      return `{${plan.map((entry, i) => keyText(entry.key) + parts[i]).join(',')}}`;
    },
  };
};

/** @private */
function writeClass(fields: readonly ClassEntry[], k: ChoroplethClassShape): string {
  const out = fields.map((entry) => {
    if (entry.kind === 'typename') return `${keyText(entry.key)}"ChoroplethClass"`;
    const text =
      entry.name === 'upperInclusive'
        ? scalar(k.upperInclusive, 'Boolean', false)
        : entry.name === 'lower' || entry.name === 'upper'
          ? float(k[entry.name], false)
          : int(k[entry.name], false);
    return keyText(entry.key) + text;
  });
  return `{${out.join(',')}}`;
}

/** @private Every region, the keys written once: 5,957 rows at province scale. */
function writeRegions(
  fields: readonly RegionEntry[],
  regions: readonly ChoroplethRegionShape[],
): string {
  const keys = fields.map((entry) => keyText(entry.key));
  const out = new Array<string>(regions.length);
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i] as ChoroplethRegionShape;
    let text = '{';
    for (let f = 0; f < fields.length; f++) {
      const entry = fields[f] as RegionEntry;
      if (f > 0) text += ',';
      text += keys[f];
      if (entry.kind === 'typename') {
        text += '"ChoroplethRegion"';
        continue;
      }
      switch (entry.name) {
        case 'kode':
        case 'nama':
          text += scalar(r[entry.name], 'String', false);
          break;
        case 'value':
        case 'rawValue':
          text += float(r[entry.name], true);
          break;
        case 'classIndex':
          text += int(r.classIndex, true);
          break;
        case 'suppressed':
          text += scalar(r.suppressed, 'Boolean', false);
          break;
      }
    }
    out[i] = `${text}}`;
  }
  return `[${out.join(',')}]`;
}
