import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { config } from '../config.ts';
import { runStatsJob, type StatsJob, type StatsResult } from './statsJobs.ts';

/**
 * CPU-heavy statistics (LISA permutations, Gi*, contiguity and KNN neighbour graphs) run here, off the event loop: a small pool of
 * worker threads, a bounded queue in front of it, and a CPU budget per request. The server keeps
 * answering `/healthz` and cheap queries while they run.
 *
 * - A request may spend `STATS_BUDGET_MS` of worker time in total, summed over its jobs, also
 *   those running at the same time in several workers (one LISA split in chunks: `runAll`); its
 *   jobs are stopped (their workers terminated and replaced) when the sum would go over, and the
 *   request gets `STATS_BUDGET_EXCEEDED`.
 * - When every worker is busy and `STATS_QUEUE` jobs wait, new jobs get `STATS_BUSY` at once
 *   (retry later) instead of piling up; the chunks of one `runAll` are admitted or refused
 *   together.
 * - `STATS_WORKERS=0` runs jobs in the calling thread (budget checked after the fact).
 * - A worker starts when a job needs it and stops after `STATS_IDLE_SECONDS` without one (each
 *   holds a V8 isolate, ~20–40 MB); a job waits for a starting worker's modules (~50 ms from the
 *   bundle), and its budget counts from when the worker takes it.
 */
export interface StatsPool {
  /** Worker threads (0: jobs run in the calling thread). */
  readonly size: number;
  /** Workers started and not stopped (idle ones stop after the pool's `idleMs`). */
  readonly running: number;
  run<J extends StatsJob>(job: J, budget: StatsBudget): Promise<StatsResult<J>>;
  /** Several jobs of one request, side by side in as many workers as are free. */
  runAll<J extends StatsJob>(jobs: J[], budget: StatsBudget): Promise<StatsResult<J>[]>;
  close(): Promise<void>;
}

/** Worker milliseconds a request has left. */
export interface StatsBudget {
  remainingMs: number;
  readonly limitMs: number;
}

