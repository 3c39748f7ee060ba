import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One writer for the embedded database. PGlite is single-process: a second process that opens a
 * data directory another one holds corrupts it (the server then fails with `Aborted()`) or makes
 * the next write fail. So whoever opens a directory first leaves `petagizi.lock` in it with its
 * process id (and, for a server, its HTTP port); others read it and stay out. A lock whose process
 * is gone (a crash, `kill -9`) is stale and ignored.
 */
export interface DataDirHolder {
  pid: number;
  /** "server" or the command that holds it ("cli"). */
  role: 'server' | 'cli';
  /** The server's HTTP port once it listens. */
  port: number | null;
  since: string;
}

export class DataDirBusy extends Error {
  constructor(
    readonly dir: string,
    readonly holder: DataDirHolder,
  ) {
    super(
      holder.role === 'server'
        ? `the embedded database in ${dir} is in use by the petagizi server (pid ${holder.pid}${holder.port ? `, port ${holder.port}` : ''}); stop it first (Ctrl-C), or use a PostgreSQL DATABASE_URL to import while serving`
        : `the embedded database in ${dir} is in use by a command (pid ${holder.pid}, since ${holder.since}); wait for it to finish`,
    );
    this.name = 'DataDirBusy';
  }
}

export interface DataDirLock {
  /** Records the HTTP port once the server listens. */
  setPort(port: number): void;
  release(): void;
}

/** The lock file of a data directory. */
export function lockFile(dir: string): string {
  return path.join(dir, 'petagizi.lock');
}

/** The live process that holds `dir`, or null (no lock, a stale lock, or this very process). */
export function dataDirHolder(dir: string): DataDirHolder | null {
  let holder: DataDirHolder;
  try {
    holder = JSON.parse(readFileSync(lockFile(dir), 'utf8')) as DataDirHolder;
  } catch {
    return null;
  }
  if (!Number.isInteger(holder.pid) || holder.pid === process.pid || !alive(holder.pid)) {
    return null;
  }
  return holder;
}

/**
 * Takes `dir` for this process, or throws DataDirBusy naming the live holder. Atomic: the lock
 * file is created exclusively, so of two processes starting at once one wins. The lock is
 * released by `release()` and, failing that, when this process exits.
 */
export function lockDataDir(dir: string, role: DataDirHolder['role']): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const file = lockFile(dir);
  let holder: DataDirHolder = {
    pid: process.pid,
    role,
    port: null,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const live = dataDirHolder(dir);
      if (live) throw new DataDirBusy(dir, live);
      unlinkSync(file); // stale: its process is gone (or it is ours from before)
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      const current = JSON.parse(readFileSync(file, 'utf8')) as DataDirHolder;
      if (current.pid === process.pid) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return {
    setPort(port) {
      holder = { ...holder, port };
      writeFileSync(file, JSON.stringify(holder));
    },
    release,
  };
}

/** @private Whether a process with this id exists (EPERM: it exists, owned by someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
