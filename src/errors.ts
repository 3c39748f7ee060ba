import { GraphQLError } from 'graphql';
import { truncateValue } from './limits/responseLimits.ts';

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