interface Pending {
  job: StatsJob;
  budget: StatsBudget;
  resolve: (result: StatsResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  /** null: not started, or stopped (idle, over budget, failed); started by the next job. */
  worker: Worker | null;
  /** The worker has loaded its modules and takes jobs. */
  ready: boolean;
  current: (Pending & { started: number }) | null;
  idle: NodeJS.Timeout | undefined;
}

/** The budget a request starts with, kept with its context. */
const budgets = new WeakMap<object, StatsBudget>();

export function budgetOf(ctx: object): StatsBudget {
  let budget = budgets.get(ctx);
  if (!budget) {
    const limitMs = config().limits.statsBudgetMs;
    budget = { remainingMs: limitMs, limitMs };
    budgets.set(ctx, budget);
  }
  return budget;
}

function budgetExceeded(budget: StatsBudget): GraphQLError {
  return new GraphQLError(
    `this request used its statistics budget of ${budget.limitMs} ms of CPU: ask for fewer permutations or fewer analyses per request`,
    { extensions: { code: 'STATS_BUDGET_EXCEEDED', limit: budget.limitMs } },
  );
}

function busy(queued: number): GraphQLError {
  return new GraphQLError(
    `the statistics workers are busy (${queued} jobs waiting): retry in a few seconds`,
    { extensions: { code: 'STATS_BUSY', queued } },
  );
}

/**
 * @private A new worker: from the build (dist/workers/statsWorker.mjs beside dist/server.mjs),
 * or, running from the TypeScript source (tsx, tests), the source through tsx's loader.
 */
function newWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL('./workers/statsWorker.mjs', here), { resourceLimits });
  }
  // tsx's ESM API (index.mjs beside the index.cjs that `require` resolves).
  const api = createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const source = new URL('./statsWorker.ts', here).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`,
    { eval: true, resourceLimits },
  );
}

/**
 * A worker's young generation (V8's default lets it grow to 3 × 16 MB, kept after the first burst
 * of garbage): a job's arrays are short-lived and small, so 8 MB cost no measurable time and keep
 * each worker ~30 MB smaller (scripts/bench/memory.ts).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 8 };

export function createStatsPool(options: {
  workers: number;
  queue: number;
  /** Milliseconds without a job before a worker stops; 0 keeps workers running. */
  idleMs?: number;
}): StatsPool {
  const idleMs = options.idleMs ?? 0;
  const waiting: Pending[] = [];
  const slots: Slot[] = [];
  // The slots running each budget's jobs and the timer that stops them when their summed time
  // would exhaust it.
  const running = new Map<StatsBudget, { slots: Set<Slot>; timer: NodeJS.Timeout }>();
  let nextId = 1;
  let closed = false;

  /** (Re)arms the budget's timer: what is left, shared by its jobs running now. */
  const arm = (budget: StatsBudget, slot: Slot, add: boolean) => {
    const entry = running.get(budget);
    if (entry) clearTimeout(entry.timer);
    const busySlots = entry?.slots ?? new Set<Slot>();
    if (add) busySlots.add(slot);
    else busySlots.delete(slot);
    if (busySlots.size === 0) {
      running.delete(budget);
      return;
    }
    const now = performance.now();
    let left = budget.remainingMs;
    for (const other of busySlots) left -= now - (other.current?.started ?? now);
    const timer = setTimeout(() => exceed(budget), Math.max(1, left / busySlots.size));
    running.set(budget, { slots: busySlots, timer });
  };

  /** Over budget: stop the computations themselves, not just the wait for them. */
  const exceed = (budget: StatsBudget) => {
    const entry = running.get(budget);
    running.delete(budget);
    budget.remainingMs = 0;
    for (const slot of entry?.slots ?? []) {
      const current = slot.current;
      slot.current = null;
      stop(slot);
      current?.reject(budgetExceeded(budget));
    }
    dispatch();
  };

  /** Terminates a slot's worker; the next job that needs the slot starts a new one. */
  const stop = (slot: Slot) => {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    if (worker) {
      worker.removeAllListeners();
      // A stopped worker's 'error' (if any) has no one left to tell.
      worker.on('error', () => {});
      void worker.terminate();
    }
  };

  /** Stops a slot's worker after `idleMs` without a job. */
  const idleLater = (slot: Slot) => {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    if (idleMs <= 0 || closed || !slot.worker || slot.current) return;
    slot.idle = setTimeout(() => {
      slot.idle = undefined;
      if (!slot.current) stop(slot);
    }, idleMs);
    slot.idle.unref();
  };

  const spawn = (slot: Slot) => {
    const worker = newWorker();
    worker.unref();
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (message: { ready?: true; result?: StatsResult; error?: string }) => {
      if (message.ready) {
        slot.ready = true;
        dispatch();
        idleLater(slot);
        return;
      }
      const current = slot.current;
      if (!current) return;
      current.budget.remainingMs -= performance.now() - current.started;
      slot.current = null;
      arm(current.budget, slot, false);
      if (message.error !== undefined) current.reject(new Error(message.error));
      else current.resolve(message.result as StatsResult);
      dispatch();
      idleLater(slot);
    });
    worker.on('error', (error) => fail(slot, worker, error));
    worker.on('exit', () => fail(slot, worker, new Error('statistics worker stopped')));
  };

  const fail = (slot: Slot, worker: Worker, error: Error) => {
    if (slot.worker !== worker) return;
    const current = slot.current;
    slot.current = null;
    stop(slot);
    if (current) {
      current.budget.remainingMs -= performance.now() - current.started;
      arm(current.budget, slot, false);
      current.reject(error);
    }
    dispatch();
  };

  const start = (slot: Slot, worker: Worker, pending: Pending) => {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.current = { ...pending, started: performance.now() };
    arm(pending.budget, slot, true);
    worker.postMessage({ id: nextId++, job: pending.job });
  };

  const dispatch = () => {
    if (closed) return;
    // Ready workers without a job take the waiting jobs in order.
    for (const slot of slots) {
      while (slot.worker && slot.ready && !slot.current && waiting.length > 0) {
        const pending = waiting.shift() as Pending;
        if (pending.budget.remainingMs <= 0) pending.reject(budgetExceeded(pending.budget));
        else start(slot, slot.worker, pending);
      }
    }
    // The jobs left start workers, one each beyond those starting already.
    let starting = slots.filter((slot) => slot.worker && !slot.ready).length;
    for (const slot of slots) {
      if (starting >= waiting.length) return;
      if (slot.worker) continue;
      spawn(slot);
      starting += 1;
    }
  };

  for (let i = 0; i < options.workers; i += 1) {
    slots.push({ worker: null, ready: false, current: null, idle: undefined });
  }

  const runAll = <J extends StatsJob>(
    jobs: J[],
    budget: StatsBudget,
  ): Promise<StatsResult<J>[]> => {
    if (budget.remainingMs <= 0) return Promise.reject(budgetExceeded(budget));
    if (slots.length === 0) {
      const results: StatsResult<J>[] = [];
      for (const job of jobs) {
        const started = performance.now();
        try {
          results.push(runStatsJob(job));
        } catch (error) {
          return Promise.reject(error);
        } finally {
          budget.remainingMs -= performance.now() - started;
        }
        if (budget.remainingMs < 0) return Promise.reject(budgetExceeded(budget));
      }
      return Promise.resolve(results);
    }
    // Jobs waiting for a starting worker hold it as a running job would.
    const free = slots.filter((slot) => !slot.current).length;
    const queued = Math.max(0, waiting.length - free);
    if (free <= waiting.length && queued >= options.queue) return Promise.reject(busy(queued));
    return Promise.all(
      jobs.map(
        (job) =>
          new Promise<StatsResult<J>>((resolve, reject) => {
            waiting.push({
              job,
              budget,
              resolve: resolve as (result: StatsResult) => void,
              reject,
            });
            dispatch();
          }),
      ),
    );
  };

  return {
    size: options.workers,
    get running() {
      return slots.filter((slot) => slot.worker).length;
    },
    async run<J extends StatsJob>(job: J, budget: StatsBudget): Promise<StatsResult<J>> {
      const [result] = await runAll([job], budget);
      return result as StatsResult<J>;
    },
    runAll,
    async close() {
      closed = true;
      for (const entry of running.values()) clearTimeout(entry.timer);
      running.clear();
      for (const pending of waiting.splice(0)) pending.reject(new Error('statistics pool closed'));
      await Promise.all(
        slots.map((slot) => {
          clearTimeout(slot.idle);
          const worker = slot.worker;
          slot.worker = null;
          if (!worker) return undefined;
          worker.removeAllListeners('exit');
          return worker.terminate();
        }),
      );
    },
  };
}

let shared: StatsPool | undefined;

/** The process-wide pool, sized from the configuration on first use. */
export function statsPool(): StatsPool {
  shared ??= createStatsPool({
    workers: config().limits.statsWorkers,
    queue: config().limits.statsQueue,
    idleMs: config().limits.statsIdleSeconds * 1000,
  });
  return shared;
}

/** Stops the process-wide pool (server shutdown). */
export async function closeStatsPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
