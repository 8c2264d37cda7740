// Tokens: random unique tokens for instances that join on their own, evenly spread tokens per ordinal for
// the operator, and the tokens file an ingester keeps so that a restart rejoins with the same tokens.
import { randomInt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const TOKEN_SPACE = 2 ** 32;

/** `count` random uint32 tokens, distinct from each other and from `taken`, sorted. */
export function randomTokens(count: number, taken: ReadonlySet<number> = new Set(), random: () => number = defaultRandom): number[] {
  if (count + taken.size > TOKEN_SPACE) throw new Error('not enough free tokens');
  const out = new Set<number>();
  while (out.size < count) {
    const t = random();
    if (!taken.has(t)) out.add(t);
  }
  return [...out].sort((a, b) => a - b);
}

const defaultRandom = (): number => randomInt(0, 2 ** 32 - 1) + (randomInt(0, 2) === 1 ? 1 : 0);

/**
 * Evenly spread tokens for the instance with this `ordinal` (0, 1, 2, … as a StatefulSet numbers its pods).
 *
 * Deterministic and independent of how many instances there are: the tokens of ordinal N are computed by
 * replaying the additions of ordinals 0..N, so adding ordinal N+1 moves no token of ordinals 0..N (it only
 * takes over parts of their ranges). The ring is cut into `tokensPerInstance` equal segments and every
 * ordinal puts exactly one token in each segment (ordinal 0 at each segment start). Ordinal N must end up
 * owning 1/(N+1) of the ring, so in every segment it takes 1/(N+1) of the segment: the start of a gap that
 * is larger than that, choosing the gap whose owner currently owns the most above its fair share (the
 * same greedy idea as dskit's spread-minimizing token generator, which also needs no coordination).
 */
export function spreadTokens(ordinal: number, tokensPerInstance: number): number[] {
  if (!Number.isInteger(ordinal) || ordinal < 0) throw new Error(`ordinal must be a non-negative integer, got ${ordinal}`);
  if (!Number.isInteger(tokensPerInstance) || tokensPerInstance < 1) throw new Error(`tokens per instance must be at least 1, got ${tokensPerInstance}`);
  let state = spreadStates.get(tokensPerInstance);
  if (!state) spreadStates.set(tokensPerInstance, (state = new SpreadState(tokensPerInstance)));
  while (state.tokens.length <= ordinal) state.addNext();
  return state.tokens[ordinal]!.slice();
}

/** Replayed additions, memoized per tokens-per-instance (the operator asks for ordinals in turn). */
const spreadStates = new Map<number, SpreadState>();

class SpreadState {
  readonly tokens: number[][] = [];
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  /** Per segment: offsets (sorted) and owners of the points in it. */
  private readonly offsets: number[][] = [];
  private readonly owners: number[][] = [];
  private readonly owned: number[] = [];

  constructor(private readonly perInstance: number) {
    for (let j = 0; j < perInstance; j++) {
      const start = Math.floor((j * TOKEN_SPACE) / perInstance);
      const end = Math.floor(((j + 1) * TOKEN_SPACE) / perInstance);
      this.starts.push(start);
      this.lengths.push(end - start);
      this.offsets.push([]);
      this.owners.push([]);
    }
  }

  addNext(): void {
    const n = this.tokens.length; // the ordinal being added
    const out = new Array<number>(this.perInstance);
    if (n === 0) {
      for (let j = 0; j < this.perInstance; j++) {
        this.offsets[j]!.push(0);
        this.owners[j]!.push(0);
        out[j] = this.starts[j]!;
      }
      this.owned.push(TOKEN_SPACE);
      this.tokens.push(out);
      return;
    }
    const fair = TOKEN_SPACE / (n + 1);
    const excess = this.owned.map((o) => o - fair);
    this.owned.push(0);
    for (let j = 0; j < this.perInstance; j++) {
      const offsets = this.offsets[j]!;
      const owners = this.owners[j]!;
      const length = this.lengths[j]!;
      const take = Math.floor(length / (n + 1));
      if (take < 1) throw new Error(`too many ordinals (${n}) for ${this.perInstance} tokens per instance`);
      let best = -1;
      let bestExcess = -Infinity;
      for (let k = 0; k < offsets.length; k++) {
        const next = k + 1 < offsets.length ? offsets[k + 1]! : length;
        if (next - offsets[k]! <= take) continue;
        // The gap after point k is owned by the next point (ordinal 0 of the next segment past the end).
        const owner = k + 1 < offsets.length ? owners[k + 1]! : 0;
        if (excess[owner]! > bestExcess) {
          bestExcess = excess[owner]!;
          best = k;
        }
      }
      if (best < 0) throw new Error(`too many ordinals (${n}) for ${this.perInstance} tokens per instance`);
      const owner = best + 1 < offsets.length ? owners[best + 1]! : 0;
      const offset = offsets[best]! + take;
      offsets.splice(best + 1, 0, offset);
      owners.splice(best + 1, 0, n);
      excess[owner] = excess[owner]! - take;
      this.owned[owner] = this.owned[owner]! - take;
      this.owned[n] = this.owned[n]! + take;
      out[j] = this.starts[j]! + offset;
    }
    this.tokens.push(out);
  }
}

// ---- tokens file ----------------------------------------------------------------------------------------

export class TokensFileError extends Error {
  override name = 'TokensFileError';
}

/** Loads `{"tokens":[…]}`; returns null when the file does not exist. */
export async function loadTokensFile(filePath: string): Promise<number[] | null> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new TokensFileError(`tokens file ${filePath} is not valid JSON`, { cause: err });
  }
  const tokens = (parsed as { tokens?: unknown }).tokens;
  if (!Array.isArray(tokens) || !tokens.every((t) => Number.isInteger(t) && t >= 0 && t < TOKEN_SPACE)) {
    throw new TokensFileError(`tokens file ${filePath} must hold {"tokens":[uint32…]}`);
  }
  return [...new Set(tokens as number[])].sort((a, b) => a - b);
}

