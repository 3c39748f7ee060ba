import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date `YYYY-MM-DD` (ISO 8601, no time, no zone). Inputs that are not a real date
 * (2024-02-30) are refused with BAD_USER_INPUT naming the value.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD" (no time of day, no time zone).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new TypeError('Date value must be a YYYY-MM-DD string or a Date');
  },
  parseValue(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw invalid(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isCalendarDate(ast.value)) return ast.value;
    throw invalid(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});

/** Whether `text` is `YYYY-MM-DD` naming a day that exists, years 1900–2100. */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return false;
  const back = new Date(Date.UTC(year, month - 1, day));
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
}

/** @private */
function invalid(value: unknown): GraphQLError {
  return new GraphQLError(
    `Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT', value },
    },
  );
}
