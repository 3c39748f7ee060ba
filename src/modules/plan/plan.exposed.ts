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
import { fieldsOf, float, GiveUp, int, keyText, nullOnly, scalar } from './plan.json.ts';

/**
 * Writers of results made of exposed fields: a field built with Pothos's `expose…` resolves to
 * the parent's property of the name it exposes (`extensions.pothosExposedField`), so a selection
 * of such fields — leaves (Int, Float, String, Boolean, ID, enums), lists of them, and objects of
 * them — can be written from the computed value without graphql-js's per-field execution. Values
 * graphql-js would refuse give up (GiveUp).
 */

/** Writes a value as JSON text; throws GiveUp. */
export type Writer = (value: unknown) => string;

/** Writes a field of a parent object; null when the field is not an exposed, plannable one. */
export function planExposedField(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
): ((parent: Record<string, unknown>) => string) | null {
  const property = def.extensions?.pothosExposedField;
  if (typeof property !== 'string' || node.arguments?.length) return null;
  const write = planValue(def.type, node.selectionSet);
  return write && ((parent) => write(parent[property]));
}

/** The writer of a value of `type` for a selection, or null when some part is not plannable. */
export function planValue(
  type: GraphQLOutputType,
  selection: SelectionSetNode | undefined,
): Writer | null {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = planValue(inner.ofType, selection);
    if (!item) return null;
    return (value) => {
      if (value === null || value === undefined) return nullOnly(nullable ? null : undefined);
      if (!Array.isArray(value)) throw new GiveUp();
      let out = '[';
      for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + item(value[i]);
      return `${out}]`;
    };
  }
  if (isScalarType(inner)) {
    if (selection) return null;
    switch (inner.name) {
      case 'Int':
        return (value) => int(value ?? null, nullable);
      case 'Float':
        return (value) => float(value ?? null, nullable);
      case 'String':
      case 'Boolean':
        return (value) => scalar(value, inner.name as 'String' | 'Boolean', nullable);
      case 'ID':
        // graphql-js writes a string ID as it is (and an integer as its digits: given up here).
        return (value) => scalar(value, 'String', nullable);
      default:
        return null;
    }
  }
  if (isEnumType(inner)) {
    if (selection) return null;
    return (value) => {
      if (value === null || value === undefined) return nullOnly(nullable ? null : undefined);
      let name: unknown;
      try {
        name = inner.serialize(value);
      } catch {
        throw new GiveUp();
      }
      return JSON.stringify(name);
    };
  }
  if (!isObjectType(inner)) return null;
  const fields = fieldsOf(selection);
  if (!fields) return null;
  const defs = inner.getFields();
  const typename = JSON.stringify(inner.name);
  const parts: ((parent: Record<string, unknown>) => string)[] = [];
  for (const [key, node] of fields) {
    const prefix = keyText(key);
    if (node.name.value === '__typename') {
      if (node.selectionSet) return null;
      parts.push(() => prefix + typename);
      continue;
    }
    const def = defs[node.name.value];
    if (!def) return null;
    const write = planExposedField(def, node);
    if (!write) return null;
    parts.push((parent) => prefix + write(parent));
  }
  return (value) => {
    if (value === null || value === undefined) return nullOnly(nullable ? null : undefined);
    if (typeof value !== 'object') throw new GiveUp();
    const parent = value as Record<string, unknown>;
    let out = '{';
    for (let i = 0; i < parts.length; i++) {
      out += (i > 0 ? ',' : '') + (parts[i] as (p: Record<string, unknown>) => string)(parent);
    }
    return `${out}}`;
  };
}
