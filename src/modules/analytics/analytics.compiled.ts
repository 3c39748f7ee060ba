import { type FieldNode, type GraphQLField, getArgumentValues, isObjectType } from 'graphql';
import { stringifyResponse } from '../../scalars/rawJson.ts';
import { planExposedField, planValue } from '../plan/plan.exposed.ts';
import { fieldsOf, keyText } from '../plan/plan.json.ts';
import type { FieldPlanner } from '../plan/plan.ts';
import {
  computeSpatialAutocorrelation,
  spatialAutocorrelationArgs,
} from './analytics.autocorrelation.ts';
import {
  type ChoroplethShape,
  choroplethArgs,
  choroplethFeatures,
  computeChoropleth,
} from './analytics.choropleth.ts';

/**
 * `Query.choropleth` and `Query.spatialAutocorrelation` answered by plans (src/modules/plan/
 * plan.ts): a province's choropleth or LISA is 5,957 regions of several fields each, and
 * graphql-js's per-field execution and result objects were a large part of their uncached CPU.
 * A plan runs the resolver's own function (`computeChoropleth`, `choroplethFeatures`,
 * `computeSpatialAutocorrelation`) and writes the selected exposed fields itself
 * (plan.exposed.ts).
 */

type ChoroplethPart =
  | { kind: 'typename'; key: string }
  | { kind: 'exposed'; key: string; write: (c: Record<string, unknown>) => string }
  | { kind: 'features'; key: string; node: FieldNode; def: GraphQLField<unknown, unknown> };

/** Plans `Query.choropleth` with any of Choropleth's fields. */
export const planChoroplethField: FieldPlanner = (schema, node, def) => {
  const fields = fieldsOf(node.selectionSet);
  const type = schema.getType('Choropleth');
  if (!fields || !isObjectType(type)) return null;
  const defs = type.getFields();
  const plan: ChoroplethPart[] = [];
  for (const [key, field] of fields) {
    const name = field.name.value;
    const fieldDef = defs[name];
    if (name === '__typename') {
      plan.push({ kind: 'typename', key });
    } else if (name === 'featureCollection' && fieldDef && !field.selectionSet) {
      plan.push({ kind: 'features', key, node: field, def: fieldDef });
    } else {
      const write = fieldDef && planExposedField(fieldDef, field);
      if (!write) return null;
      plan.push({ kind: 'exposed', key, write });
    }
  }
  return {
    async answer(variables, ctx) {
      const args = getArgumentValues(def, node, variables) as Parameters<typeof choroplethArgs>[0];
      const c: ChoroplethShape = await computeChoropleth(ctx, choroplethArgs(args));
      const parts = await Promise.all(
        plan.map(async (entry): Promise<string> => {
          if (entry.kind === 'typename') return '"Choropleth"';
          if (entry.kind === 'exposed') return entry.write(c as unknown as Record<string, unknown>);
          const features = await choroplethFeatures(
            ctx,
            c,
            getArgumentValues(entry.def, entry.node, variables),
          );
          return stringifyResponse(features).slice(0, -1);
        }),
      );
      return `{${plan.map((entry, i) => keyText(entry.key) + parts[i]).join(',')}}`;
    },
  };
};

/** Plans `Query.spatialAutocorrelation`: every field of its result is exposed. */
export const planSpatialAutocorrelationField: FieldPlanner = (_schema, node, def) => {
  const write = planValue(def.type, node.selectionSet);
  if (!write) return null;
  return {
    async answer(variables, ctx) {
      const args = getArgumentValues(def, node, variables) as Parameters<
        typeof spatialAutocorrelationArgs
      >[0];
      return write(await computeSpatialAutocorrelation(ctx, spatialAutocorrelationArgs(args)));
    },
  };
};
