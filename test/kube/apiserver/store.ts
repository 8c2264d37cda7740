// The object store: every object of every type, one global resourceVersion counter that strictly
// increases on each write, and a bounded history of events per resource type for watches that resume.
//
// All mutation is synchronous JavaScript, so each write is atomic with respect to every other request:
// the single event loop is the lock. Stored objects are treated as immutable: writers replace them.
import type { KubeObject } from './types.ts';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: EventType;
  resourceKey: string;
  rv: number;
  object: KubeObject;
  /** The object before this event (MODIFIED, DELETED), so filtered watches can see objects leave. */
  previous?: KubeObject;
}

export type StoreListener = (event: StoreEvent) => void;

export interface StoreOptions {
  /** Events kept per resource type for watches that resume from a resourceVersion. */
  historySize?: number;
}

interface History {
  events: StoreEvent[];
  /** resourceVersion of the newest event evicted from the history (0 when none was). */
  evictedUpTo: number;
}

export const objectKey = (namespace: string | undefined, name: string): string => `${namespace ?? ''}/${name}`;

export class ObjectStore {
  private rv = 0;
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private readonly histories = new Map<string, History>();
  private readonly listeners = new Map<string, Set<StoreListener>>();
  private readonly anyListeners = new Set<StoreListener>();
  readonly historySize: number;

  constructor(options: StoreOptions = {}) {
    this.historySize = options.historySize ?? 1000;
  }

  /** The newest resourceVersion handed out. */
  get resourceVersion(): number {
    return this.rv;
  }

  nextResourceVersion(): number {
    return ++this.rv;
  }

  get(resourceKey: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(resourceKey)?.get(objectKey(namespace, name));
  }

  /** Objects of a type, in namespace/name order (the order kube-apiserver lists in), optionally of one namespace. */
  list(resourceKey: string, namespace?: string): KubeObject[] {
    const m = this.objects.get(resourceKey);
    if (!m) return [];
    const out: KubeObject[] = [];
    for (const [key, obj] of m) if (namespace === undefined || key.startsWith(`${namespace}/`)) out.push(obj);
    return out.sort((a, b) => compareKeys(objectKey(a.metadata.namespace, a.metadata.name!), objectKey(b.metadata.namespace, b.metadata.name!)));
  }

  resourceKeys(): string[] {
    return [...this.objects.keys()];
  }

  count(): number {
    let n = 0;
    for (const m of this.objects.values()) n += m.size;
    return n;
  }

  /** Writes `object` (whose metadata.resourceVersion the caller has set from nextResourceVersion()). */
  put(resourceKey: string, object: KubeObject, type: 'ADDED' | 'MODIFIED'): StoreEvent {
    let m = this.objects.get(resourceKey);
    if (!m) this.objects.set(resourceKey, (m = new Map()));
    const key = objectKey(object.metadata.namespace, object.metadata.name!);
    const previous = m.get(key);
    m.set(key, object);
    return this.emit({ type, resourceKey, rv: Number(object.metadata.resourceVersion), object, previous });
  }

  /** Removes an object; the DELETED event carries it with a fresh resourceVersion, as kube-apiserver's does. */
  remove(resourceKey: string, namespace: string | undefined, name: string): StoreEvent | undefined {
    const m = this.objects.get(resourceKey);
    const key = objectKey(namespace, name);
    const previous = m?.get(key);
    if (!m || !previous) return undefined;
    m.delete(key);
    const rv = this.nextResourceVersion();
    const object = { ...previous, metadata: { ...previous.metadata, resourceVersion: String(rv) } };
    return this.emit({ type: 'DELETED', resourceKey, rv, object, previous });
  }

  /** Loads an object without an event (restoring from disk). */
  restore(resourceKey: string, object: KubeObject): void {
    let m = this.objects.get(resourceKey);
    if (!m) this.objects.set(resourceKey, (m = new Map()));
    m.set(objectKey(object.metadata.namespace, object.metadata.name!), object);
    this.rv = Math.max(this.rv, Number(object.metadata.resourceVersion ?? 0));
  }

  setResourceVersion(rv: number): void {
    this.rv = Math.max(this.rv, rv);
  }

  /** No event before this resourceVersion is known (after a restart): older watches get 410 Gone. */
  private historyFloor = 0;

  startHistoryAt(rv: number): void {
    this.historyFloor = rv;
  }

  /**
   * Events of a type after `sinceRv`, or undefined when some of them were already evicted from the
   * history (the caller answers 410 Gone). `oldest` is what the 410 message quotes.
   */
  eventsSince(resourceKey: string, sinceRv: number): { events: StoreEvent[] } | { tooOld: true; oldest: number } {
    const h = this.histories.get(resourceKey);
    const floor = Math.max(h?.evictedUpTo ?? 0, this.historyFloor);
    if (sinceRv < floor) return { tooOld: true, oldest: floor };
    if (!h) return { events: [] };
    // Binary search: events are in rv order.
    let lo = 0;
    let hi = h.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h.events[mid]!.rv <= sinceRv) lo = mid + 1;
      else hi = mid;
    }
    return { events: h.events.slice(lo) };
  }

  /** Listens to writes of one type (watches) or of every type (`resourceKey` undefined: GC, namespaces). */
  subscribe(resourceKey: string | undefined, listener: StoreListener): () => void {
    if (resourceKey === undefined) {
      this.anyListeners.add(listener);
      return () => this.anyListeners.delete(listener);
    }
    let s = this.listeners.get(resourceKey);
    if (!s) this.listeners.set(resourceKey, (s = new Set()));
    s.add(listener);
    return () => s!.delete(listener);
  }

  watcherCount(): number {
    let n = 0;
    for (const s of this.listeners.values()) n += s.size;
    return n;
  }

  private emit(event: StoreEvent): StoreEvent {
    let h = this.histories.get(event.resourceKey);
    if (!h) this.histories.set(event.resourceKey, (h = { events: [], evictedUpTo: 0 }));
    h.events.push(event);
    if (h.events.length > this.historySize) {
      const evicted = h.events.splice(0, h.events.length - this.historySize);
      h.evictedUpTo = evicted[evicted.length - 1]!.rv;
    }
    for (const l of this.listeners.get(event.resourceKey) ?? []) l(event);
    for (const l of this.anyListeners) l(event);
    return event;
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
