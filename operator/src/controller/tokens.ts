// Token assignment per StatefulSet ordinal: deterministic (a function of the ordinal and the token count
// only), stable (adding ordinal N never moves ordinals 0..N-1, so a scale-up only takes ranges, never
// reshuffles them) and even (n instances own close to 1/n of the ring each; exactly when n is a power of 2).
//
// Ordinal i places its k-th token at (k + offset(i)) / tokensPerInstance of the ring, where offset(i) is the
// van der Corput sequence (binary digits of i mirrored after the point: 0, 1/2, 1/4, 3/4, 1/8, …). Each new
// ordinal lands in the middle of the widest remaining gaps, which is what keeps ownership even as it grows.
const RING_SIZE = 2 ** 32;

/** The van der Corput radical inverse of n in base 2, in [0, 1). */
export function radicalInverse(n: number): number {
  let result = 0;
  let fraction = 0.5;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) result += fraction;
    fraction /= 2;
  }
  return result;
}

/** The sorted uint32 tokens of ordinal `ordinal`. */
export function tokensForOrdinal(ordinal: number, tokensPerInstance: number): number[] {
  if (!Number.isInteger(ordinal) || ordinal < 0) throw new Error(`ordinal must be a non-negative integer, got ${ordinal}`);
  if (!Number.isInteger(tokensPerInstance) || tokensPerInstance < 1) throw new Error(`tokensPerInstance must be a positive integer, got ${tokensPerInstance}`);
  const offset = radicalInverse(ordinal);
  const tokens: number[] = [];
  for (let k = 0; k < tokensPerInstance; k++) tokens.push(Math.floor(((k + offset) / tokensPerInstance) * RING_SIZE) >>> 0);
  return tokens.sort((a, b) => a - b);
}

/** The ordinal of a StatefulSet pod name (`<set>-<ordinal>`), or undefined when the name is not one. */
export function ordinalOf(podName: string, statefulSetName: string): number | undefined {
  if (!podName.startsWith(statefulSetName + '-')) return undefined;
  const rest = podName.slice(statefulSetName.length + 1);
  return /^(0|[1-9]\d*)$/.test(rest) ? Number(rest) : undefined;
}

/** Fraction of the ring each instance owns (a token owns the range ending at it), for tests and status. */
export function ownership(tokensById: Map<string, number[]>): Map<string, number> {
  const all: { token: number; id: string }[] = [];
  for (const [id, tokens] of tokensById) for (const token of tokens) all.push({ token, id });
  all.sort((a, b) => a.token - b.token);
  const owned = new Map<string, number>([...tokensById.keys()].map((id) => [id, 0]));
  for (let i = 0; i < all.length; i++) {
    const current = all[i]!;
    const previous = i === 0 ? all[all.length - 1]!.token - RING_SIZE : all[i - 1]!.token;
    owned.set(current.id, (owned.get(current.id) ?? 0) + (current.token - previous) / RING_SIZE);
  }
  return owned;
}
