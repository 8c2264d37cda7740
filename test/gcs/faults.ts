// Fault injection for the GCS test server: failing statuses (next N or a share of requests), dropped
// connections (mid-request or mid-response), latency, a bandwidth cap and an outage switch. Rules are
// consulted once per request, in the order they were added; the first rule that fires decides.
import { seededRandom } from '../../ingester/src/util/seeded-random.ts';

/** What a request does, as the server classifies it (also the keys of the request counters). */
export type RequestKind =
  | 'bucket.get'
  | 'bucket.insert'
  | 'bucket.list'
  | 'bucket.delete'
  | 'object.get'
  | 'object.download'
  | 'object.list'
  | 'object.delete'
  | 'object.patch'
  | 'upload.media'
  | 'upload.multipart'
  | 'upload.resumable.start'
  | 'upload.resumable.chunk'
  | 'upload.resumable.status'
  | 'upload.resumable.cancel'
  | 'unknown';

export interface RequestMatcher {
  method?: string;
  /** A substring of, or a pattern for, the request path (without the query string). */
  path?: string | RegExp;
  kind?: RequestKind | RequestKind[];
}

export interface RequestInfo {
  method: string;
  path: string;
  kind: RequestKind;
}

/** Where a dropped connection is cut: after part of the request body, or after part of the response. */
export type DropPhase = 'request' | 'response';

export type FaultAction = { type: 'status'; status: number } | { type: 'drop'; phase: DropPhase };

export interface FaultDecision {
  delayMs: number;
  action?: FaultAction;
}

interface Rule {
  matcher: RequestMatcher;
  remaining: number;
  share: number;
  action: FaultAction;
}

export interface FaultHandle {
  /** How many requests this rule has hit so far. */
  readonly hits: number;
  remove(): void;
}

export class Faults {
  private rules: (Rule & { hits: number })[] = [];
  private delays: { matcher: RequestMatcher; ms: number }[] = [];
  private outageOn = false;
  private random: () => number;
  /** Bytes per second for request bodies and response bodies (each request separately); undefined = no cap. */
  bandwidthBytesPerSecond: number | undefined;

  constructor(seed = 1) {
    this.random = seededRandom(seed); // seeded: "30% of requests fail" is the same 30% on every run
  }

  /** The next `count` matching requests are answered with `status` (a GCS-shaped error body). */
  failNext(count: number, status: number, matcher: RequestMatcher = {}): FaultHandle {
    return this.add({ matcher, remaining: count, share: 1, action: { type: 'status', status } });
  }

  /** A share (0..1) of matching requests is answered with `status`, until removed. Seeded, so repeatable. */
  failShare(share: number, status: number, matcher: RequestMatcher = {}): FaultHandle {
    return this.add({ matcher, remaining: Infinity, share, action: { type: 'status', status } });
  }

  /** The next `count` matching requests lose their connection (socket destroyed) in the given phase. */
  dropNext(count: number, phase: DropPhase, matcher: RequestMatcher = {}): FaultHandle {
    return this.add({ matcher, remaining: count, share: 1, action: { type: 'drop', phase } });
  }

  dropShare(share: number, phase: DropPhase, matcher: RequestMatcher = {}): FaultHandle {
    return this.add({ matcher, remaining: Infinity, share, action: { type: 'drop', phase } });
  }

  /** Adds latency before matching requests are answered. Returns a function that removes it. */
  delay(ms: number, matcher: RequestMatcher = {}): () => void {
    const entry = { matcher, ms };
    this.delays.push(entry);
    return () => {
      this.delays = this.delays.filter((d) => d !== entry);
    };
  }

  bandwidth(bytesPerSecond: number | undefined): void {
    this.bandwidthBytesPerSecond = bytesPerSecond;
  }

  /** While on, every request is answered 503. */
  outage(on: boolean): void {
    this.outageOn = on;
  }

  get inOutage(): boolean {
    return this.outageOn;
  }

  clear(): void {
    this.rules = [];
    this.delays = [];
    this.outageOn = false;
    this.bandwidthBytesPerSecond = undefined;
  }

  /** Called by the server once per request. */
  decide(request: RequestInfo): FaultDecision {
    const delayMs = this.delays.filter((d) => matches(d.matcher, request)).reduce((sum, d) => sum + d.ms, 0);
    if (this.outageOn) return { delayMs, action: { type: 'status', status: 503 } };
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matches(rule.matcher, request)) continue;
      if (rule.share < 1 && this.random() >= rule.share) continue;
      rule.remaining--;
      rule.hits++;
      return { delayMs, action: rule.action };
    }
    return { delayMs };
  }

  private add(rule: Rule): FaultHandle {
    const entry = { ...rule, hits: 0 };
    this.rules.push(entry);
    return {
      get hits() {
        return entry.hits;
      },
      remove: () => {
        this.rules = this.rules.filter((r) => r !== entry);
      },
    };
  }
}

function matches(matcher: RequestMatcher, request: RequestInfo): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.path !== undefined) {
    if (typeof matcher.path === 'string' ? !request.path.includes(matcher.path) : !matcher.path.test(request.path)) return false;
  }
  if (matcher.kind !== undefined) {
    const kinds = Array.isArray(matcher.kind) ? matcher.kind : [matcher.kind];
    if (!kinds.includes(request.kind)) return false;
  }
  return true;
}

