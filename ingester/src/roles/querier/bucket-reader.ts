// Reads over the blocks in the bucket, as one query source for the querier engine.
//
// Which blocks a tenant has comes from its bucket index (`<tenant>/bucket-index.json.gz`, written by the
// compactor: storage/bucket-index/), so a query neither lists the bucket nor reads any meta.json. The index
// is fetched at a tenant's first query and refreshed in the background when a query finds it older than
// -querier.bucket-index-refresh; while the bucket cannot be read the last index stays in use. A tenant
// without an index yet (no compactor has run) is listed on every query instead, as before the index
// existed. Blocks uploaded since the index was written are not in it: the ingesters serve them, keeping
// uploaded blocks for -ingester.local-retention, which must exceed the index's age (the compaction interval
// plus the refresh; docs/sre/compactor.md).
//
// A block is read when it is complete, not marked for deletion, and not superseded by a compacted block
// (storage/compact/compaction-meta.ts). Of a version-2 block a read fetches index.bin, and a merge also the
// symbol sections of the services it selects and the sample chunks holding its profiles, by byte range
// (storage/block/reader.ts samplesFor); of a version-1 block, whole files. What was fetched is kept in one
// cache sized in bytes (-querier.block-cache-size-bytes, block-cache.ts): opened blocks (their meta), a
// version-2 block's index.bin, symbol sections and chunks as fetched (compressed; decoded by each read, and
// dropped once its block is merged), a version-1 block's decoded index and files. The least recently used are
// dropped beyond it, never what the same query used (the rest of a query larger than the cache is read and
// not kept). A query holds, besides, the block it merges and the index.bin files it reads ahead (at
// most BLOCK_CONCURRENCY blocks and READ_AHEAD_BYTES), and merges each block into its result as soon as it is
// read: the querier's memory is the cache plus a working set that grows with neither the bucket nor the
// blocks a query spans. The query's deadline is looked at before each block (query/deadline.ts): a query past
// it stops reading. Several blocks can hold the
// same profile (ingesters' replicas; a compacted block and its sources): every read here takes each profile
// once, by identity (series fingerprint, timestamp, ID), as the querier engine does across sources.
import { Counter, type Registry } from 'prom-client';
import type { google, ingester, querier, types } from '../../gen/index.ts';
import type { RequestContext } from '../../model/api.ts';
import { profileKey } from '../../query/dedup.ts';
import type { ReadApi } from '../../query/querier-engine.ts';
import { protoProfileTypeFromId } from '../../query/profile-type.ts';
import { ProfileMerger } from '../../query/pprof-merge.ts';
import { parseSelector, parseSelectors } from '../../query/selector.ts';
import { StackTree } from '../../query/stack-tree.ts';
import { BlockReader, type PartCache, type PartKind, type SamplePart } from '../../storage/block/reader.ts';
import { INDEX_FILE } from '../../storage/block/format.ts';
import { checkQueryDeadline } from '../../query/deadline.ts';
import { mapLimitedInOrder } from '../../storage/block/limited.ts';
import { BucketBlockSource, blockPrefix } from '../../storage/block/source.ts';
import { metaOf, readBucketIndex, type BucketIndex } from '../../storage/bucket-index/bucket-index.ts';
import { readableBlocks, TenantBlockLister } from '../../storage/bucket-index/tenant-blocks.ts';
import type { CompactedMeta } from '../../storage/compact/compaction-meta.ts';
import type { Bucket } from '../../storage/objstore/bucket.ts';
import { mergeIntoTree, mergeProfile } from '../../storage/read/merge.ts';
import { spanFilterOf } from '../../storage/read/span-filter.ts';
import type { IndexData, SampleData } from '../../storage/read/profile-data.ts';
import { labelNames, labelValues, profilesToMerge, profileTypes, selectProfiles, seriesLabels, requestRange, type TimeRange } from '../../storage/read/select.ts';
import { unavailable } from '../../util/errors.ts';
import type { Logger } from '../../util/log.ts';
import { ByteLruCache } from './block-cache.ts';
import { indexBytes, metaBytes, samplesBytes } from '../../storage/block/decoded-size.ts';

export interface BucketReaderOptions {
  bucket: Bucket;
  logger: Logger;
  registry: Registry;
  /** Bytes of opened blocks (meta and decoded files) kept in memory, least recently used dropped first. */
  cacheSizeBytes: number;
  /** Bytes of index.bin files a query reads ahead of the block it merges (READ_AHEAD_BYTES). */
  readAheadBytes?: number;
  /** A tenant's bucket index is fetched again when a query finds it older than this (-querier.bucket-index-refresh). */
  indexRefreshMs?: number;
  /** An index written longer ago than this is not trusted alone: queries list (-querier.bucket-index-max-stale-period). */
  indexMaxStaleMs?: number;
  now?: () => number;
}

