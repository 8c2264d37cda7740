// A list+watch cache of one resource: lists, then watches from the list's resourceVersion; when the watch
// ends it resumes from the last resourceVersion seen (bookmarks included), and re-lists when the server
// says that version is gone (410). Handlers receive every add, update and delete; the cache is what the
// reconciler reads, so it never has to list on its own.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../../../ingester/src/util/log.ts';
import { KubeApiError, type KubeClient } from './client.ts';

export type InformerEvent = 'add' | 'update' | 'delete';
type Handler<T> = (event: InformerEvent, obj: T) => void;

interface ListResponse<T> {
  metadata?: { resourceVersion?: string };
  items?: T[];
}

export const keyOf = (obj: KubernetesObject): string => `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;

export class Informer<T extends KubernetesObject> {
  private readonly cache = new Map<string, T>();
  private readonly handlers: Handler<T>[] = [];
  private resourceVersion = '';
  private stopped = false;
  private synced = false;
  private current?: { destroy(): void };
  private loop?: Promise<void>;

  constructor(
    private readonly client: KubeClient,
    /** Collection path, e.g. /api/v1/namespaces/ns/pods or /apis/apps/v1/statefulsets. */
    private readonly path: string,
    private readonly log: Logger,
    private readonly labelSelector = '',
  ) {}

  on(handler: Handler<T>): void {
    this.handlers.push(handler);
  }

  list(): T[] {
    return [...this.cache.values()];
  }

  get(namespace: string, name: string): T | undefined {
    return this.cache.get(`${namespace}/${name}`);
  }

  get hasSynced(): boolean {
    return this.synced;
  }

  /** Lists once (so the cache is complete when this resolves), then keeps watching in the background. */
  async start(): Promise<void> {
    await this.relist();
    this.synced = true;
    this.loop = this.watchLoop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.destroy();
    await this.loop;
  }

  private query(extra: Record<string, string>): string {
    const params = new URLSearchParams(extra);
    if (this.labelSelector) params.set('labelSelector', this.labelSelector);
    return `${this.path}?${params.toString()}`;
  }

  private async relist(): Promise<void> {
    const list = await this.client.get<ListResponse<T>>(this.query({}));
    const seen = new Set<string>();
    for (const item of list.items ?? []) {
      const key = keyOf(item);
      seen.add(key);
      const previous = this.cache.get(key);
      this.cache.set(key, item);
      if (!previous) this.emit('add', item);
      else if (previous.metadata?.resourceVersion !== item.metadata?.resourceVersion) this.emit('update', item);
    }
    for (const [key, item] of this.cache) {
      if (!seen.has(key)) {
        this.cache.delete(key);
        this.emit('delete', item);
      }
    }
    this.resourceVersion = list.metadata?.resourceVersion ?? '';
  }

  private emit(event: InformerEvent, obj: T): void {
    for (const handler of this.handlers) {
      try {
        handler(event, obj);
      } catch (err) {
        this.log.error('informer handler failed', { path: this.path, err });
      }
    }
  }

  private async watchLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        await this.watchOnce();
        failures = 0;
      } catch (err) {
        if (this.stopped) break;
        if (err instanceof KubeApiError && err.statusCode === 410) {
          this.log.info('watch expired; re-listing', { path: this.path });
        } else {
          failures++;
          this.log.warn('watch failed; resuming', { path: this.path, err });
        }
        try {
          if (err instanceof KubeApiError && err.statusCode === 410) await this.relist();
        } catch (listErr) {
          this.log.warn('re-list failed', { path: this.path, err: (listErr as Error).message });
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** Math.min(failures, 6))));
      }
    }
  }

  /** One watch request; resolves when the server ends it, throws on errors (410 as KubeApiError). */
  private async watchOnce(): Promise<void> {
    const path = this.query({ watch: 'true', resourceVersion: this.resourceVersion, allowWatchBookmarks: 'true', timeoutSeconds: '300' });
    const { module, options } = await this.client.requestOptions('GET', path);
    await new Promise<void>((resolve, reject) => {
      const req = module.request(options, (res: IncomingMessage) => {
        if ((res.statusCode ?? 0) >= 300) {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => {
            let status;
            try {
              status = JSON.parse(body);
            } catch {
              status = { message: body };
            }
            reject(new KubeApiError(res.statusCode ?? 0, status, 'WATCH', path));
          });
          return;
        }
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          let newline: number;
          while ((newline = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, newline).trim();
            buffer = buffer.slice(newline + 1);
            if (line) {
              try {
                this.handleEvent(JSON.parse(line) as { type: string; object: T });
              } catch (err) {
                req.destroy(err as Error);
              }
            }
          }
        });
        res.on('end', () => resolve());
        res.on('error', reject);
        res.on('close', () => resolve());
      });
      req.on('error', (err) => (this.stopped ? resolve() : reject(err)));
      req.end();
      this.current = req;
    });
  }

  private handleEvent(event: { type: string; object: T }): void {
    const obj = event.object;
    const rv = obj.metadata?.resourceVersion;
    if (event.type === 'ERROR') {
      const status = obj as unknown as { code?: number; message?: string; reason?: string };
      throw new KubeApiError(status.code ?? 500, status, 'WATCH', this.path);
    }
    if (rv) this.resourceVersion = rv;
    if (event.type === 'BOOKMARK') return;
    const key = keyOf(obj);
    if (event.type === 'DELETED') {
      this.cache.delete(key);
      this.emit('delete', obj);
    } else {
      const existed = this.cache.has(key);
      this.cache.set(key, obj);
      this.emit(existed ? 'update' : 'add', obj);
    }
  }
}
