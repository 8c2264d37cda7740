// Opens a block from any BlockSource (a local folder or a bucket prefix) and serves the same columnar data
// as the head. Files are fetched on first use and checked against meta.json's sizes and checksums: label
// reads and SelectProfiles fetch only index.bin; merges also fetch symbols.bin and samples.bin.
import type { IndexData, SampleData } from '../read/profile-data.ts';
import { decodeIndex, decodeSamples, INDEX_FILE, SAMPLES_FILE, SPANS_FILE, SYMBOLS_FILE, type DecodedIndex } from './format.ts';
import { checksum, META_FILE, parseMeta, type BlockMeta } from './meta.ts';
import type { BlockSource } from './source.ts';

export class BlockReader {
  private indexPromise: Promise<DecodedIndex> | undefined;
  private samplesPromise: Promise<SampleData> | undefined;

  constructor(readonly meta: BlockMeta, private readonly source: BlockSource) {}

  index(): Promise<IndexData> {
    return (this.indexPromise ??= this.loadIndex());
  }

  samples(): Promise<SampleData> {
    return (this.samplesPromise ??= this.loadSamples());
  }

  /** Drops decoded data (it is fetched again on the next read). */
  release(): void {
    this.indexPromise = undefined;
    this.samplesPromise = undefined;
  }

  private async loadIndex(): Promise<DecodedIndex> {
    try {
      return decodeIndex(await this.file(INDEX_FILE));
    } catch (err) {
      this.indexPromise = undefined;
      throw err;
    }
  }

  private async loadSamples(): Promise<SampleData> {
    try {
      // spans.bin exists only in blocks that hold a sample with a span ID (meta.json lists it then).
      const hasSpans = this.meta.files.some((f) => f.name === SPANS_FILE);
      const [index, symbols, samples, spans] = await Promise.all([
        this.loadIndexDecoded(), this.file(SYMBOLS_FILE), this.file(SAMPLES_FILE), hasSpans ? this.file(SPANS_FILE) : undefined,
      ]);
      return decodeSamples(index, symbols, samples, spans);
    } catch (err) {
      this.samplesPromise = undefined;
      throw err;
    }
  }

  private loadIndexDecoded(): Promise<DecodedIndex> {
    return (this.indexPromise ??= this.loadIndex());
  }

  private async file(name: string): Promise<Buffer> {
    const expected = this.meta.files.find((f) => f.name === name);
    if (!expected) throw new Error(`block ${this.meta.ulid} (${this.source.description}): meta.json does not list ${name}`);
    const data = await this.source.read(name);
    if (data.length !== expected.size || checksum(data) !== expected.crc32) {
      throw new Error(`block ${this.meta.ulid} (${this.source.description}): ${name} does not match meta.json (size ${data.length}, expected ${expected.size})`);
    }
    return data;
  }
}

/** Reads meta.json from the source and returns a reader; throws when the block is incomplete or unreadable. */
export async function openBlock(source: BlockSource): Promise<BlockReader> {
  const meta = parseMeta((await source.read(META_FILE)).toString('utf8'), source.description);
  return new BlockReader(meta, source);
}
