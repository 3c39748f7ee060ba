import { type FieldNode, Kind, type SelectionSetNode } from 'graphql';
import { RawJson } from '../../scalars/rawJson.ts';

/**
 * The JSON writers and selection readers of the operation plans (plan.ts): each writes a value as
 * graphql-js would serialise it, and gives up (GiveUp) on anything graphql-js would refuse, so the
 * ordinary execution answers that request with its own error.
 */

/** Thrown when a plan cannot answer this request; the ordinary execution answers it. */
export class GiveUp extends Error {}

export type Scalar = 'String' | 'Int' | 'Float' | 'Boolean';

/** A value as graphql-js serialises the scalar; anything it would refuse gives up. */
export function scalar(value: unknown, type: Scalar, nullable: boolean): string {
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

/** A 32-bit integer, as graphql-js's Int. */
export function int(value: unknown, nullable: boolean): string {
  if (value === null) return nullOnly(nullable ? null : undefined);
  if (!isInt(value)) throw new GiveUp();
  return JSON.stringify(value);
}

/** Whether graphql-js's Int writes a number as it is: an integer within 32 bits. */
export function isInt(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value <= 2_147_483_647 &&
    value >= -2_147_483_648
  );
}

/** A finite number, as graphql-js's Float. */
export function float(value: unknown, nullable: boolean): string {
  if (value === null) return nullOnly(nullable ? null : undefined);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new GiveUp();
  return JSON.stringify(value);
}

/** `null` where null is allowed; a non-null field without a value gives up. */
export function nullOnly(value: unknown): string {
  if (value === null) return 'null';
  throw new GiveUp();
}

/** A RawJson's text, or any other value as JSON. */
export function rawOrJson(value: unknown): string {
  return value instanceof RawJson ? value.text : JSON.stringify(value);
}

/**
 * The plan of a selection of scalar fields: `__typename`, or what `leaf` makes of a field without
 * arguments (null: not plannable).
 */
export function planLeaves<E>(
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
 * The fields of a selection set by response key, in order; null when it holds anything but plain
 * fields (fragments, directives) or two fields with one response key (graphql-js would merge
 * them).
 */
export function fieldsOf(selection: SelectionSetNode | undefined): [string, FieldNode][] | null {
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
