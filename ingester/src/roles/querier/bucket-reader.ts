// Reads over the blocks in the bucket, as one query source for the querier engine.
//
// A block is visible once its meta.json exists (uploads write it last): `<tenant>/blocks/` is listed on
// every read, and a block without meta.json is skipped, never cached. Opened blocks (their meta and the files
// decoded so far) are kept in a cache sized in bytes (-querier.block-cache-size-bytes, block-cache.ts): the
// least recently used are dropped beyond it, so the querier's memory does not grow with the bucket.
// Several ingesters upload blocks with the same profiles (replicas): every read here takes each profile
// once, by identity (series fingerprint, timestamp, ID), as the querier engine does across sources.
import { Counter, type Registry } from 'prom-client';
import type { google, ingester, querier, types } from '../../gen/index.ts';
import type { RequestContext } from '../../model/api.ts';
import { profileKey } from '../../query/dedup.ts';
import type { ReadApi } from '../../query/querier-engine.ts';
import { protoProfileTypeFromId } from '../../query/profile-type.ts';
import { mergeProfiles } from '../../query/pprof-merge.ts';
import { parseSelector, parseSelectors } from '../../query/selector.ts';
import { StackTree } from '../../query/stack-tree.ts';
import { openBlock, type BlockReader } from '../../storage/block/reader.ts';
import { BucketBlockSource, blockPrefix } from '../../storage/block/source.ts';
import { META_FILE } from '../../storage/block/meta.ts';
import { ObjectNotFoundError, type Bucket } from '../../storage/objstore/bucket.ts';
import { mergeProfile, mergeStacktraces } from '../../storage/read/merge.ts';
import { spanFilterOf } from '../../storage/read/span-filter.ts';
import type { IndexData, SampleData } from '../../storage/read/profile-data.ts';
import { labelNames, labelValues, profilesToMerge, profileTypes, selectProfiles, seriesLabels, requestRange, type TimeRange } from '../../storage/read/select.ts';
import { unavailable } from '../../util/errors.ts';
import type { Logger } from '../../util/log.ts';
import { ByteLruCache } from './block-cache.ts';
import { indexBytes, metaBytes, samplesBytes } from './decoded-size.ts';

export interface BucketReaderOptions {
  bucket: Bucket;
  logger: Logger;
  registry: Registry;
  /** Bytes of opened blocks (meta and decoded files) kept in memory, least recently used dropped first. */
  cacheSizeBytes: number;
}

/** An opened block in the cache, with the estimated bytes of what it holds. */
interface CachedBlock {
  reader: BlockReader;
  metaBytes: number;
  indexBytes: number;
  samplesBytes: number;
}

const entryBytes = (e: CachedBlock): number => e.metaBytes + e.indexBytes + e.samplesBytes;

export class BucketReader implements ReadApi {
  /** Opened blocks by "<tenant>/<ulid>"; an evicted block's decoded files are released. */
  private readonly cache: ByteLruCache<CachedBlock>;
  /** Blocks being opened (meta.json on its way), so that concurrent reads open each once. */
  private readonly opening = new Map<string, Promise<BlockReader | null>>();
  private readonly metrics;

  constructor(private readonly o: BucketReaderOptions) {
    const registers = [o.registry];
    this.metrics = {
      opened: new Counter({ name: 'querier_bucket_blocks_opened_total', help: 'Block meta.json files read from the bucket.', registers }),
    };
    this.cache = new ByteLruCache<CachedBlock>({
      capacityBytes: o.cacheSizeBytes, registry: o.registry,
      onRemove: (_key, e) => e.reader.release(),
    });
  }

  /** The complete blocks of a tenant that overlap the range. */
  private async blocks(tenant: string, range: TimeRange): Promise<BlockReader[]> {
    const prefix = `${tenant}/blocks/`;
    let listing;
    try {
      listing = await this.o.bucket.list(prefix, { delimiter: '/' });
    } catch (err) {
      throw unavailable(`listing ${prefix} in ${this.o.bucket.description} failed: ${(err as Error).message}`, { cause: err });
    }
    const readers = await Promise.all(listing.prefixes.map((p) => this.open(tenant, p.slice(prefix.length).replace(/\/$/, ''))));
    return readers.filter((r): r is BlockReader => r !== null && r.meta.maxTime >= range.start && r.meta.minTime <= range.end);
  }

