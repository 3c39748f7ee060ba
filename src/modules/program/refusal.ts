import { GraphQLError } from 'graphql';
import type { ImportRejected } from '../../errors.ts';

/**
 * A write refused by a program rule (not a malformed value): its own `extensions.code`, the
 * argument and the value it refuses, and the message naming both.
 */
export function refused(
  code: string,
  argument: string,
  value: unknown,
  message: string,
): GraphQLError {
  return new GraphQLError(`${message} (argument "${argument}", got ${JSON.stringify(value)})`, {
    extensions: { code, argument, value },
  });
}

/** A problem line of a batch write that a rule refused: "label: reason [CODE]". */
export function codedProblem(code: string, problem: string): string {
  return `${problem} [${code}]`;
}

/** The rule code a problem line carries; BAD_USER_INPUT for a malformed value. */
export function problemCode(problem: string): string {
  return /\[([A-Z_]+)\]$/.exec(problem)?.[1] ?? 'BAD_USER_INPUT';
}

/**
 * Rejected batch input as a GraphQL error: the rule's code when every problem has the same one
 * (e.g. IMPLAUSIBLE_REALIZATION), else BAD_USER_INPUT; `problems` and `problemCodes` list all.
 */
export function rejectedBatch(error: ImportRejected): GraphQLError {
  const problems = error.problems.slice(0, 200);
  const codes = problems.map(problemCode);
  const code = codes.every((c) => c === codes[0])
    ? (codes[0] ?? 'BAD_USER_INPUT')
    : 'BAD_USER_INPUT';
  return new GraphQLError(error.message, {
    extensions: { code, problems, problemCodes: codes },
  });
}
