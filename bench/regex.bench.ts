// Label regex matching: RE2 (re2js, what =~ and !~ use) against JavaScript's RegExp on a benign pattern, and
// RE2 on the hostile `(.*.*)*x` that RegExp cannot finish for a 30-character value (it is not run with RegExp).
// Prints JSON lines {"name","value","unit"}; values are matches per CPU second of this process (wall_ms alongside).
// Run with `node --import tsx bench/regex.bench.ts`.
import { compileAnchoredRegex, type LabelRegex } from '../ingester/src/query/selector.ts';

const values = Array.from({ length: 10_000 }, (_, i) => `checkout-${i % 50}-eu-west-${i % 4}-pod-${i}`);

/** Matches per CPU second over `values` (CPU time: the machine may be shared), at least `minMs` of runs. */
function rate(re: LabelRegex, input: readonly string[], minMs = 500): { perSecond: number; wallMs: number; matched: number } {
  let matched = 0;
  for (const v of input) if (re.test(v)) matched++; // warm-up
  let runs = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  do {
    for (const v of input) re.test(v);
    runs++;
  } while (performance.now() - start < minMs);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { perSecond: (input.length * runs) / (cpuMs / 1000), wallMs: (performance.now() - start) / runs, matched };
}

function emit(name: string, r: { perSecond: number; wallMs: number; matched: number }): void {
  console.log(JSON.stringify({ name, value: Number(r.perSecond.toPrecision(4)), unit: 'matches/s', matched: r.matched, wall_ms: Number(r.wallMs.toPrecision(4)) }));
}

const benign = 'checkout-(1|2|3).*';
const re2 = rate(compileAnchoredRegex(benign), values);
const js = rate(new RegExp(`^(?:${benign})$`, 's'), values);
emit('query.regex_match_re2', re2);
emit('query.regex_match_regexp', js);
console.log(JSON.stringify({ name: 'query.regex_match_re2_vs_regexp', value: Number((re2.perSecond / js.perSecond).toPrecision(3)), unit: 'ratio' }));
emit('query.regex_match_re2_hostile_30_chars', rate(compileAnchoredRegex('(.*.*)*x'), Array.from({ length: 1000 }, (_, i) => `checkout-service-eu-west-1-${String(i).padStart(3, '0')}`)));
// Literal alternatives (what Grafana's multi-value variables send) are a set lookup, as in Prometheus.
const literals = 'checkout-1-eu-west-1-pod-1|checkout-2-eu-west-2-pod-2|checkout-3-eu-west-3-pod-3';
emit('query.regex_match_literal_alternatives', rate(compileAnchoredRegex(literals), values));
emit('query.regex_match_literal_alternatives_regexp', rate(new RegExp(`^(?:${literals})$`, 's'), values));
