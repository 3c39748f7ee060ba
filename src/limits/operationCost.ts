import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  type ValueNode,
  valueFromAST,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';

/**
 * What an operation costs, measured on its AST with every fragment spread expanded: the deepest
 * field nesting, the number of field selections (aliases and fragments included), the number of
 * aliased selections, and the complexity — the rows (objects) it can return.
 *
 * Pricing (documented in the README's limits section):
 * - a scalar or enum field costs 0 unless its schema field says otherwise (a column of a row
 *   already loaded); an object field costs 1 (one row);
 * - a field with a `complexity` extension (Pothos's plugin stores every field's option there)
 *   costs what it says; `{ field, multiplier }` multiplies its selection: a connection's
 *   multiplier is its page (`first`, else the default page), a list's the rows it can return;
 * - `_entities` multiplies by the number of representations, `_service` costs `serviceCost`
 *   (the SDL is the size of a full introspection);
 * - introspection (`__schema`, `__type`) is priced like data: `types` returns every type of the
 *   schema, `fields`/`args`/`enumValues`/… the mean count per type, so a full introspection costs
 *   what it returns and nested ones multiply.
 */
export interface OperationCost {
  depth: number;
  fields: number;
  aliases: number;
  complexity: number;
  /**
   * The paged field (one with a `first` argument) with the largest page, the innermost on a tie,
   * as a dotted response path, with its page and the cost of its selection: the field to give a
   * smaller `first`.
   */
  costliest: { path: string; cost: number; page: number } | null;
}

export interface MeasureOptions {
  /** Stop walking (and report `fields` > this) once this many field selections were seen. */
  maxFields: number;
  /**
   * Coerced variable values; `undefined` at validation time, when variables are not known: each
   * variable then takes its default, or the argument its own default.
   */
  variables?: Record<string, unknown>;
}

/** What `_service { sdl }` costs: a schema's whole text, like one full introspection. */
export const serviceCost = 2000;

/** Raised inside the walk when the field cap is passed; the caller reports `breadth`. */
class TooManyFields extends Error {}

interface SchemaSizes {
  types: number;
  fields: number;
  args: number;
  enumValues: number;
  inputFields: number;
  interfaces: number;
  possibleTypes: number;
}

const sizesOf = new WeakMap<GraphQLSchema, SchemaSizes>();

/** Mean list sizes of the schema's introspection answer (cached per schema). @private */
function schemaSizes(schema: GraphQLSchema): SchemaSizes {
  const cached = sizesOf.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let args = 0;
  let fieldCount = 0;
  let enumValues = 0;
  let inputFields = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const list = Object.values(type.getFields());
      fields += list.length;
      fieldCount += list.length;
      args += list.reduce((n, f) => n + f.args.length, 0);
      interfaces += type.getInterfaces().length;
    }
    if (isAbstractType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if ('getValues' in type) enumValues += type.getValues().length;
    if ('getFields' in type && !isObjectType(type) && !isInterfaceType(type)) {
      inputFields += Object.keys(type.getFields()).length;
    }
  }
  const mean = (total: number, over: number) => Math.max(1, Math.ceil(total / Math.max(1, over)));
  const sizes: SchemaSizes = {
    types: types.length,
    fields: mean(fields, types.length),
    args: mean(args, fieldCount),
    enumValues: mean(enumValues, types.length),
    inputFields: mean(inputFields, types.length),
    interfaces: mean(interfaces, types.length),
    possibleTypes: mean(possibleTypes, types.length),
  };
  sizesOf.set(schema, sizes);
  return sizes;
}

/** Multiplier of an introspection list field, from the schema's sizes. @private */
function introspectionMultiplier(name: string, schema: GraphQLSchema): number {
  const sizes = schemaSizes(schema);
  switch (name) {
    case 'types':
      return sizes.types;
    case 'fields':
      return sizes.fields;
    case 'args':
      return sizes.args;
    case 'enumValues':
      return sizes.enumValues;
    case 'inputFields':
      return sizes.inputFields;
    case 'interfaces':
      return sizes.interfaces;
    case 'possibleTypes':
      return sizes.possibleTypes;
    case 'directives':
      return schema.getDirectives().length;
    case 'locations':
      return 1;
    default:
      return 1;
  }
}

