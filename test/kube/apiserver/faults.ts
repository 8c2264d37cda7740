// Fault injection for reliability tests: fail a share of (or the next N) requests that match a method and
// path with an error status, hang them until the client gives up, delay them, or cut every watch stream.

export interface FaultRule {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Path to match: a substring of the URL path, or a regular expression tested against path?query. */
  path?: string | RegExp;
  /** Only requests whose `watch` flag equals this (true: watch requests only). */
  watch?: boolean;
  /** Answer with this status (500, 503, 429, 504…) and a kube-apiserver style Status body. */
  status?: number;
  /** Never answer: hold the request until the client disconnects (a timeout). */
  hang?: boolean;
  /** Drop the connection without an answer (the client sees a reset / "socket hang up"). */
  reset?: boolean;
  /** Delay the request by this many ms before handling it normally (or before failing it). */
  delayMs?: number;
  /** Share of matching requests affected, 0..1 (1 when absent). */
  share?: number;
  /** Affect only the next N matching requests, then the rule retires itself. */
  count?: number;
}

export interface FaultDecision { status?: number; hang?: boolean; reset?: boolean; delayMs?: number }

export interface FaultHandle { remove(): void; readonly hits: number }

export class FaultInjector {
  private readonly rules: { rule: FaultRule; hits: number; remaining: number }[] = [];
  private readonly watchClosers = new Set<() => void>();
  private readonly random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  /** Adds a rule; the returned handle removes it and reports how many requests it affected. */
  add(rule: FaultRule): FaultHandle {
    const entry = { rule, hits: 0, remaining: rule.count ?? Infinity };
    this.rules.push(entry);
    return {
      remove: () => {
        const i = this.rules.indexOf(entry);
        if (i >= 0) this.rules.splice(i, 1);
      },
      get hits() {
        return entry.hits;
      },
    };
  }

  /** Fails the next `count` requests matching method/path with `status`. */
  failNext(count: number, status: number, match: Pick<FaultRule, 'method' | 'path'> = {}): FaultHandle {
    return this.add({ ...match, status, count });
  }

  /** Removes every rule. */
  clear(): void {
    this.rules.length = 0;
  }

  /** Ends every open watch stream now (clients see the connection close, as on an apiserver restart). */
  closeWatches(): number {
    const closers = [...this.watchClosers];
    for (const close of closers) close();
    return closers.length;
  }

  /** @internal the server registers each watch stream's closer. */
  registerWatch(close: () => void): () => void {
    this.watchClosers.add(close);
    return () => this.watchClosers.delete(close);
  }

  /** @internal decides what to do with a request. */
  decide(method: string, pathAndQuery: string, isWatch: boolean): FaultDecision | undefined {
    const path = pathAndQuery.split('?')[0]!;
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.watch !== undefined && rule.watch !== isWatch) continue;
      if (rule.path !== undefined && !(typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(pathAndQuery))) continue;
      if (entry.remaining <= 0) continue;
      if (rule.share !== undefined && this.random() >= rule.share) continue;
      entry.hits++;
      entry.remaining--;
      if (entry.remaining <= 0) {
        const i = this.rules.indexOf(entry);
        if (i >= 0) this.rules.splice(i, 1);
      }
      return { status: rule.status, hang: rule.hang, reset: rule.reset, delayMs: rule.delayMs };
    }
    return undefined;
  }
}

