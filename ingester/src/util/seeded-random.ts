// A small seeded pseudo-random generator (mulberry32): the same sequence for the same seed, so that what it picks (a
// querier's standby ingesters, a test double's injected faults, a test's data) can be repeated.

/** Numbers in [0, 1), as Math.random gives them, from `seed`. */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
