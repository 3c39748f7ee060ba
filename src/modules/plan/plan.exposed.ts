import {
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type SelectionSetNode,
} from 'graphql';
import { fieldsOf, GiveUp, isInt } from './plan.json.ts';

/**
 * Shapers of results made of exposed fields: a field built with Pothos's `expose…` resolves to
 * the parent's property of the name it exposes (`extensions.pothosExposedField`), so a selection
 * of such fields — leaves (Int, Float, String, Boolean, ID, enums), lists of them, and objects of
 * them — can be shaped from the computed value without graphql-js's per-field execution: plain
 * objects with the response keys in selection order, serialised later with the rest of the
 * response by the native JSON.stringify (which writes numbers without a string each). Values
 * graphql-js would refuse give up (GiveUp).
 */

/** Shapes a value as graphql-js would complete it; throws GiveUp. */
export type Shaper = (value: unknown) => unknown;

/** Shapes a field of a parent object; null when the field is not an exposed, plannable one. */
export function planExposedField(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
): ((parent: Record<string, unknown>) => unknown) | null {
  const property = def.extensions?.pothosExposedField;
  if (typeof property !== 'string' || node.arguments?.length) return null;
  const shape = planValue(def.type, node.selectionSet);
  return shape && ((parent) => shape(parent[property]));
}

/** The shaper of a value of `type` for a selection, or null when some part is not plannable. */
export function planValue(
  type: GraphQLOutputType,
  selection: SelectionSetNode | undefined,
): Shaper | null {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const absent = (value: unknown): boolean => {
    if (value !== null && value !== undefined) return false;
    if (!nullable) throw new GiveUp();
    return true;
  };
  if (isListType(inner)) {
    const item = planValue(inner.ofType, selection);
    if (!item) return null;
    return (value) => {
      if (absent(value)) return null;
      if (!Array.isArray(value)) throw new GiveUp();
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
      return out;
    };
  }
  if (isScalarType(inner)) {
    if (selection) return null;
    switch (inner.name) {
      case 'Int':
        return (value) => {
          if (absent(value)) return null;
          if (!isInt(value)) throw new GiveUp();
          return value;
        };
      case 'Float':
        return (value) => {
          if (absent(value)) return null;
          if (typeof value !== 'number' || !Number.isFinite(value)) throw new GiveUp();
          return value;
        };
      case 'Boolean':
        return (value) => {
          if (absent(value)) return null;
          if (typeof value !== 'boolean') throw new GiveUp();
          return value;
        };
      case 'String':
      case 'ID':
        // graphql-js writes a string ID as it is (and an integer as its digits: given up here).
        return (value) => {
          if (absent(value)) return null;
          if (typeof value !== 'string') throw new GiveUp();
          return value;
        };
      default:
        return null;
    }
  }
  if (isEnumType(inner)) {
    if (selection) return null;
    return (value) => {
      if (absent(value)) return null;
      try {
        return inner.serialize(value);
      } catch {
        throw new GiveUp();
      }
    };
  }
  if (!isObjectType(inner)) return null;
  const fields = fieldsOf(selection);
  if (!fields) return null;
  const defs = inner.getFields();
  const keys: string[] = [];
  const parts: ((parent: Record<string, unknown>) => unknown)[] = [];
  for (const [key, node] of fields) {
    keys.push(key);
    if (node.name.value === '__typename') {
      if (node.selectionSet) return null;
      const name = inner.name;
      parts.push(() => name);
      continue;
    }
    const def = defs[node.name.value];
    const shape = def && planExposedField(def, node);
    if (!shape) return null;
    parts.push(shape);
  }
  return (value) => {
    if (absent(value)) return null;
    if (typeof value !== 'object') throw new GiveUp();
    const parent = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < parts.length; i++) {
      out[keys[i] as string] = (parts[i] as (p: Record<string, unknown>) => unknown)(parent);
    }
    return out;
  };
}
