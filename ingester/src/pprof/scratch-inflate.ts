// Inflates a gzip'd profile into one buffer reused by every push (per thread), for readers that keep nothing of
// the bytes: the distributor's check and the ingester's decoder (ingest/normalize.ts inflateReusing).
// zlib.gunzipSync allocated a new output buffer per push (the inflated size, ~90 KB on average over the test
// profiles, 850 KB for the largest) and a new zlib stream object; V8 counts ArrayBuffer bytes allocated since its
// last mark-compact against the old generation's limit, so this churn alone started a major GC about every 50
// pushes (measured on the distributor's main isolate under the front-only bench: 61 major GCs to 16 minor ones,
// heap 25 -> 32 MB and ArrayBuffers 1 -> 16 MB between them).
//
// Node has no public call that inflates into a caller's buffer, so this drives the native handle of one reused
// zlib.Gunzip as Node's own zlibBufferSync does (lib/zlib.js processChunkSync: handle.writeSync(flush, in, inOff,
// inLen, out, outOff, outLen), then _writeState = [availOutAfter, availInAfter]; Node's C++ also reads a gzip member
// that follows the first, as gunzipSync does). It is only a fast path: whenever the handle is missing (another Node),
// zlib reports an error, the output does not fit the scratch buffer, or input is left over, it answers undefined and
// the caller inflates with gunzipSync as before, which refuses with the same errors and limits.
import zlib from 'node:zlib';

/** The parts of a zlib.Gunzip this drives (Node internals, checked before use). */
interface GunzipInternals {
  _handle?: {
    writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
    reset(): void;
    close(): void;
    onerror: ((message: string, errno: number) => void) | undefined;
  };
  _writeState?: Uint32Array;
}

/** The scratch buffer's size at most: a profile that inflates past it goes through gunzipSync. */
export const SCRATCH_MAX_BYTES = 4 * 1024 * 1024;

export class ScratchInflater {
  private engine: (zlib.Gunzip & GunzipInternals) | undefined;
  private failed = false;
  private scratch = Buffer.alloc(0);

  /**
   * The inflated bytes of a gzip stream (one member or several) as a view of the scratch buffer, valid until the next
   * call; undefined when this fast path cannot tell (the caller then inflates with gunzipSync). `sizeHint` (the
   * trailer's ISIZE, the client's word) sizes the scratch buffer, within `maxBytes` and SCRATCH_MAX_BYTES.
   */
  inflate(gz: Uint8Array, sizeHint: number, maxBytes: number): Uint8Array | undefined {
    const cap = Math.min(SCRATCH_MAX_BYTES, maxBytes > 0 ? maxBytes : SCRATCH_MAX_BYTES);
    // One byte more than the output: a stream that fills the buffer exactly cannot be told from one that does not fit.
    const want = Math.min(cap + 1, sizeHint + 1);
    if (want > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.min(cap + 1, Math.max(want, 64 * 1024)));
    const engine = this.takeEngine();
    const handle = engine?._handle;
    const state = engine?._writeState;
    if (!engine || !handle || !state) return undefined;
    this.failed = false;
    handle.writeSync(zlib.constants.Z_FINISH, gz, 0, gz.length, this.scratch, 0, this.scratch.length);
    const [availOut, availIn] = [state[0]!, state[1]!];
    if (this.failed) {
      this.drop();
      return undefined;
    }
    handle.reset();
    const produced = this.scratch.length - availOut;
    if (availOut === 0 || availIn !== 0 || produced > cap) return undefined;
    return this.scratch.subarray(0, produced);
  }

  private takeEngine(): (zlib.Gunzip & GunzipInternals) | undefined {
    if (this.engine) return this.engine;
    const engine = zlib.createGunzip() as zlib.Gunzip & GunzipInternals;
    if (typeof engine._handle?.writeSync !== 'function' || typeof engine._handle.reset !== 'function' || !(engine._writeState instanceof Uint32Array)) return undefined;
    // zlib's errors (corrupt data, a bad checksum, a truncated stream) come through this callback, not as a throw.
    engine._handle.onerror = () => {
      this.failed = true;
    };
    this.engine = engine;
    return engine;
  }

  /** A handle that reported an error is not reused. */
  private drop(): void {
    const engine = this.engine;
    this.engine = undefined;
    try {
      engine?._handle?.close();
    } catch {
      // already closed by zlib
    }
  }
}
