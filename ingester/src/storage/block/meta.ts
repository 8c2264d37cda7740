// meta.json: what a block holds, written last (locally and in the bucket) so that a block with a
// meta.json is complete. See docs/block-format.md.
import { crc32 } from 'node:zlib';
import { FORMAT_VERSION_1 } from './format.ts';
import { FORMAT_VERSION_2 } from './format-v2.ts';

/** The versions this program reads; the writers write the last one. */
export const READABLE_VERSIONS: readonly number[] = [FORMAT_VERSION_1, FORMAT_VERSION_2];

export const META_FILE = 'meta.json';

export interface BlockFileMeta {
  name: string;
  /** Bytes on disk / in the bucket (compressed). */
  size: number;
  /** CRC32 (IEEE) of the file's bytes, as 8 hex digits. */
  crc32: string;
}

export interface BlockMeta {
  ulid: string;
  tenant: string;
  /** Unix ms of the oldest and newest profile, inclusive. */
  minTime: number;
  maxTime: number;
  stats: { series: number; profiles: number; samples: number };
  version: number;
  files: BlockFileMeta[];
  /** WAL segments [from, to) whose records this block (with the others cut at the same time) holds. Informational outside the ingester that wrote it. */
  wal?: { fromSegment: number; toSegment: number };
  /** Unix ms when the block was written. */
  createdAt: number;
}

export const checksum = (data: Uint8Array): string => crc32(data).toString(16).padStart(8, '0');

/** Parses and checks a meta.json; throws with the reason when it is not one this program can read. */
export function parseMeta(text: string, where: string): BlockMeta {
  let meta: BlockMeta;
  try {
    meta = JSON.parse(text) as BlockMeta;
  } catch (err) {
    throw new Error(`${where}: meta.json is not JSON`, { cause: err });
  }
  if (typeof meta.ulid !== 'string' || typeof meta.tenant !== 'string' || !Array.isArray(meta.files)) throw new Error(`${where}: meta.json lacks ulid, tenant or files`);
  if (!READABLE_VERSIONS.includes(meta.version)) throw new Error(`${where}: block format version ${meta.version} is not one of ${READABLE_VERSIONS.join(', ')}`);
  return meta;
}
