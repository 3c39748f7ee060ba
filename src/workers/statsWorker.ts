import { parentPort } from 'node:worker_threads';
import { runStatsJob, type StatsJob, transferables } from './statsJobs.ts';

// One job at a time: the pool sends { id, job } and gets { id, result } or { id, error }. Typed
// array columns of a result are transferred (moved), not copied. { ready: true } first, once the
// modules are loaded: the pool hands a job over (and starts its budget's clock) from then on.
parentPort?.on('message', (message: { id: number; job: StatsJob }) => {
  try {
    const result = runStatsJob(message.job);
    parentPort?.postMessage({ id: message.id, result }, transferables(result));
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: (error as Error).message });
  }
});

parentPort?.postMessage({ ready: true });
