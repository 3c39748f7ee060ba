/** Longest error message sent; inputs quoted in messages are cut well before this. */
export const maxMessageLength = 400;

/** Longest input value quoted back in an error (`extensions.value`, `got …` in messages). */
export const maxQuotedLength = 100;

/**
 * The body sent instead of an answer larger than MAX_RESPONSE_MB: a coded error, so a client
 * learns to ask for smaller pages, and the process never holds two copies of a huge answer.
 */
export function responseTooLarge(bytes: number, limit: number): string {
  return `${JSON.stringify({
    errors: [
      {
        message: `the response would be ${bytes} bytes, more than the limit of ${limit}: ask for fewer fields or smaller pages`,
        extensions: { code: 'RESPONSE_TOO_LARGE', value: bytes, limit },
      },
    ],
  })}\n`;
}

/** A message cut to `maxMessageLength` characters, saying how much was cut. */
export function truncateMessage(message: string): string {
  if (message.length <= maxMessageLength) return message;
  return `${message.slice(0, maxMessageLength)}… (${message.length - maxMessageLength} more characters)`;
}

/** An input value to quote back: long strings and large structures are cut. */
export function truncateValue(value: unknown): unknown {
  if (typeof value === 'string') return quoteText(value);
  if (value !== null && typeof value === 'object') {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch {
      return '[unprintable]';
    }
    if (text !== undefined && text.length > maxQuotedLength) return quoteText(text);
  }
  return value;
}

/** @private */
function quoteText(text: string): string {
  if (text.length <= maxQuotedLength) return text;
  return `${text.slice(0, maxQuotedLength)}… (${text.length} characters)`;
}
