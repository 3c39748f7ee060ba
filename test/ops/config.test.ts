import { describe, expect, it } from 'vitest';
import { defaultStatsWorkers, loadConfig } from '../../src/config.ts';

describe('statistics workers by default', () => {
  it('leave a core to the request thread, but use both of two cores, up to 4', () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(defaultStatsWorkers)).toEqual([1, 2, 2, 3, 4, 4, 4]);
  });

  it('STATS_WORKERS overrides the default, 0 included', () => {
    expect(loadConfig({ STATS_WORKERS: '0' }).limits.statsWorkers).toBe(0);
    expect(loadConfig({ STATS_WORKERS: '3' }).limits.statsWorkers).toBe(3);
    expect(() => loadConfig({ STATS_WORKERS: 'many' })).toThrow(/STATS_WORKERS/);
  });
});
