/** Per-operation results of the load test and their table. */
export interface KindStats {
  latencies: number[];
  non2xx: number;
  gqlErrors: number;
  samples: string[];
}

export function emptyStats(): KindStats {
  return { latencies: [], non2xx: 0, gqlErrors: 0, samples: [] };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}

/** Prints one row per operation and a total row; returns the totals. */
export function printTable(stats: ReadonlyMap<string, KindStats>, elapsedSeconds: number) {
  const rows: string[][] = [
    ['operation', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'gql errors'],
  ];
  const total = emptyStats();
  const add = (name: string, entry: KindStats) => {
    const sorted = [...entry.latencies].sort((a, b) => a - b);
    const ms = (p: number) => percentile(sorted, p).toFixed(1);
    const rate = (sorted.length / elapsedSeconds).toFixed(1);
    const counts = [`${entry.non2xx}`, `${entry.gqlErrors}`];
    rows.push([name, `${sorted.length}`, rate, ms(50), ms(95), ms(99), ...counts]);
  };
  for (const [kind, entry] of stats) {
    add(kind, entry);
    for (const latency of entry.latencies) total.latencies.push(latency);
    total.non2xx += entry.non2xx;
    total.gqlErrors += entry.gqlErrors;
  }
  add('all', total);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  for (const row of rows) {
    const cells = row.map((cell, i) =>
      i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
    );
    console.log(cells.join('  '));
  }
  for (const [kind, entry] of stats) {
    for (const sample of entry.samples) console.log(`  ${kind} sample: ${sample}`);
  }
  return total;
}
