// A list+watch informer: lists once, then watches from the list's resourceVersion; on a closed stream it
// resumes from the last seen version, on 410 Gone it lists again (emitting deletes for what vanished), and on
// any other error it retries with backoff. Handlers only get called from one chain of promises, so a handler
// never runs concurrently with another event of the same informer.
import { Watch, type KubeConfig, type KubernetesObject } from '@kubernetes/client-node';
import type { Logger } from '../../../ingester/src/util/log.ts';
import type { KubeClient } from './client.ts';

export type InformerEvent = 'add' | 'update' | 'delete';
export type InformerHandler<T> = (event: InformerEvent, obj: T, old?: T) => void;

interface ListResult<T> {
  metadata?: { resourceVersion?: string };
  items?: T[];
}

export const objectKey = (obj: KubernetesObject): string =>
  obj.metadata?.namespace ? `${obj.metadata.namespace}/${obj.metadata.name}` : String(obj.metadata?.name);

export class Informer<T extends KubernetesObject> {
  private readonly cache = new Map<string, T>();
  private readonly handlers: InformerHandler<T>[] = [];
  private resourceVersion = '';
  private stopped = false;
  private abort: AbortController | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private synced: Promise<void>;
  private markSynced!: () => void;

  constructor(
    private readonly client: KubeClient,
    private readonly kubeConfig: KubeConfig,
    /** A collection path: `/api/v1/pods`, `/apis/apps/v1/statefulsets`. */
    readonly path: string,
    private readonly log: Logger,
    private readonly selectors: { labelSelector?: string; fieldSelector?: string } = {},
  ) {
    this.synced = new Promise((resolve) => (this.markSynced = resolve));
  }

  on(handler: InformerHandler<T>): void {
    this.handlers.push(handler);
  }

  /** Starts list+watch; resolves once the first list has been delivered to handlers. */
  async start(): Promise<void> {
    void this.run();
    await this.synced;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.abort?.abort();
  }

  get(namespace: string | undefined, name: string): T | undefined {
    return this.cache.get(namespace ? `${namespace}/${name}` : name);
  }

  list(namespace?: string): T[] {
    const all = [...this.cache.values()];
    return namespace === undefined ? all : all.filter((o) => o.metadata?.namespace === namespace);
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    try {
      if (!this.resourceVersion) await this.relist();
      await this.watchOnce();
      this.failures = 0;
      setImmediate(() => void this.run());
    } catch (err) {
      if (this.stopped) return;
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 410) this.resourceVersion = '';
      this.failures++;
      const delay = Math.min(5000, 100 * 2 ** Math.min(this.failures, 6));
      this.log.debug('informer retrying', { path: this.path, error: String(err), delayMs: delay });
      this.retryTimer = setTimeout(() => void this.run(), delay);
    }
  }

  private async relist(): Promise<void> {
    const query = new URLSearchParams();
    if (this.selectors.labelSelector) query.set('labelSelector', this.selectors.labelSelector);
    if (this.selectors.fieldSelector) query.set('fieldSelector', this.selectors.fieldSelector);
    const qs = query.toString();
    const list = await this.client.get<ListResult<T>>(this.path + (qs ? `?${qs}` : ''));
    const seen = new Set<string>();
    for (const item of list.items ?? []) {
      const key = objectKey(item);
      seen.add(key);
      this.apply('ADDED', item);
    }
    for (const [key, old] of [...this.cache]) {
      if (!seen.has(key)) {
        this.cache.delete(key);
        this.emit('delete', old);
      }
    }
    this.resourceVersion = list.metadata?.resourceVersion ?? '';
    this.markSynced();
  }

  /** Resolves when the stream ends normally; rejects on errors (with statusCode where the server sent one). */
  private watchOnce(): Promise<void> {
    return new Promise((resolve, reject) => {
      const watch = new Watch(this.kubeConfig);
      const params: Record<string, string> = { resourceVersion: this.resourceVersion, allowWatchBookmarks: 'true' };
      if (this.selectors.labelSelector) params.labelSelector = this.selectors.labelSelector;
      if (this.selectors.fieldSelector) params.fieldSelector = this.selectors.fieldSelector;
      let goneError: Error | undefined;
      watch
        .watch(
          this.path,
          params,
          (phase: string, obj: T & { code?: number }) => {
            if (phase === 'ERROR') {
              if (obj.code === 410) goneError = Object.assign(new Error('watch: resource version too old'), { statusCode: 410 });
              return;
            }
            if (phase === 'BOOKMARK') {
              this.resourceVersion = obj.metadata?.resourceVersion ?? this.resourceVersion;
              return;
            }
            this.apply(phase, obj);
          },
          (err: unknown) => {
            this.abort = undefined;
            if (goneError) reject(goneError);
            else if (err && !this.stopped) reject(err);
            else resolve();
          },
        )
        .then((controller) => {
          this.abort = controller;
          if (this.stopped) controller.abort();
        }, reject);
    });
  }

  private apply(phase: string, obj: T): void {
    const key = objectKey(obj);
    const old = this.cache.get(key);
    if (obj.metadata?.resourceVersion) this.resourceVersion = obj.metadata.resourceVersion;
    if (phase === 'DELETED') {
      this.cache.delete(key);
      this.emit('delete', obj, old);
      return;
    }
    if (old && old.metadata?.resourceVersion === obj.metadata?.resourceVersion) return;
    this.cache.set(key, obj);
    this.emit(old ? 'update' : 'add', obj, old);
  }

  private emit(event: InformerEvent, obj: T, old?: T): void {
    for (const handler of this.handlers) {
      try {
        handler(event, obj, old);
      } catch (err) {
        this.log.error('informer handler failed', { path: this.path, error: String(err) });
      }
    }
  }
}
