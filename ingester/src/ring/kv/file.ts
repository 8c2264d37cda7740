// A ring kept in one JSON file, shared by the processes of a local cluster on one machine.
//
// CAS: take a lock file (O_CREAT|O_EXCL), read, apply the update, write a temp file, fsync, rename over the
// ring file, release the lock. Readers never lock: rename is atomic, so they see the old or the new ring.
// A lock left by a crashed process is recovered: when its owner PID is gone (or the lock is older than
// `staleLockMs`, 30 s, for a process that hangs), it is renamed away and checked to be the same lock
// before deleting it, so two processes recovering at once cannot both think they own the new lock; and a
// writer checks it still holds its lock before the rename. Watchers poll mtime, size and inode every
// `pollMs`.
import { randomBytes } from 'node:crypto';
import { promises as fs, constants as fsc } from 'node:fs';
import path from 'node:path';
import { Registry, type Counter } from 'prom-client';
import { sharedCounter } from '../metrics.ts';
import type { Logger } from '../../util/log.ts';
import { silentLogger } from '../../util/log.ts';
import { cloneRing, emptyRing, parseRing, ringsEqual, serializeRing, type RingDesc } from '../model.ts';
import { CasConflictError, DEFAULT_CAS_BACKOFF, heartbeatUpdate, retryOnConflict, type BackoffOptions, type RingStore, type RingUpdate, type Unsubscribe } from './store.ts';

export interface FileRingStoreOptions {
  filePath: string;
  pollMs?: number;
  staleLockMs?: number;
  backoff?: BackoffOptions;
  logger?: Logger;
  registry?: Registry;
}

export class FileRingStore implements RingStore {
  private readonly filePath: string;
  private readonly lockPath: string;
  private readonly pollMs: number;
  private readonly staleLockMs: number;
  private readonly backoff: BackoffOptions;
  private readonly logger: Logger;
  private readonly watchers = new Set<(desc: RingDesc) => void>();
  private pollTimer: NodeJS.Timeout | null = null;
  private lastSeen = '';
  private lastDesc: RingDesc | null = null;
  private readonly metrics: { cas: Counter<'result'>; staleLocks: Counter };

  constructor(opts: FileRingStoreOptions) {
    this.filePath = path.resolve(opts.filePath);
    this.lockPath = `${this.filePath}.lock`;
    this.pollMs = opts.pollMs ?? 200;
    this.staleLockMs = opts.staleLockMs ?? 30_000;
    this.backoff = opts.backoff ?? { ...DEFAULT_CAS_BACKOFF, maxAttempts: 200 };
    this.logger = opts.logger ?? silentLogger();
    const registry = opts.registry ?? new Registry();
    this.metrics = {
      cas: sharedCounter(registry, { name: 'ring_store_cas_total', help: 'Compare-and-swap attempts on the ring store, by result (written, unchanged, conflict).', labelNames: ['result'] }),
      staleLocks: sharedCounter(registry, { name: 'ring_store_file_stale_locks_recovered_total', help: 'Lock files left by dead processes and removed.' }),
    };
  }

  async get(): Promise<{ desc: RingDesc; version: string }> {
    const { desc, stamp } = await this.read();
    return { desc, version: stamp };
  }

  private async read(): Promise<{ desc: RingDesc; stamp: string }> {
    let text: string;
    let stamp: string;
    try {
      const [content, stat] = await Promise.all([fs.readFile(this.filePath, 'utf8'), fs.stat(this.filePath)]);
      text = content;
      stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { desc: emptyRing(), stamp: 'absent' };
      throw err;
    }
    return { desc: parseRing(text), stamp };
  }

  async cas(update: RingUpdate): Promise<RingDesc> {
    await fs.mkdir(path.dirname(this.filePath), { recursive: true });
    return retryOnConflict(`updating ring file ${this.filePath}`, () => this.casOnce(update), this.backoff, () => this.metrics.cas.inc({ result: 'conflict' }));
  }

