import { type FieldNode, type GraphQLField, getArgumentValues, isObjectType } from 'graphql';
import { planExposedField, planValue } from '../plan/plan.exposed.ts';
import { fieldsOf } from '../plan/plan.json.ts';
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
  | { kind: 'exposed'; key: string; shape: (c: Record<string, unknown>) => unknown }
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
      const shape = fieldDef && planExposedField(fieldDef, field);
      if (!shape) return null;
      plan.push({ kind: 'exposed', key, shape });
    }
  }
  return {
    async answer(variables, ctx) {
      const args = getArgumentValues(def, node, variables) as Parameters<typeof choroplethArgs>[0];
      const c: ChoroplethShape = await computeChoropleth(ctx, choroplethArgs(args));
      const parts = await Promise.all(
        plan.map(async (entry): Promise<unknown> => {
          if (entry.kind === 'typename') return 'Choropleth';
          if (entry.kind === 'exposed') return entry.shape(c as unknown as Record<string, unknown>);
          return choroplethFeatures(ctx, c, getArgumentValues(entry.def, entry.node, variables));
        }),
      );
      const out: Record<string, unknown> = {};
      plan.forEach((entry, i) => {
        out[entry.key] = parts[i];
      });
      return out;
    },
  };
};

/** Plans `Query.spatialAutocorrelation`: every field of its result is exposed. */
export const planSpatialAutocorrelationField: FieldPlanner = (_schema, node, def) => {
  const shape = planValue(def.type, node.selectionSet);
  if (!shape) return null;
  return {
    async answer(variables, ctx) {
      const args = getArgumentValues(def, node, variables) as Parameters<
        typeof spatialAutocorrelationArgs
      >[0];
      return shape(await computeSpatialAutocorrelation(ctx, spatialAutocorrelationArgs(args)));
    },
  };
};
