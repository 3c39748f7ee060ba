import { parentPort } from 'node:worker_threads';
import { runStatsJob, type StatsJob } from './statsJobs.ts';

// One job at a time: the pool sends { id, job } and gets { id, result } or { id, error }.
parentPort?.on('message', (message: { id: number; job: StatsJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, result: runStatsJob(message.job) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: (error as Error).message });
  }
});
