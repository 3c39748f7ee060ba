import { badUserInput } from '../errors.ts';

/** Largest page a connection returns; a whole kabupaten's desa (Bekasi has 187) fit in one. */
export const maxPageSize = 500;

/** The page size of a connection asked without `first` or `last` (Pothos `defaultConnectionSize`). */
export const defaultPageSize = 100;

/** What a page costs in the complexity budget: its size (the default page is `defaultPageSize`). */
export function pageCost(args: { first?: number | null; last?: number | null }): number {
  return Math.max(1, Math.min(maxPageSize, args.first ?? args.last ?? defaultPageSize));
}

/** Checks a connection's page size against `maxPageSize` and returns the cap (Pothos `maxSize`). */
export function pageSizeLimit(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > maxPageSize)) {
      throw badUserInput(name, size, `page size must be between 0 and ${maxPageSize}`);
    }
  }
  return maxPageSize;
}