export const DEFAULT_BUCKET_INDEX_REFRESH_MS = 60_000;
export const DEFAULT_BUCKET_INDEX_MAX_STALE_MS = 30 * 60_000;

/** A tenant's bucket index as last fetched. */
interface TenantIndex {
  /** Undefined while the tenant has none (or it could not be read at first). */
  index: BucketIndex | undefined;
  /** The index's readable blocks (marked and superseded ones left out), worked out once per index, not per query. */
  readable: CompactedMeta[] | undefined;
  /** When it was last fetched (or found missing), Unix ms. */
  checkedAt: number;
  refreshing: Promise<void> | undefined;
}

/** An opened block in the cache, with the estimated bytes of what it holds. */
interface CachedBlock {
  kind: 'block';
  reader: BlockReader;
  metaBytes: number;
  indexBytes: number;
  samplesBytes: number;
}

/** A version-2 block's index.bin, symbol section or chunk as fetched (storage/block/reader.ts PartCache). */
interface CachedPart {
  kind: PartKind;
  value: Buffer;
}

type Cached = CachedBlock | CachedPart;

const entryBytes = (e: CachedBlock): number => e.metaBytes + e.indexBytes + e.samplesBytes;

/** Blocks whose index is fetched at once by one query; the deadline is looked at before each. */
const BLOCK_CONCURRENCY = 8;
/** …and at most this many bytes of their index.bin files (one block's is always let in, however large). */
export const READ_AHEAD_BYTES = 8 << 20;

export class BucketReader implements ReadApi {
  /** Opened blocks by "<tenant>/<ulid>"; an evicted block's decoded files are released. */
  private readonly cache: ByteLruCache<Cached>;
  /** The cache as version-2 readers use it for symbol sections and chunks ("<tenant>/<ulid>/…" keys). */
  private readonly partCaches = new Map<string, PartCache>();
  private readonly tenantIndexes = new Map<string, TenantIndex>();
  /** For tenants without a bucket index: lists their blocks, meta.json files kept in the block cache. */
  private readonly lister: TenantBlockLister;
  private readonly metrics;
  private readonly refreshMs: number;
  private readonly indexMaxStaleMs: number;
  private readonly now: () => number;

  constructor(private readonly o: BucketReaderOptions) {
    const registers = [o.registry];
    this.refreshMs = o.indexRefreshMs ?? DEFAULT_BUCKET_INDEX_REFRESH_MS;
    this.indexMaxStaleMs = o.indexMaxStaleMs ?? DEFAULT_BUCKET_INDEX_MAX_STALE_MS;
    this.now = o.now ?? Date.now;
    this.metrics = {
      opened: new Counter({ name: 'querier_bucket_blocks_opened_total', help: 'Block meta.json files read from the bucket (only for tenants without a bucket index).', registers }),
      indexLoads: new Counter({ name: 'querier_bucket_index_loads_total', help: 'Fetches of tenants\' bucket indexes, by result (success, not_found, failure: the last index stays in use).', labelNames: ['result'] as const, registers }),
      listings: new Counter({ name: 'querier_bucket_listings_total', help: 'Listings of a tenant\'s blocks by a query: only for tenants without a bucket index.', registers }),
      fetched: new Counter({ name: 'querier_bucket_block_fetched_bytes_total', help: 'Bytes of block files read from the bucket, by part: index (index.bin), symbols and chunks (version-2 ranges), file (other whole files: version 1).', labelNames: ['part'] as const, registers }),
    };
    for (const result of ['success', 'not_found', 'failure']) this.metrics.indexLoads.inc({ result }, 0);
    this.cache = new ByteLruCache<Cached>({
      capacityBytes: o.cacheSizeBytes, registry: o.registry,
      onRemove: (_key, e) => {
        if (e.kind === 'block') e.reader.release();
      },
    });
    this.lister = new TenantBlockLister(o.bucket, {
      get: (key) => this.block(this.cache.get(key))?.reader.meta,
      set: (key, meta) => {
        this.metrics.opened.inc();
        this.remember(key, this.newReader(meta.tenant, meta));
      },
    });
  }

