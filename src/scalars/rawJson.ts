import { randomUUID } from 'node:crypto';

/**
 * JSON text that PostgreSQL already produced (ST_AsGeoJSON), carried to the response without
 * being parsed and re-serialised. A choropleth of 187 desa is ~45 KB of coordinates; parsing it
 * into objects and writing it out again was the largest single cost of the request (and most of
 * its garbage).
 *
 * Outside `stringifyResponse` a RawJson behaves like the value it holds: `JSON.stringify` (through
 * `toJSON`) and `value()` give the parsed object, so in-process callers (tests, resolvers that
 * post-process) see plain GeoJSON.
 */
export class RawJson {
  readonly text: string;
  #parsed: unknown;

  constructor(text: string) {
    this.text = text;
  }

  /** The parsed value (parsed once). */
  value(): unknown {
    if (this.#parsed === undefined) this.#parsed = JSON.parse(this.text);
    return this.#parsed;
  }

  toJSON(): unknown {
    if (sink) {
      sink.push(this.text);
      return `${marker}${sink.length - 1}`;
    }
    return this.value();
  }
}

/** Unguessable per process, so no string in the data can pass for a marker. */
const marker = `\u0000raw-${randomUUID()}:`;
const markerJson = JSON.stringify(marker).slice(0, -1);
const markerPattern = new RegExp(`${escapeRegExp(markerJson)}(\\d+)"`, 'g');

let sink: string[] | undefined;

/**
 * `JSON.stringify` that writes each RawJson's text in place. The native serializer does the walk:
 * RawJson.toJSON leaves a numbered marker string and keeps the text; one pass over the output then
 * swaps the markers for the texts. Synchronous, so one module-level sink is safe.
 */
export function stringifyResponse(value: unknown): string {
  const texts: string[] = [];
  sink = texts;
  let out: string;
  try {
    out = JSON.stringify(value);
  } finally {
    sink = undefined;
  }
  if (texts.length === 0) return `${out}\n`;
  return `${out.replace(markerPattern, (_m, index: string) => texts[Number(index)] as string)}\n`;
}

/** @private */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
