import { GraphQLError } from 'graphql';
import { truncateValue } from './limits/responseLimits.ts';

/** Largest page a connection returns; a whole kabupaten's desa (Bekasi has 187) fit in one. */
export const maxPageSize = 500;

/**
 * A request the client must change: a malformed argument, a value out of range. The message
 * names the argument and the offending value; `extensions` repeats them for programs.
 */
export function badUserInput(argument: string, value: unknown, message: string): GraphQLError {
  // Never echo a large input back: values are quoted up to 100 characters.
  const quoted = truncateValue(value);
  return new GraphQLError(`${message} (argument "${argument}", got ${JSON.stringify(quoted)})`, {
    extensions: { code: 'BAD_USER_INPUT', argument, value: quoted },
  });
}

const periodPattern = /^(\d{4})(-(0[1-9]|1[0-2]))?$/;

/** Whether `period` is a year ("2022") or a month ("2022-08") between 1900 and 2100. */
export function isPeriod(period: string): boolean {
  const match = periodPattern.exec(period);
  const year = match ? Number(match[1]) : Number.NaN;
  return year >= 1900 && year <= 2100;
}

/** Throws BAD_USER_INPUT unless `period` is a year ("2022") or a month ("2022-08"). */
export function assertPeriod(argument: string, period: string): void {
  if (!isPeriod(period)) {
    throw badUserInput(
      argument,
      period,
      'period must be a year "YYYY" or a month "YYYY-MM" between 1900 and 2100',
    );
  }
}

/** What a page costs in the complexity budget: its size (the default page is 100). */
export function pageCost(args: { first?: number | null; last?: number | null }): number {
  return Math.max(1, Math.min(maxPageSize, args.first ?? args.last ?? 100));
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

/** Raised when input is rejected whole; `problems` lists every reason found. */
export class ImportRejected extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(
      `${message}:\n  - ${problems.slice(0, 50).join('\n  - ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`,
    );
    this.name = 'ImportRejected';
  }
}

/** Rejected input as a GraphQL error: BAD_USER_INPUT, with every problem in `extensions`. */
export function rejectedInput(error: ImportRejected): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: 'BAD_USER_INPUT', problems: error.problems.slice(0, 200) },
  });
}
