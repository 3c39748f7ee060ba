import { badUserInput } from '../errors.ts';

/** Checks an integer argument against a closed range. */
export function checkInteger(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, value, `${argument} must be an integer from ${min} to ${max}`);
  }
  return value;
}