  /** The readable blocks of a tenant that overlap the range. */
  private async blocks(tenant: string, range: TimeRange): Promise<BlockReader[]> {
    const { metas, lookedUp } = await this.readableMetas(tenant);
    return metas.filter((m) => m.maxTime >= range.start && m.minTime <= range.end).map((m) => this.reader(tenant, m, lookedUp));
  }

  /** From the bucket index, else (no index yet) from a listing; lookedUp: the block cache was consulted already. */
  private async readableMetas(tenant: string): Promise<{ metas: CompactedMeta[]; lookedUp: boolean }> {
    let t = this.tenantIndexes.get(tenant);
    if (!t) {
      this.tenantIndexes.set(tenant, (t = { index: undefined, readable: undefined, checkedAt: 0, refreshing: undefined }));
      await this.refresh(tenant, t);
    } else if (this.now() - t.checkedAt >= this.refreshMs && !t.refreshing) {
      void this.refresh(tenant, t);
    }
    // An index its compactor has not rewritten for long may lack blocks whose ingesters no longer hold a
    // local copy (-ingester.local-retention): then the listing is the truth, as with no index at all.
    if (t.index && this.now() - t.index.updated_at * 1000 <= this.indexMaxStaleMs) {
      if (!t.readable) {
        const marked = new Set(t.index.block_deletion_marks.map((m) => m.id));
        t.readable = readableBlocks(t.index.blocks.map((b) => metaOf(tenant, b)), (ulid) => marked.has(ulid));
      }
      return { metas: t.readable, lookedUp: false };
    }
    this.metrics.listings.inc();
    let listed;
    try {
      listed = await this.lister.list(tenant);
    } catch (err) {
      const why = t.index ? 'its bucket index is too old to be read alone' : 'the tenant has no bucket index to read instead';
      throw unavailable(`listing ${tenant}/blocks/ in ${this.o.bucket.description} failed (${why}): ${(err as Error).message}`, { cause: err });
    }
    return { metas: readableBlocks(listed.metas.values(), (ulid) => listed.marks.has(ulid)), lookedUp: true };
  }

  /** Fetches the tenant's index; on failure the last one stays in use (and is fetched again after the refresh period). */
  private refresh(tenant: string, t: TenantIndex): Promise<void> {
    t.refreshing = (async () => {
      try {
        const index = await readBucketIndex(this.o.bucket, tenant);
        this.metrics.indexLoads.inc({ result: index ? 'success' : 'not_found' });
        // An index never replaces a newer one (two compactors, or a slow fetch).
        if (index && (!t.index || index.updated_at >= t.index.updated_at)) {
          t.index = index;
          t.readable = undefined;
        }
      } catch (err) {
        this.metrics.indexLoads.inc({ result: 'failure' });
        this.o.logger.warn('fetching the bucket index failed; reading from the last one', { tenant, hasIndex: t.index !== undefined, err: (err as Error).message });
      } finally {
        t.checkedAt = this.now();
        t.refreshing = undefined;
      }
    })();
    return t.refreshing;
  }

  private readonly onFetch = (part: 'index' | 'symbols' | 'chunks' | 'file', bytes: number): void => this.metrics.fetched.inc({ part }, bytes);

  private block(e: Cached | undefined): CachedBlock | undefined {
    return e?.kind === 'block' ? e : undefined;
  }

  /** The cached reader of a block, or a new one (cached). */
  private reader(tenant: string, meta: CompactedMeta, lookedUp: boolean): BlockReader {
    const key = `${tenant}/${meta.ulid}`;
    const cached = this.block(lookedUp ? this.cache.peek(key) : this.cache.get(key));
    if (cached) return cached.reader;
    const reader = this.newReader(tenant, meta);
    this.remember(key, reader);
    return reader;
  }

  private newReader(tenant: string, meta: CompactedMeta): BlockReader {
    return new BlockReader(meta, new BucketBlockSource(this.o.bucket, blockPrefix(tenant, meta.ulid)), { cache: this.partCache(tenant), onFetch: this.onFetch });
  }

  private partCache(tenant: string): PartCache {
    let c = this.partCaches.get(tenant);
    if (!c) {
      c = {
        get: (key: string, kind: PartKind) => {
          const e = this.cache.get(`${tenant}/${key}`, kind);
          return e && e.kind !== 'block' ? e.value : undefined;
        },
        set: (key: string, value: Buffer, bytes: number, kind: PartKind) => this.cache.set(`${tenant}/${key}`, { kind, value }, bytes),
      };
      this.partCaches.set(tenant, c);
    }
    return c;
  }