/**
 * Writes the tokens file atomically (temp file, fsync, rename, fsync of the directory), so a crash leaves
 * the old or the new file, and the rename itself survives a power loss (a rename is durable only once its
 * directory is synced).
 */
export async function saveTokensFile(filePath: string, tokens: readonly number[]): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  const tmp = `${filePath}.tmp-${process.pid}-${Date.now()}`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(JSON.stringify({ tokens }));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, filePath);
  await syncDirectory(path.dirname(filePath));
}

/**
 * The tokens file's tokens, or null when there is none or it cannot be used. As dskit's Lifecycler.initRing
 * (ring/lifecycler.go: LoadTokensFromFile's error is logged, and the instance joins without those tokens),
 * a bad file never stops the instance: a crash loop would keep it out of the ring for good. A file that
 * does not parse is renamed to `<path>.corrupt-<unix ms>` first, so it is kept for a post-mortem and the
 * next ACTIVE writes a good file in its place.
 */
export async function loadTokensFileOrSetAside(filePath: string, logger: { error(message: string, meta: object): unknown }, nowMs = Date.now()): Promise<number[] | null> {
  try {
    return await loadTokensFile(filePath);
  } catch (err) {
    if (!(err instanceof TokensFileError)) {
      logger.error('cannot read the tokens file: joining with other tokens', { path: filePath, err });
      return null;
    }
    const aside = `${filePath}.corrupt-${nowMs}`;
    try {
      await fs.rename(filePath, aside);
      await syncDirectory(path.dirname(filePath));
      logger.error('the tokens file is corrupt: kept aside, joining with other tokens', { path: filePath, keptAs: aside, err });
    } catch (renameErr) {
      logger.error('the tokens file is corrupt and could not be kept aside: joining with other tokens', { path: filePath, err, renameErr });
    }
    return null;
  }
}

/** fsync of a directory: makes the renames and creations in it durable. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function deleteTokensFile(filePath: string): Promise<void> {
  await fs.rm(filePath, { force: true });
}
