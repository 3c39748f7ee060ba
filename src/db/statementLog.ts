/**
 * Counts and records every SQL statement sent through a Prisma driver adapter, whichever database
 * runs. Tests use it to prove that the number of statements follows the shape of a query, not
 * the number of rows; benchmarks use it to report statements per request.
 */

export interface LoggedStatement {
  sql: string;
  argCount: number;
}

type Listener = (statement: LoggedStatement) => void;

const listeners = new Set<Listener>();

/** Calls `listener` for every statement until the returned function is called. */
export function onStatement(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type DurationListener = (seconds: number, ok: boolean) => void;

const durationListeners = new Set<DurationListener>();

/** Calls `listener` with each statement's duration and outcome (metrics) until stopped. */
export function onStatementDone(listener: DurationListener): () => void {
  durationListeners.add(listener);
  return () => durationListeners.delete(listener);
}

/** Runs `fn` and returns its result with the statements it sent. */
export async function recordStatements<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; statements: LoggedStatement[] }> {
  const statements: LoggedStatement[] = [];
  const stop = onStatement((s) => statements.push(s));
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    stop();
  }
}

interface Query {
  sql: string;
  args: unknown[];
}

interface Queryable {
  queryRaw(query: Query): Promise<unknown>;
  executeRaw(query: Query): Promise<number>;
}

interface AdapterFactory {
  connect(): Promise<Queryable & { startTransaction(...args: unknown[]): Promise<Queryable> }>;
}

/** Wraps a driver adapter factory so that every query of its connections is reported. */
export function withStatementLog<F extends AdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop !== 'connect') return Reflect.get(target, prop, receiver);
      return async () => {
        const adapter = await target.connect();
        return logQueryable(
          new Proxy(adapter, {
            get(inner, innerProp, innerReceiver) {
              if (innerProp !== 'startTransaction')
                return Reflect.get(inner, innerProp, innerReceiver);
              return async (...args: unknown[]) =>
                logQueryable(await inner.startTransaction(...args));
            },
          }),
        );
      };
    },
  });
}

/** @private */
function logQueryable<Q extends Queryable>(queryable: Q): Q {
  return new Proxy(queryable, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if ((prop === 'queryRaw' || prop === 'executeRaw') && typeof value === 'function') {
        return (query: Query) =>
          logged(query.sql, query.args, () => value.call(target, query) as Promise<unknown>);
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Reports and times one statement: every statement of the driver adapters, and those sent
 * outside Prisma (`readRows` in src/db/client.ts), so the counts of tests and benchmarks and the
 * metrics see them all.
 */
export function logged<T>(
  sql: string,
  args: readonly unknown[],
  run: () => Promise<T>,
): Promise<T> {
  emit({ sql, args: args as unknown[] });
  if (durationListeners.size === 0) return run();
  const start = performance.now();
  const done = (ok: boolean) => {
    const seconds = (performance.now() - start) / 1000;
    for (const listener of durationListeners) listener(seconds, ok);
  };
  return run().then(
    (result) => {
      done(true);
      return result;
    },
    (error: unknown) => {
      done(false);
      throw error;
    },
  );
}

/** @private */
function emit(query: Query): void {
  if (listeners.size === 0) return;
  const statement = { sql: query.sql, argCount: query.args.length };
  for (const listener of listeners) listener(statement);
}
