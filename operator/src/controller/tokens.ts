// Token assignment per StatefulSet ordinal: deterministic (a function of the ordinal and the token count
// only), stable (adding ordinal N never moves ordinals 0..N-1, so a scale-up only takes ranges, never
// reshuffles them) and even (n instances own close to 1/n of the ring each).
import { spreadTokens } from '../../../ingester/src/ring/tokens.ts';

const RING_SIZE = 2 ** 32;

/**
 * The sorted uint32 tokens of ordinal `ordinal`. The ring's spread generator (ring/tokens.ts, shared with
 * the ingesters) does the work: every ordinal takes its fair share of every ring segment, so n ordinals
 * own 1/n each whatever n is.
 */
export function tokensForOrdinal(ordinal: number, tokensPerInstance: number): number[] {
  return spreadTokens(ordinal, tokensPerInstance);
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
