// Reads over the blocks in the bucket, as one query source for the querier engine.
//
// A block is visible once its meta.json exists (uploads write it last): `<tenant>/blocks/` is listed on
// every read, and a block without meta.json is skipped, never cached. Opened blocks (their meta) are kept;
// their decoded files are kept for the `cacheBlocks` most recently read blocks and released beyond.
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
import type { IndexData, SampleData } from '../../storage/read/profile-data.ts';
import { labelNames, labelValues, profilesToMerge, profileTypes, selectProfiles, seriesLabels, requestRange, type TimeRange } from '../../storage/read/select.ts';
import { unavailable } from '../../util/errors.ts';
import type { Logger } from '../../util/log.ts';

export interface BucketReaderOptions {
  bucket: Bucket;
  logger: Logger;
  registry: Registry;
  /** Blocks whose decoded files stay in memory. */
  cacheBlocks: number;
}

export class BucketReader implements ReadApi {
  /** Opened blocks by "<tenant>/<ulid>". */
  private readonly opened = new Map<string, Promise<BlockReader | null>>();
  /** Blocks with decoded data, least recently used first. */
  private readonly recent = new Map<string, BlockReader>();
  private readonly metrics;

  constructor(private readonly o: BucketReaderOptions) {
    const registers = [o.registry];
    this.metrics = {
      opened: new Counter({ name: 'querier_bucket_blocks_opened_total', help: 'Block meta.json files read from the bucket.', registers }),
      released: new Counter({ name: 'querier_bucket_block_cache_evictions_total', help: 'Blocks whose decoded files were dropped from memory.', registers }),
    };
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

  private open(tenant: string, ulid: string): Promise<BlockReader | null> {
    const key = `${tenant}/${ulid}`;
    let p = this.opened.get(key);
    if (!p) {
      p = openBlock(new BucketBlockSource(this.o.bucket, blockPrefix(tenant, ulid))).then(
        (reader) => {
          this.metrics.opened.inc();
          return reader;
        },
        (err: unknown) => {
          this.opened.delete(key); // not cached: a block being uploaded has no meta.json yet
          if (err instanceof ObjectNotFoundError && err.objectName.endsWith(META_FILE)) return null;
          throw unavailable(`opening block ${key} in ${this.o.bucket.description} failed: ${(err as Error).message}`, { cause: err });
        },
      );
      this.opened.set(key, p);
    }
    return p;
  }

  /** Marks a block used; releases the decoded data of the least recently used beyond the cache size. */
  private touch(reader: BlockReader): void {
    const key = `${reader.meta.tenant}/${reader.meta.ulid}`;
    this.recent.delete(key);
    this.recent.set(key, reader);
    while (this.recent.size > Math.max(1, this.o.cacheBlocks)) {
      const [oldKey, old] = this.recent.entries().next().value as [string, BlockReader];
      this.recent.delete(oldKey);
      old.release();
      this.metrics.released.inc();
    }
  }

  private async indexes(tenant: string, range: TimeRange): Promise<{ reader: BlockReader; index: IndexData }[]> {
    const readers = await this.blocks(tenant, range);
    return Promise.all(
      readers.map(async (reader) => {
        this.touch(reader);
        return { reader, index: await reader.index() };
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
      if (profiles.length > 0) out.push({ reader, index, samples: await reader.samples(), profiles });
    }
    return out;
  }

  async mergeStacktraces(ctx: RequestContext, request: ingester.v1.MergeRequest): Promise<ingester.v1.MergeStacktracesResponse.$Properties> {
    const tree = new StackTree();
    for (const { index, samples, profiles } of await this.toMerge(ctx.tenant, request)) tree.addMergeResponse(mergeStacktraces(index, samples, profiles));
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