  private remember(key: string, reader: BlockReader): void {
    const entry: CachedBlock = { kind: 'block', reader, metaBytes: metaBytes(reader.meta), indexBytes: 0, samplesBytes: 0 };
    this.cache.set(key, entry, entryBytes(entry));
  }

  /**
   * Counts a block's decoded file in the cache once it is loaded (which may evict others, or this block when it
   * alone exceeds the cache: the read in progress keeps what it holds). A block evicted meanwhile is not re-added.
   */
  private account(reader: BlockReader, part: 'indexBytes' | 'samplesBytes', bytes: () => number): void {
    const key = `${reader.meta.tenant}/${reader.meta.ulid}`;
    const entry = this.block(this.cache.peek(key));
    if (!entry || entry.reader !== reader || entry[part] > 0) return;
    entry[part] = bytes();
    this.cache.set(key, entry, entryBytes(entry));
  }

  /**
   * The indexes of the tenant's blocks in range, in order, the deadline looked at before each. index.bin files
   * are fetched ahead (BLOCK_CONCURRENCY blocks, readAheadBytes) and each decoded only when its turn comes: a
   * query over 1,000 blocks holds one decoded index and a few fetched ones at once, not all of them.
   */
  private async *indexes(tenant: string, range: TimeRange, skipBlocks?: ReadonlySet<string>): AsyncGenerator<{ reader: BlockReader; index: IndexData }> {
    // What this query reads is not evicted by what it reads next (block-cache.ts): a query over more than the
    // cache holds keeps its first blocks cached for the next one, and passes the rest through.
    this.cache.beginPass();
    const all = await this.blocks(tenant, range);
    const readers = skipBlocks && skipBlocks.size > 0 ? all.filter((r) => !skipBlocks.has(r.meta.ulid)) : all;
    const budget = { bytes: this.o.readAheadBytes ?? READ_AHEAD_BYTES, bytesOf: (r: BlockReader) => r.meta.files.find((f) => f.name === INDEX_FILE)?.size ?? 0 };
    const fetched = mapLimitedInOrder(readers, BLOCK_CONCURRENCY, async (reader) => {
      checkQueryDeadline(range.bounds, 'reading blocks from the bucket');
      return { reader, fetched: await reader.fetchIndex() };
    }, budget);
    for await (const { reader, fetched: f } of fetched) {
      const index = reader.decodeIndex(f);
      // A version-1 block's decoded index is held by its reader: counted in its cache entry.
      if (reader.holdsDecodedIndex) this.account(reader, 'indexBytes', () => indexBytes(index));
      yield { reader, index };
    }
  }

