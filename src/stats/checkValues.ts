/**
 * Checks that values is an array of finite numbers. Throws a plain Error otherwise.
 *
 * @param values the array to check
 * @param options.name name used in the message (default 'values')
 * @param options.minLength smallest allowed length (default 1)
 * @returns nothing; throws on the first problem found
 * @example
 * checkValues([1, 2, 3]); // ok
 * checkValues([1, Number.NaN]); // throws 'values must be finite numbers'
 */
export function checkValues(
  values: number[],
  options: { name?: string; minLength?: number } = {},
): void {
  const name = options.name ?? 'values';
  if (!Array.isArray(values)) throw new Error(`${name} must be an array`);
  if (values.length < (options.minLength ?? 1)) {
    throw new Error(`${name} must have at least ${options.minLength ?? 1} elements`);
  }
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new Error(`${name} must be finite numbers`);
  }
}