/** Measures one operation (see OperationCost); work is bounded by `maxFields`. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  options: MeasureOptions,
): OperationCost {
  const root = schema.getRootType(operation.operation);
  const result: OperationCost = {
    depth: 0,
    fields: 0,
    aliases: 0,
    complexity: 0,
    costliest: null,
  };
  if (!root) return result;
  const variables = options.variables ?? defaultVariables(schema, operation);
  // Every selection visited (fields and spreads) is work: a fragment spread many times over is
  // expanded only until the cap is reached.
  let work = 0;
  const workCap = options.maxFields * 4 + 100;
  const active = new Set<string>();

  const selectionCost = (
    set: SelectionSetNode,
    parent: GraphQLOutputType,
    depth: number,
    path: string,
    introspection: boolean,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      work += 1;
      if (work > workCap) throw new TooManyFields();
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, depth, path, introspection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) as GraphQLOutputType | undefined)
          : parent;
        total += selectionCost(selection.selectionSet, type ?? parent, depth, path, introspection);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown or cyclic spreads are the standard rules' to report.
        if (!fragment || active.has(name)) continue;
        active.add(name);
        const type = schema.getType(fragment.typeCondition.name.value) as
          | GraphQLOutputType
          | undefined;
        total += selectionCost(fragment.selectionSet, type ?? parent, depth, path, introspection);
        active.delete(name);
      }
    }
    return total;
  };

  const fieldCost = (
    node: FieldNode,
    parent: GraphQLOutputType,
    depth: number,
    parentPath: string,
    insideIntrospection: boolean,
  ): number => {
    result.fields += 1;
    if (result.fields > options.maxFields) throw new TooManyFields();
    const name = node.name.value;
    if (node.alias && node.alias.value !== name) result.aliases += 1;
    const path = parentPath ? `${parentPath}.${node.alias?.value ?? name}` : name;
    const introspection = insideIntrospection || name === '__schema' || name === '__type';
    // The `ofType` chains of a type reference are one object each, not nesting of the data.
    const level = introspection && name === 'ofType' ? depth : depth + 1;
    result.depth = Math.max(result.depth, level);
    if (name === '__typename') return 0;
    const named = getNamedType(parent);
    const field =
      isObjectType(named) || isInterfaceType(named) ? named.getFields()[name] : undefined;
    const meta =
      name === '__schema'
        ? schema.getQueryType() && { type: getNamedType(schemaMetaType(schema)) }
        : undefined;
    const type = (field?.type ?? meta?.type ?? introspectionType(schema, name)) as
      | GraphQLOutputType
      | undefined;
    const { cost, multiplier } = price(node, field, type, introspection, name);
    let children = 0;
    if (node.selectionSet && type) {
      children = selectionCost(node.selectionSet, type, level, path, introspection);
    }
    const total = cost + multiplier * children;
    const page = field?.args.some((a) => a.name === 'first') ? multiplier : 0;
    // The largest page is the one to shrink; on a tie the inner one (measured first) is named.
    if (page > 1 && page > (result.costliest?.page ?? 0)) {
      result.costliest = { path, cost: total, page };
    }
    return total;
  };

  const price = (
    node: FieldNode,
    field: GraphQLField<unknown, unknown> | undefined,
    type: GraphQLOutputType | undefined,
    introspection: boolean,
    name: string,
  ): { cost: number; multiplier: number } => {
    if (introspection) {
      const list = type !== undefined && isListType(type);
      return {
        cost: type && isLeafType(getNamedType(type)) ? 0 : 1,
        multiplier: list ? introspectionMultiplier(name, schema) : 1,
      };
    }
    if (name === '_service') return { cost: serviceCost, multiplier: 1 };
    if (!field) return { cost: 0, multiplier: 1 };
    const args = argumentsOf(field, node, variables);
    if (name === '_entities') {
      const representations = (args?.representations as unknown[] | undefined)?.length ?? 1;
      return { cost: 1, multiplier: Math.max(1, representations) };
    }
    let option = field.extensions?.complexity as
      | number
      | { field?: number; multiplier?: number }
      | ((args: Record<string, unknown>, ctx: unknown, field: unknown) => unknown)
      | undefined;
    if (typeof option === 'function') {
      const priceOf = option;
      try {
        option = priceOf(args ?? {}, {}, field) as typeof option;
      } catch {
        // Arguments not known yet (a required variable at validation time) or out of range (the
        // resolver refuses those): the default arguments, else the field's base cost of 1. With
        // variables known the plugin prices it again.
        try {
          option = priceOf({}, {}, field) as typeof option;
        } catch {
          option = 1;
        }
      }
    }
    const leaf = isLeafType(getNamedType(field.type));
    if (typeof option === 'number') {
      return { cost: leaf && option <= 1 ? 0 : option, multiplier: 1 };
    }
    if (option && typeof option === 'object') {
      return {
        cost: option.field ?? (leaf ? 0 : 1),
        multiplier: Math.max(0, option.multiplier ?? 1),
      };
    }
    return { cost: leaf ? 0 : 1, multiplier: 1 };
  };

  try {
    result.complexity = selectionCost(operation.selectionSet, root, 0, '', false);
  } catch (error) {
    if (!(error instanceof TooManyFields)) throw error;
    result.fields = Math.max(result.fields, options.maxFields + 1);
  }
  return result;
}

/** @private */
function isListType(type: GraphQLOutputType): boolean {
  if (type instanceof GraphQLNonNull) return isListType(type.ofType);
  return type instanceof GraphQLList;
}

/** @private `__Schema`, the type of `__schema`. */
function schemaMetaType(schema: GraphQLSchema): GraphQLOutputType {
  return schema.getType('__Schema') as GraphQLOutputType;
}

/** @private `__type` returns a `__Type`. */
function introspectionType(schema: GraphQLSchema, name: string): GraphQLOutputType | undefined {
  if (name === '__type') return schema.getType('__Type') as GraphQLOutputType;
  return undefined;
}

/** @private Argument values; null when they cannot be coerced (validation reports that). */
function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> | null {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return null;
  }
}

/** @private Each variable's default value, for pricing before the variables are known. */
function defaultVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (!definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type as NamedTypeNode) as
      | GraphQLInputType
      | undefined;
    if (!type) continue;
    const value = valueFromAST(definition.defaultValue as ValueNode, type);
    if (value !== undefined) values[definition.variable.name.value] = value;
  }
  return values;
}
