// Watch streams: `?watch=1` answered with a chunked stream of JSON events (ADDED, MODIFIED, DELETED,
// BOOKMARK, ERROR), starting at a resourceVersion (replayed from the store's bounded history, or 410 Gone
// as an ERROR event when that version is too old), filtered by namespace, label and field selectors (an
// object leaving the filter is seen as DELETED, one entering as ADDED, as kube-apiserver's watch cache does).
import type { ServerResponse, IncomingMessage } from 'node:http';
import { matchesFilter, type ObjectFilter } from './selectors.ts';
import { resourceExpired } from './status.ts';
import type { ObjectStore, StoreEvent } from './store.ts';
import { apiVersionOf, resourceKey, type KubeObject, type ResourceType } from './types.ts';

export interface WatchParams {
  namespace?: string;
  filter: ObjectFilter;
  resourceVersion?: string;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
  timeoutSeconds?: number;
  bookmarkIntervalMs: number;
  /** Re-shapes each object before sending (a one-row Table for `kubectl get -w`, another served version). */
  transform?: (obj: KubeObject) => unknown;
}

export interface WatchHooks {
  registerClose(close: () => void): () => void;
  onOpen(): void;
  onClose(): void;
}

type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

const encoded = new WeakMap<StoreEvent, string>();

export function serveWatch(store: ObjectStore, t: ResourceType, req: IncomingMessage, res: ServerResponse, p: WatchParams, hooks: WatchHooks): void {
  const key = resourceKey(t.group, t.plural);
  const inScope = (o: KubeObject | undefined): boolean => !!o && (!p.namespace || o.metadata.namespace === p.namespace) && matchesFilter(p.filter, o);
  let closed = false;
  let lastRv = 0;
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe: () => void = () => {};
  let unregister: () => void = () => {};
  const write = (line: string): void => {
    if (!closed) res.write(line);
  };
  const send = (type: WatchEventType, object: unknown): void => write(`${JSON.stringify({ type, object })}\n`);
  const sendObject = (type: WatchEventType, object: KubeObject): void => send(type, p.transform ? p.transform(object) : object);
  const sendEvent = (e: StoreEvent): void => {
    if (e.rv <= lastRv) return;
    const now = inScope(e.type === 'DELETED' ? e.previous : e.object);
    const before = e.type === 'MODIFIED' && inScope(e.previous);
    let type: WatchEventType | undefined;
    if (e.type === 'ADDED') type = now ? 'ADDED' : undefined;
    else if (e.type === 'DELETED') type = now ? 'DELETED' : undefined;
    else if (before && now) type = 'MODIFIED';
    else if (!before && now) type = 'ADDED';
    else if (before && !now) type = 'DELETED';
    lastRv = e.rv;
    if (!type) return;
    if (type === e.type && !p.transform) {
      let line = encoded.get(e);
      if (!line) encoded.set(e, (line = `${JSON.stringify({ type, object: e.object })}\n`));
      write(line);
    } else sendObject(type, e.object);
  };
  const bookmark = (extraAnnotations?: Record<string, string>): void => {
    const metadata: Record<string, unknown> = { resourceVersion: String(Math.max(lastRv, store.resourceVersion)) };
    if (extraAnnotations) metadata.annotations = extraAnnotations;
    send('BOOKMARK', { kind: t.kind, apiVersion: apiVersionOf(t), metadata });
  };

  const close = (): void => {
    if (closed) return;
    closed = true;
    for (const tm of timers) clearTimeout(tm);
    unsubscribe();
    unregister();
    hooks.onClose();
    res.end();
  };

  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  hooks.onOpen();
  unregister = hooks.registerClose(close);
  req.on('close', close);
  res.on('error', close);

  const rv = p.resourceVersion;
  if (!rv || rv === '0' || p.sendInitialEvents) {
    // "Get state and start at most recent": every current object as ADDED first.
    lastRv = store.resourceVersion;
    for (const o of store.list(key, t.namespaced ? p.namespace : undefined)) if (inScope(o)) sendObject('ADDED', o);
    if (p.sendInitialEvents && p.allowBookmarks) bookmark({ 'k8s.io/initial-events-end': 'true' });
  } else {
    const since = Number(rv);
    if (!Number.isFinite(since)) {
      send('ERROR', resourceExpired(`invalid resource version "${rv}"`).toBody());
      close();
      return;
    }
    const replay = store.eventsSince(key, since);
    if ('tooOld' in replay) {
      send('ERROR', resourceExpired(`too old resource version: ${since} (${replay.oldest})`).toBody());
      close();
      return;
    }
    lastRv = since;
    for (const e of replay.events) sendEvent(e);
    lastRv = Math.max(lastRv, since);
  }
  unsubscribe = store.subscribe(key, sendEvent);
  if (p.allowBookmarks) {
    const tick = (): void => {
      if (closed) return;
      bookmark();
      timers.push(setTimeout(tick, p.bookmarkIntervalMs).unref());
    };
    timers.push(setTimeout(tick, p.bookmarkIntervalMs).unref());
  }
  if (p.timeoutSeconds !== undefined && p.timeoutSeconds > 0) {
    timers.push(
      setTimeout(() => {
        if (p.allowBookmarks) bookmark();
        close();
      }, p.timeoutSeconds * 1000).unref(),
    );
  }
}

/** Open watch streams by resource type, so a type that stops being served (its CRD deleted) ends them. */
export class WatchRegistry {
  private readonly byKey = new Map<string, Set<() => void>>();

  register(key: string, close: () => void): () => void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(close);
    return () => set!.delete(close);
  }

  closeAll(key: string): void {
    for (const close of [...(this.byKey.get(key) ?? [])]) close();
  }
}
