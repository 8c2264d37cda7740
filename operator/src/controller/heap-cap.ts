// The V8 heap cap rendered for a Node.js container from its memory limit. V8 sizes its old generation from
// the machine's memory, not the container's cgroup limit, and lets it grow to several times what is live
// before collecting; near a limit it collects harder only if it knows the limit. NODE_OPTIONS may carry
// --max-old-space-size (MiB; one of the V8 options Node accepts there: doc/api/cli.md "NODE_OPTIONS"). The
// image's entrypoint runs node directly (images/ingester.Dockerfile), which reads NODE_OPTIONS.
//
// Three quarters of the limit: the rest is for what is outside the old generation (the young generation,
// Buffers and other memory outside the JS heap, code, the runtime itself). The cap is a safety net; the
// querier's memory is bounded by its block cache (docs/sre/compactor.md, "The querier's memory").
import type { V1EnvVar } from '@kubernetes/client-node';

/** The fraction of the container's memory limit given to V8's old generation. */
export const HEAP_FRACTION_OF_LIMIT = 0.75;

// Suffixes of a Kubernetes quantity (k8s.io/apimachinery/pkg/api/resource/suffix.go newSuffixer: binary
// Ki…Ei, decimal n…E; quantity.go ParseQuantity also takes a decimal exponent, e.g. 129e6).
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** Bytes of a memory quantity ("1Gi", "512M", "129e6", 536870912); throws on anything else. */
export function quantityBytes(q: string | number): number {
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|[numkMGTPE])?$/.exec(q.trim());
  if (!m) throw new Error(`${JSON.stringify(q)} is not a Kubernetes quantity`);
  const value = Number(m[1]);
  const suffix = m[2] ?? '';
  if (/^[eE]/.test(suffix)) return value * 10 ** Number(suffix.slice(1));
  return value * (BINARY[suffix] ?? DECIMAL[suffix]!);
}

/** NODE_OPTIONS capping the old generation at HEAP_FRACTION_OF_LIMIT of `limit`, or undefined without a memory limit. */
export function heapCapEnv(limits: Record<string, string | number> | undefined): V1EnvVar | undefined {
  const limit = limits?.['memory'];
  if (limit === undefined) return undefined;
  const mib = Math.floor((quantityBytes(limit) * HEAP_FRACTION_OF_LIMIT) / 2 ** 20);
  return { name: 'NODE_OPTIONS', value: `--max-old-space-size=${mib}` };
}
