/** One sample of the Prometheus text exposition format. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * Parses Prometheus text format 0.0.4 (what `/metrics` serves): `# HELP`/`# TYPE` lines, then
 * `name{label="value",…} number`. Throws on any line it cannot read, so a malformed exposition
 * fails the test that scrapes it.
 */
export function parsePrometheus(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '') continue;
    if (line.startsWith('# HELP ')) continue;
    const type =
      /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type?.[1] && type[2]) {
      types.set(type[1], type[2]);
      continue;
    }
    const sample =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.eE+-]+|[Nn][Aa][Nn]|\+Inf|-Inf)$/.exec(line);
    if (!sample?.[1] || sample[4] === undefined) {
      throw new Error(`line ${index + 1} is not Prometheus text: ${line}`);
    }
    const labels: Record<string, string> = {};
    const body = sample[3] ?? '';
    const labelPattern = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g;
    let consumed = 0;
    for (const match of body.matchAll(labelPattern)) {
      if (match.index !== consumed) throw new Error(`bad labels on line ${index + 1}: ${line}`);
      labels[match[1] as string] = (match[2] as string).replace(/\\(.)/g, '$1');
      consumed = match.index + match[0].length;
    }
    if (consumed !== body.length) throw new Error(`bad labels on line ${index + 1}: ${line}`);
    const raw = sample[4];
    // Prometheus reads floats with Go's ParseFloat: NaN in any case (prom-client writes "Nan").
    const value = /^nan$/i.test(raw)
      ? Number.NaN
      : raw === '+Inf'
        ? Number.POSITIVE_INFINITY
        : raw === '-Inf'
          ? -Infinity
          : Number(raw);
    samples.push({ name: sample[1], labels, value });
  }
  return { samples, types };
}

/** The value of the one sample with this name whose labels include `labels` (0 when none). */
export function sampleSum(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return found.reduce((sum, s) => sum + s.value, 0);
}