  async profileTypes(ctx: RequestContext, request: querier.v1.ProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse.$Properties> {
    const range = requestRange(request.start, request.end, ctx);
    const ids = new Set<string>();
    for await (const { index } of this.indexes(ctx.tenant, range)) profileTypes(index, range, ids);
    return { profileTypes: [...ids].sort().map(protoProfileTypeFromId) };
  }

  async labelNames(ctx: RequestContext, request: types.v1.LabelNamesRequest): Promise<types.v1.LabelNamesResponse.$Properties> {
    const range = requestRange(request.start, request.end, ctx);
    const selectors = parseSelectors(request.matchers ?? []);
    const names = new Set<string>();
    for await (const { index } of this.indexes(ctx.tenant, range)) labelNames(index, selectors, range, names);
    return { names: [...names].sort() };
  }

  async labelValues(ctx: RequestContext, request: types.v1.LabelValuesRequest): Promise<types.v1.LabelValuesResponse.$Properties> {
    const range = requestRange(request.start, request.end, ctx);
    const selectors = parseSelectors(request.matchers ?? []);
    const values = new Set<string>();
    for await (const { index } of this.indexes(ctx.tenant, range)) labelValues(index, request.name ?? '', selectors, range, values);
    return { names: [...values].sort() };
  }

  async series(ctx: RequestContext, request: querier.v1.SeriesRequest): Promise<querier.v1.SeriesResponse.$Properties> {
    const range = requestRange(request.start, request.end, ctx);
    const selectors = parseSelectors(request.matchers ?? []);
    const out = new Map<string, { name: string; value: string }[]>();
    for await (const { index } of this.indexes(ctx.tenant, range)) seriesLabels(index, selectors, request.labelNames ?? [], range, out);
    return { labelsSet: [...out.keys()].sort().map((k) => ({ labels: out.get(k)! })) };
  }

  /**
   * `skipBlocks`: blocks (ULIDs) not to read, because the querier reads their profiles from the ingesters that
   * uploaded them and still hold them locally (query/querier-engine.ts readDigests).
   */
  async selectProfiles(ctx: RequestContext, request: ingester.v1.ProfileSelector, options: { skipBlocks?: ReadonlySet<string> } = {}): Promise<ingester.v1.SelectProfilesResponse.$Properties> {
    const range = requestRange(request.start, request.end, ctx);
    const matchers = parseSelector(request.labelSelector ?? '');
    const series: types.v1.Labels.$Properties[] = [];
    const seriesIndex = new Map<string, number>();
    const profiles: ingester.v1.ProfileRef.$Properties[] = [];
    const seen = new Set<string>();
    for await (const { index } of this.indexes(ctx.tenant, range, options.skipBlocks)) {
      const part = selectProfiles(index, request.profileTypeID ?? '', matchers, range);
      for (const ref of part.profiles ?? []) {
        const key = profileKey(ref.key);
        if (seen.has(key)) continue;
        seen.add(key);
        const fp = ref.key!.seriesFingerprint!;
        let si = seriesIndex.get(fp);
        if (si === undefined) {
          seriesIndex.set(fp, (si = series.length));
          series.push(part.series![ref.seriesIndex!]!);
        }
        // Not { ...ref, seriesIndex }, per profile: see query/deadline.ts (boundedContext) for what that costs.
        profiles.push(Object.assign({}, ref, { seriesIndex: si }));
      }
    }
    return { series, profiles };
  }

  /**
   * Hands `use` the parts a merge reads, block by block: per block, the profiles it covers (each profile taken
   * from the first block that holds it) with what they need of the block (storage/block/reader.ts samplesFor).
   * A part's decoded symbols and chunks are dropped once `use` has merged them, so a query holds one part's at a time.
   */
  private async forEachPart(ctx: RequestContext, request: ingester.v1.MergeRequest, use: (part: SamplePart) => void): Promise<void> {
    const selector = request.selector ?? {};
    const range = requestRange(selector.start, selector.end, ctx);
    const matchers = parseSelector(selector.labelSelector ?? '');
    const seen = new Set<string>();
    for await (const { reader, index } of this.indexes(ctx.tenant, range)) {
      const profiles = profilesToMerge(index, request, matchers, range).filter((p) => {
        const key = profileKey({ seriesFingerprint: index.series[index.profileSeries[p]!]!.fingerprint, timestamp: index.profileTime[p]!, id: index.profileId[p]! });
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (profiles.length === 0) continue;
      checkQueryDeadline(range.bounds, 'reading blocks from the bucket');
      for await (const part of reader.eachSamplePart(profiles, index)) {
        // A version-1 block's files are decoded whole and held by its reader: counted in its cache entry.
        if (part.wholeBlock) this.account(reader, 'samplesBytes', () => samplesBytes(part.samples));
        use(part);
      }
    }
  }

  async mergeStacktraces(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<ingester.v1.MergeStacktracesResponse.$Properties> {
    const spans = spanFilterOf(request.spanSelector);
    const tree = new StackTree();
    // Straight into the tree, as the ingesters merge (storage/read/merge.ts mergeIntoTree), one part at a time.
    await this.forEachPart(ctx, request, ({ index, samples, profiles }) => mergeIntoTree(tree, index, samples, profiles, spans));
    return tree.toMergeResponse(Number(request.maxNodes ?? 0), request.treeColumns === true);
  }

  async mergeProfile(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<google.v1.Profile.$Properties> {
    const typeId = request.selector?.profileTypeID ?? '';
    // Each block's profile is merged into the result as soon as it is read (not held until the last block).
    const merged = new ProfileMerger();
    let parts = 0;
    await this.forEachPart(ctx, request, ({ index, samples, profiles }) => {
      merged.add(mergeProfile(index, samples, profiles, typeId));
      parts++;
    });
    if (parts === 0) return mergeProfile(EMPTY_INDEX, EMPTY_SAMPLES, [], typeId);
    return merged.profile(Number(request.maxNodes ?? 0));
  }
}

const EMPTY_INDEX: IndexData = { series: [], profileSeries: [], profileTime: [], profileId: [], profileSampleStart: [], profileSampleEnd: [], profileTotal: [], profileCount: 0 };
const EMPTY_SAMPLES: SampleData = { strings: [''], mappings: [], functions: [], locations: [], stackParent: [0], stackLocation: [0], stackCount: 1, sampleStack: [], sampleValue: [] };