  private async casOnce(update: RingUpdate): Promise<RingDesc> {
    const lock = await this.acquireLock();
    try {
      const { desc } = await this.read();
      const next = update(cloneRing(desc));
      if (next === null || ringsEqual(next, desc)) {
        this.metrics.cas.inc({ result: 'unchanged' });
        return desc;
      }
      const tmp = `${this.filePath}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      const handle = await fs.open(tmp, 'w');
      try {
        await handle.writeFile(serializeRing(next));
        await handle.sync();
      } finally {
        await handle.close();
      }
      // A lock is only taken from a live process after `staleLockMs`; make sure that did not happen to us
      // while we wrote (a stalled fsync) before replacing the file.
      if ((await fs.readFile(this.lockPath, 'utf8').catch(() => '')) !== lock) {
        await fs.unlink(tmp).catch(() => undefined);
        throw new CasConflictError(`lost the lock on ${this.filePath} while writing`);
      }
      await fs.rename(tmp, this.filePath);
      this.metrics.cas.inc({ result: 'written' });
      return cloneRing(next);
    } finally {
      await this.releaseLock(lock);
    }
  }

  /** Creates the lock file exclusively; throws CasConflictError while another live process holds it. */
  private async acquireLock(): Promise<string> {
    const content = `${process.pid} ${Date.now()} ${randomBytes(8).toString('hex')}`;
    try {
      const handle = await fs.open(this.lockPath, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY);
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      return content;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    await this.recoverStaleLock();
    throw new CasConflictError(`ring file ${this.filePath} is locked`);
  }

  private async releaseLock(content: string): Promise<void> {
    // Only remove the lock if it is still ours (a recovery elsewhere could have replaced it).
    try {
      if ((await fs.readFile(this.lockPath, 'utf8')) === content) await fs.unlink(this.lockPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  private async recoverStaleLock(): Promise<void> {
    let content: string;
    let mtimeMs: number;
    try {
      content = await fs.readFile(this.lockPath, 'utf8');
      mtimeMs = (await fs.stat(this.lockPath)).mtimeMs;
    } catch {
      return; // released meanwhile
    }
    const pid = Number(content.split(' ')[0]);
    const ownerGone = content !== '' && Number.isInteger(pid) && pid > 0 && !processAlive(pid);
    // An empty lock is one whose creator is between open() and write(): only stale when old.
    if (!ownerGone && Date.now() - mtimeMs < this.staleLockMs) return;
    const aside = `${this.lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await fs.rename(this.lockPath, aside);
    } catch {
      return; // someone else moved it first
    }
    const moved = await fs.readFile(aside, 'utf8').catch(() => '');
    if (moved === content) {
      await fs.unlink(aside).catch(() => undefined);
      this.metrics.staleLocks.inc();
      this.logger.warn('removed a stale ring lock', { lock: this.lockPath, owner: content });
      return;
    }
    // We moved a fresh lock taken after our check: put it back unless a newer one exists already.
    await fs.link(aside, this.lockPath).catch(() => undefined);
    await fs.unlink(aside).catch(() => undefined);
  }

  async heartbeat(id: string, nowMs: number): Promise<void> {
    await this.cas(heartbeatUpdate(id, nowMs));
  }

  watch(onChange: (desc: RingDesc) => void): Unsubscribe {
    this.watchers.add(onChange);
    void this.read()
      .then(({ desc }) => this.watchers.has(onChange) && onChange(desc))
      .catch((err) => this.logger.warn('reading the ring file failed', { err }));
    if (!this.pollTimer) this.schedulePoll();
    return () => {
      this.watchers.delete(onChange);
      if (this.watchers.size === 0 && this.pollTimer) {
        clearTimeout(this.pollTimer);
        this.pollTimer = null;
      }
    };
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => {
      this.poll()
        .catch((err) => this.logger.warn('polling the ring file failed', { err }))
        .finally(() => {
          if (this.watchers.size > 0 && this.pollTimer) this.schedulePoll();
        });
    }, this.pollMs);
    this.pollTimer.unref?.();
  }

  private async poll(): Promise<void> {
    let stamp = 'absent';
    try {
      const stat = await fs.stat(this.filePath);
      stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (stamp === this.lastSeen) return;
    const { desc, stamp: readStamp } = await this.read();
    this.lastSeen = readStamp;
    if (this.lastDesc && ringsEqual(this.lastDesc, desc)) return;
    this.lastDesc = desc;
    for (const w of this.watchers) w(cloneRing(desc));
  }

  async close(): Promise<void> {
    this.watchers.clear();
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
