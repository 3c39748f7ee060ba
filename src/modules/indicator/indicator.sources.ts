/**
 * Which source a region reports when it has values of one indicator and period from several.
 * One rule, the same at every level, so a kecamatan or kabupaten total and the desa under it
 * report the same source, and a person can predict it from the catalog alone:
 *
 * 1. real values before synthetic ones (demo rows are never chosen over real data);
 * 2. then the indicator's `sourcePriority` (catalog, migration 0009): a source matches an entry
 *    that equals it or that it starts with, followed by a character that is not a letter or digit
 *    ("e-PPGBM" matches "e-PPGBM" and "e-PPGBM, Agustus 2024", not "e-PPGBMX"); earlier entries win;
 * 3. then sources no entry matches, by name.
 *
 * The rule never looks at the numbers, so which source wins does not change with how many desa
 * reported it.
 */
export interface SourceCandidate {
  source: string;
  synthetic: boolean;
}

/** Position of `source` in `priority`, or `priority.length` when no entry matches. */
export function priorityIndex(source: string, priority: readonly string[]): number {
  const index = priority.findIndex(
    (entry) =>
      source === entry ||
      (entry !== '' &&
        source.startsWith(entry) &&
        !/[\p{L}\p{N}]/u.test(source[entry.length] ?? '')),
  );
  return index === -1 ? priority.length : index;
}

/** Orders candidates best first by the rule above (stable for equal keys). */
export function compareSources(
  a: SourceCandidate,
  b: SourceCandidate,
  priority: readonly string[],
): number {
  return (
    Number(a.synthetic) - Number(b.synthetic) ||
    priorityIndex(a.source, priority) - priorityIndex(b.source, priority) ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)
  );
}