  /** The opened block (from the cache, which marks it recently used), or null while it has no meta.json. */
  private open(tenant: string, ulid: string): Promise<BlockReader | null> {
    const key = `${tenant}/${ulid}`;
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached.reader);
    let p = this.opening.get(key);
    if (!p) {
      p = openBlock(new BucketBlockSource(this.o.bucket, blockPrefix(tenant, ulid))).then(
        (reader) => {
          this.opening.delete(key);
          this.metrics.opened.inc();
          const entry: CachedBlock = { reader, metaBytes: metaBytes(reader.meta), indexBytes: 0, samplesBytes: 0 };
          this.cache.set(key, entry, entryBytes(entry));
          return reader;
        },
        (err: unknown) => {
          this.opening.delete(key); // not cached: a block being uploaded has no meta.json yet
          if (err instanceof ObjectNotFoundError && err.objectName.endsWith(META_FILE)) return null;
          throw unavailable(`opening block ${key} in ${this.o.bucket.description} failed: ${(err as Error).message}`, { cause: err });
        },
      );
      this.opening.set(key, p);
    }
    return p;
  }

  /**
   * Counts a block's decoded file in the cache once it is loaded (which may evict others, or this block when it
   * alone exceeds the cache: the read in progress keeps what it holds). A block evicted meanwhile is not re-added.
   */
  private account(reader: BlockReader, part: 'indexBytes' | 'samplesBytes', bytes: () => number): void {
    const key = `${reader.meta.tenant}/${reader.meta.ulid}`;
    const entry = this.cache.peek(key);
    if (!entry || entry.reader !== reader || entry[part] > 0) return;
    entry[part] = bytes();
    this.cache.set(key, entry, entryBytes(entry));
  }

  private async indexes(tenant: string, range: TimeRange): Promise<{ reader: BlockReader; index: IndexData }[]> {
    const readers = await this.blocks(tenant, range);
    return Promise.all(
      readers.map(async (reader) => {
        const index = await reader.index();
        this.account(reader, 'indexBytes', () => indexBytes(index));
        return { reader, index };
      }),
    );
  }

  async profileTypes(ctx: RequestContext, request: querier.v1.ProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse.$Properties> {
    const range = requestRange(request.start, request.end);
    const ids = new Set<string>();
    for (const { index } of await this.indexes(ctx.tenant, range)) profileTypes(index, range, ids);
    return { profileTypes: [...ids].sort().map(protoProfileTypeFromId) };
  }

  async labelNames(ctx: RequestContext, request: types.v1.LabelNamesRequest): Promise<types.v1.LabelNamesResponse.$Properties> {
    const range = requestRange(request.start, request.end);
    const selectors = parseSelectors(request.matchers ?? []);
    const names = new Set<string>();
    for (const { index } of await this.indexes(ctx.tenant, range)) labelNames(index, selectors, range, names);
    return { names: [...names].sort() };
  }

  async labelValues(ctx: RequestContext, request: types.v1.LabelValuesRequest): Promise<types.v1.LabelValuesResponse.$Properties> {
    const range = requestRange(request.start, request.end);
    const selectors = parseSelectors(request.matchers ?? []);
    const values = new Set<string>();
    for (const { index } of await this.indexes(ctx.tenant, range)) labelValues(index, request.name ?? '', selectors, range, values);
    return { names: [...values].sort() };
  }

  async series(ctx: RequestContext, request: querier.v1.SeriesRequest): Promise<querier.v1.SeriesResponse.$Properties> {
    const range = requestRange(request.start, request.end);
    const selectors = parseSelectors(request.matchers ?? []);
    const out = new Map<string, { name: string; value: string }[]>();
    for (const { index } of await this.indexes(ctx.tenant, range)) seriesLabels(index, selectors, request.labelNames ?? [], range, out);
    return { labelsSet: [...out.keys()].sort().map((k) => ({ labels: out.get(k)! })) };
  }

  async selectProfiles(ctx: RequestContext, request: ingester.v1.ProfileSelector): Promise<ingester.v1.SelectProfilesResponse.$Properties> {
    const range = requestRange(request.start, request.end);
    const matchers = parseSelector(request.labelSelector ?? '');
    const series: types.v1.Labels.$Properties[] = [];
    const seriesIndex = new Map<string, number>();
    const profiles: ingester.v1.ProfileRef.$Properties[] = [];
    const seen = new Set<string>();
    for (const { index } of await this.indexes(ctx.tenant, range)) {
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
        profiles.push({ ...ref, seriesIndex: si });
      }
    }
    return { series, profiles };
  }

  /** Per block, the profiles a merge covers, each profile taken from the first block that holds it. */
  private async toMerge(tenant: string, request: ingester.v1.MergeRequest): Promise<{ reader: BlockReader; index: IndexData; samples: SampleData; profiles: number[] }[]> {
    const selector = request.selector ?? {};
    const range = requestRange(selector.start, selector.end);
    const matchers = parseSelector(selector.labelSelector ?? '');
    const seen = new Set<string>();
    const out = [];
    for (const { reader, index } of await this.indexes(tenant, range)) {
      const profiles = profilesToMerge(index, request, matchers, range).filter((p) => {
        const key = profileKey({ seriesFingerprint: index.series[index.profileSeries[p]!]!.fingerprint, timestamp: index.profileTime[p]!, id: index.profileId[p]! });
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (profiles.length === 0) continue;
      const samples = await reader.samples();
      this.account(reader, 'samplesBytes', () => samplesBytes(samples));
      out.push({ reader, index, samples, profiles });
    }
    return out;
  }

  async mergeStacktraces(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<ingester.v1.MergeStacktracesResponse.$Properties> {
    const spans = spanFilterOf(request.spanSelector);
    const tree = new StackTree();
    for (const { index, samples, profiles } of await this.toMerge(ctx.tenant, request)) tree.addMergeResponse(mergeStacktraces(index, samples, profiles, spans));
    return tree.toMergeResponse(Number(request.maxNodes ?? 0));
  }

  async mergeProfile(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<google.v1.Profile.$Properties> {
    const typeId = request.selector?.profileTypeID ?? '';
    const parts = (await this.toMerge(ctx.tenant, request)).map(({ index, samples, profiles }) => mergeProfile(index, samples, profiles, typeId));
    if (parts.length === 0) return mergeProfile(EMPTY_INDEX, EMPTY_SAMPLES, [], typeId);
    return mergeProfiles(parts, Number(request.maxNodes ?? 0));
  }
}

const EMPTY_INDEX: IndexData = { series: [], profileSeries: [], profileTime: [], profileId: [], profileSampleStart: [], profileSampleEnd: [], profileTotal: [], profileCount: 0 };
const EMPTY_SAMPLES: SampleData = { strings: [''], mappings: [], functions: [], locations: [], stackParent: [0], stackLocation: [0], stackCount: 1, sampleStack: [], sampleValue: [] };
